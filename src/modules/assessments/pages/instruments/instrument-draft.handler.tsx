import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { auditActorOf } from '../../../../platform/audit/audit.service.ts';
import type { Database } from '../../../../platform/db/pool.ts';
import type { PageContextFactory } from '../../../../platform/http/page-context.ts';
import type { FieldError } from '../../../../platform/views/components.tsx';
import { AssessmentRefused } from '../../assessments.errors.ts';
import { versionByNumber } from '../../instruments/instrument.lookup.ts';
import { definitionProblemMessage, type DefinitionProblem } from '../../instruments/instrument.validation.ts';
import { loadDraft, updateDraft } from '../../instruments/instruments.service.ts';
import { instrumentHref, versionHref } from './instrument.components.tsx';
import { type DraftForm, type DraftTarget, InstrumentDraftView } from './instrument-draft.view.tsx';

type Body = { definition?: string; rowVersion?: string };
type VersionParams = { code: string; version: string };
const config = { permission: 'instruments:manage' } as const;

/** The typed text as JSON, or the error to show beside the field (nothing typed, or not JSON at all). */
function parsedDefinition(request: FastifyRequest, text: string): { input: unknown } | { errors: FieldError[] } {
  const { t } = request.i18n;
  if (text.trim() === '') return { errors: [{ field: 'definition', message: t('instrumentAdmin.definitionRequired') }] };
  try {
    return { input: JSON.parse(text) };
  } catch (error) {
    return { errors: [{ field: 'definition', message: t('instrumentAdmin.notJson', { detail: (error as Error).message }) }] };
  }
}

/** A refusal as errors on the form: each problem of a definition on its own line, any other refusal as its message. */
function refusalErrors(request: FastifyRequest, error: AssessmentRefused): FieldError[] {
  const { t } = request.i18n;
  if (error.refusal === 'definition_invalid') {
    const { problems } = error.details as { problems: DefinitionProblem[] };
    return problems.map((problem) => ({ field: 'definition', message: definitionProblemMessage(t, problem) }));
  }
  return [{ field: 'definition', message: t(error.messageKey) }];
}

/** `/admin/instruments/new` and `…/versions/:version/edit`: a definition in JSON becomes, or replaces, a draft. */
export async function instrumentDraftPageRoutes(app: FastifyInstance, deps: { db: Database; pageContext: PageContextFactory }) {
  const render = (request: FastifyRequest, reply: FastifyReply, target: DraftTarget, form: DraftForm, errors: FieldError[], status = 200) =>
    reply.html(<InstrumentDraftView context={deps.pageContext(request, reply)} target={target} form={form} errors={errors} />, status);
  const actorOf = (request: FastifyRequest) => ({ user: request.user!, audit: auditActorOf(request) });

  app.get('/admin/instruments/new', { config }, (request, reply) =>
    render(request, reply, { mode: 'load' }, { text: '', rowVersion: '' }, []),
  );

  app.post<{ Body: Body }>('/admin/instruments/new', { config }, async (request, reply) => {
    const form = { text: String(request.body?.definition ?? ''), rowVersion: '' };
    const parsed = parsedDefinition(request, form.text);
    if ('errors' in parsed) return render(request, reply, { mode: 'load' }, form, parsed.errors, 400);
    try {
      const draft = await loadDraft(deps.db, actorOf(request), parsed.input);
      return reply.redirect(`${instrumentHref(draft.definition.code)}?loaded=${draft.version}#version-${draft.version}`, 303);
    } catch (error) {
      if (error instanceof AssessmentRefused)
        return render(request, reply, { mode: 'load' }, form, refusalErrors(request, error), error.status);
      throw error;
    }
  });

  app.get<{ Params: VersionParams }>('/admin/instruments/:code/versions/:version/edit', { config }, async (request, reply) => {
    const found = await versionByNumber(deps.db, request.params.code, request.params.version);
    if (!found) throw new AssessmentRefused('not_found', 404);
    // A published or retired version has no edit control: it is frozen, and a new draft is the way to change it.
    if (found.version.status !== 'draft') throw new AssessmentRefused('version_not_draft', 409);
    const target = { mode: 'edit', code: found.instrument.code, version: found.version.version } as const;
    const form = { text: JSON.stringify(found.version.definition, null, 2), rowVersion: String(found.version.rowVersion) };
    return render(request, reply, target, form, []);
  });

  app.post<{ Params: VersionParams; Body: Body }>('/admin/instruments/:code/versions/:version/edit', { config }, async (request, reply) => {
    const found = await versionByNumber(deps.db, request.params.code, request.params.version);
    if (!found) throw new AssessmentRefused('not_found', 404);
    const target = { mode: 'edit', code: found.instrument.code, version: found.version.version } as const;
    const form = { text: String(request.body?.definition ?? ''), rowVersion: String(request.body?.rowVersion ?? '') };
    const parsed = parsedDefinition(request, form.text);
    if ('errors' in parsed) return render(request, reply, target, form, parsed.errors, 400);
    try {
      // The hidden row version stays the one the page was opened with, so a stale save is refused again until reloaded.
      await updateDraft(deps.db, actorOf(request), found.version.id, parsed.input, Number(form.rowVersion));
      return reply.redirect(`${versionHref(target.code, target.version)}?saved=1`, 303);
    } catch (error) {
      if (error instanceof AssessmentRefused) return render(request, reply, target, form, refusalErrors(request, error), error.status);
      throw error;
    }
  });
}
