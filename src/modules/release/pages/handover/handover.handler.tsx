import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { auditActorOf } from '../../../../platform/audit/audit.service.ts';
import type { FieldError } from '../../../../platform/views/components.tsx';
import { PersonLayout, type PersonPageDeps, type PersonRequest, peopleActorOf, showPersonPage } from '../../../people/people.service.ts';
import { ReleaseRefused } from '../../release.errors.ts';
import { acknowledgeHandover, viewHandover } from '../../release.handover.ts';
import { handoverOfPlan, openPlanOf } from '../../release.repository.ts';
import { HandoverPage } from './handover.view.tsx';
import { PackageView } from './package.view.tsx';

type Route = { Params: { handoverId: string }; Body: Record<string, unknown> };
type State = { errors?: FieldError[]; note?: string; status?: number; notice?: string | undefined };

/**
 * The handover from both sides. The prison reads what it sent on the person's release tab; the receiving
 * probation office opens `/release/handovers/:id` — the package only, through the handover's own scope — and
 * acknowledges it there. Every opening and the acknowledgement are audited against the person.
 */
export async function handoverRoutes(app: FastifyInstance, deps: PersonPageDeps) {
  app.get('/people/:id/release/handover', { config: { permission: 'people:read' } }, (request, reply) =>
    showPersonPage(deps, request as PersonRequest, reply, {
      tab: 'release',
      details: { handover: true },
      load: async (tx, person) => {
        const plan = await openPlanOf(tx, person.id);
        return plan ? ((await handoverOfPlan(tx, plan.id)) ?? null) : null;
      },
      render: (context, header, handover) => (
        <PersonLayout context={context} person={header} tab="release" title={context.i18n.t('release.package.title')}>
          <h1 class="govuk-heading-l" safe>
            {context.i18n.t('release.package.title')}
          </h1>
          {handover ? (
            <PackageView context={context} pack={handover.package} sentAt={handover.sentAt} />
          ) : (
            <p class="govuk-body" safe>
              {context.i18n.t('release.refusal.no_open_plan')}
            </p>
          )}
        </PersonLayout>
      ),
    }),
  );

  const config = { permission: 'handover:acknowledge' } as const;
  const render = async (request: FastifyRequest<{ Params: { handoverId: string } }>, reply: FastifyReply, state: State) => {
    const actor = { user: request.user!, audit: auditActorOf(request) };
    const found = await viewHandover(deps.db, actor, request.params.handoverId);
    const page = <HandoverPage context={deps.pageContext(request, reply)} found={found} {...state} />;
    return reply.html(page, state.status ?? 200);
  };

  app.get<{ Params: { handoverId: string }; Querystring: { done?: string } }>(
    '/release/handovers/:handoverId',
    { config },
    (request, reply) =>
      render(request, reply, {
        notice: request.query.done === 'acknowledged' ? request.i18n.t('release.handoverStage.acknowledged') : undefined,
      }),
  );

  app.post<Route>('/release/handovers/:handoverId/acknowledge', { config }, async (request, reply) => {
    const body = request.body ?? {};
    const note = typeof body.note === 'string' ? body.note.trim().slice(0, 2001) : '';
    const version = Number(body.version);
    const { t } = request.i18n;
    if (note.length > 2000)
      return render(request, reply, {
        errors: [{ field: 'note', message: t('validation.tooLong', { field: t('release.ack.note'), max: 2000 }) }],
        note,
        status: 400,
      });
    if (!Number.isInteger(version) || version < 1)
      return render(request, reply, { errors: [{ field: 'note', message: t('release.refusal.stale') }], note, status: 400 });
    try {
      await acknowledgeHandover(deps.db, peopleActorOf(request), request.params.handoverId, { version, note: note === '' ? null : note });
    } catch (error) {
      if (error instanceof ReleaseRefused && error.refusal === 'already_acknowledged')
        return render(request, reply, { errors: [{ field: 'note', message: t(error.messageKey) }], note, status: 409 });
      throw error;
    }
    return reply.redirect(`/release/handovers/${request.params.handoverId}?done=acknowledged`, 303);
  });
}
