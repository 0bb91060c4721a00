import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { auditActorOf } from '../../../../platform/audit/audit.service.ts';
import type { Database } from '../../../../platform/db/pool.ts';
import type { PageContextFactory } from '../../../../platform/http/page-context.ts';
import type { FieldError } from '../../../../platform/views/components.tsx';
import { AssessmentRefused } from '../../assessments.errors.ts';
import { versionByNumber } from '../../instruments/instrument.lookup.ts';
import { publishVersion, retireVersion } from '../../instruments/instruments.service.ts';
import { instrumentHref } from './instrument.components.tsx';
import { InstrumentLifecycleView } from './instrument-lifecycle.view.tsx';

type Params = { code: string; version: string; step: 'publish' | 'retire' };
const config = { permission: 'instruments:manage' } as const;

/** `…/versions/:version/publish` and `…/retire`: a confirmation page, then the change, audited with its reason. */
export async function instrumentLifecyclePageRoutes(app: FastifyInstance, deps: { db: Database; pageContext: PageContextFactory }) {
  const versionOf = async (request: FastifyRequest<{ Params: Omit<Params, 'step'> }>) => {
    const found = await versionByNumber(deps.db, request.params.code, request.params.version);
    if (!found) throw new AssessmentRefused('not_found', 404);
    return found;
  };
  const render = async (
    request: FastifyRequest<{ Params: Omit<Params, 'step'> }>,
    reply: FastifyReply,
    step: Params['step'],
    reason: string,
    errors: FieldError[],
    status = 200,
  ) => {
    const { instrument, version } = await versionOf(request);
    const view = (
      <InstrumentLifecycleView
        context={deps.pageContext(request, reply)}
        step={step}
        code={instrument.code}
        name={instrument.name[request.i18n.locale]}
        version={version.version}
        reason={reason}
        errors={errors}
      />
    );
    return reply.html(view, status);
  };

  for (const step of ['publish', 'retire'] as const) {
    app.get<{ Params: Omit<Params, 'step'> }>(`/admin/instruments/:code/versions/:version/${step}`, { config }, async (request, reply) => {
      const { version } = await versionOf(request);
      // Only a draft can be published and only a published version retired: say so rather than offer the button.
      if (step === 'publish' && version.status !== 'draft') throw new AssessmentRefused('version_not_draft', 409);
      if (step === 'retire' && version.status !== 'published') throw new AssessmentRefused('version_not_published', 409);
      return render(request, reply, step, '', []);
    });
  }

  app.post<{ Params: Omit<Params, 'step'> }>('/admin/instruments/:code/versions/:version/publish', { config }, async (request, reply) => {
    const { instrument, version } = await versionOf(request);
    try {
      await publishVersion(deps.db, { user: request.user!, audit: auditActorOf(request) }, version.id);
    } catch (error) {
      if (!(error instanceof AssessmentRefused)) throw error;
      const errors = [{ field: 'confirm', message: request.i18n.t(error.messageKey) }];
      return render(request, reply, 'publish', '', errors, error.status);
    }
    return reply.redirect(`${instrumentHref(instrument.code)}?published=${version.version}#version-${version.version}`, 303);
  });

  app.post<{ Params: Omit<Params, 'step'>; Body: { reason?: string } }>(
    '/admin/instruments/:code/versions/:version/retire',
    { config },
    async (request, reply) => {
      const { instrument, version } = await versionOf(request);
      const reason = String(request.body?.reason ?? '');
      if (reason.trim() === '') {
        return render(
          request,
          reply,
          'retire',
          reason,
          [{ field: 'reason', message: request.i18n.t('instrumentAdmin.retireReasonRequired') }],
          400,
        );
      }
      try {
        await retireVersion(deps.db, { user: request.user!, audit: auditActorOf(request) }, version.id, reason.trim());
      } catch (error) {
        if (!(error instanceof AssessmentRefused)) throw error;
        return render(request, reply, 'retire', reason, [{ field: 'reason', message: request.i18n.t(error.messageKey) }], error.status);
      }
      return reply.redirect(`${instrumentHref(instrument.code)}?retired=${version.version}#version-${version.version}`, 303);
    },
  );
}
