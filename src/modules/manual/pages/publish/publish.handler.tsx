import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { authorise } from '../../../../platform/access/authorise.ts';
import { auditActorOf } from '../../../../platform/audit/audit.service.ts';
import type { FieldError } from '../../../../platform/views/components.tsx';
import { isManualCode, ManualRefused } from '../../manual.errors.ts';
import { currentVersion, sectionsOf } from '../../manual.repository.ts';
import { publishManualVersion } from '../../manual.writes.ts';
import type { ManualPageDeps } from '../reader/reader.handler.tsx';
import { type PublishForm, publishFormOf, validatePublish } from './publish.form.ts';
import { PublishView } from './publish.view.tsx';

type Params = { code: string };
const EMPTY = { ky: '', ru: '', en: '' };

/**
 * `/manual/:code/publish` (`manual:manage`): a new version from the current one. A refused form is shown again
 * as typed; a version published by someone else meanwhile refuses the save (409) and the editor starts again
 * from the new current version.
 */
export async function publishRoutes(app: FastifyInstance, deps: ManualPageDeps) {
  const config = { config: { permission: 'manual:manage' as const } };

  const currentForm = async (request: FastifyRequest<{ Params: Params }>) =>
    deps.db.transaction(async (tx) => {
      if (!isManualCode(request.params.code)) throw new ManualRefused('not_found', 404);
      const current = await currentVersion(tx, request.params.code);
      if (!current) throw new ManualRefused('not_found', 404);
      await authorise(tx, {
        actor: request.user!,
        audit: auditActorOf(request),
        permission: 'manual:manage',
        action: 'manual.edit.view',
        details: { code: current.manualCode },
      });
      const sections = (await sectionsOf(tx, current.id)).map(({ title, body }) => ({ title, body }));
      const form: PublishForm = {
        basedOn: String(current.version),
        changeNote: '',
        sections: [...sections, { title: EMPTY, body: EMPTY }],
      };
      return { current, form };
    });

  const render = (
    request: FastifyRequest,
    reply: FastifyReply,
    code: string,
    title: string,
    form: PublishForm,
    errors: FieldError[],
    status = 200,
  ) => reply.html(<PublishView context={deps.pageContext(request, reply)} code={code} title={title} form={form} errors={errors} />, status);

  app.get<{ Params: Params }>('/manual/:code/publish', config, async (request, reply) => {
    const { current, form } = await currentForm(request);
    return render(request, reply, current.manualCode, current.title[request.i18n.locale], form, []);
  });

  app.post<{ Params: Params; Body: Record<string, unknown> }>('/manual/:code/publish', config, async (request, reply) => {
    const { t, locale } = request.i18n;
    if (!isManualCode(request.params.code)) throw new ManualRefused('not_found', 404);
    const form = publishFormOf(request.body ?? {});
    const { input, errors } = validatePublish(form, t);
    const title = (await currentVersion(deps.db, request.params.code))?.title[locale] ?? request.params.code;
    if (!input) return render(request, reply, request.params.code, title, form, errors, 400);
    try {
      await publishManualVersion(deps.db, { user: request.user!, audit: auditActorOf(request) }, { code: request.params.code, ...input });
    } catch (error) {
      if (!(error instanceof ManualRefused) || error.refusal !== 'stale') throw error;
      return render(request, reply, request.params.code, title, form, [{ field: 'changeNote', message: t(error.messageKey) }], 409);
    }
    return reply.redirect(`/manual/${request.params.code}?done=published`, 303);
  });
}
