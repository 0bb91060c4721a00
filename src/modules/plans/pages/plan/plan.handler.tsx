import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { MessageKey } from '../../../../platform/i18n/catalog.ts';
import type { FieldError } from '../../../../platform/views/components.tsx';
import { type PersonPageDeps, type PersonRequest, peopleActorOf, showPersonPage } from '../../../people/people.service.ts';
import { decidePlan, startPlan, submitPlan } from '../../plans.lifecycle.ts';
import { planRefusalOf } from '../../plans.errors.ts';
import { PLAN_KINDS } from '../../plans.tables.ts';
import { field, rowVersionOf } from '../plan-page.tsx';
import { loadPlanTab } from './plan.data.ts';
import { type DecisionForm, PlanTabView } from './plan.view.tsx';

type Params = { id: string };
type PlanKind = (typeof PLAN_KINDS)[number];
type State = { decision?: DecisionForm; kind?: string; errors?: FieldError[]; status?: number; notice?: MessageKey };

/** The notices shown after a step, by the `done` query parameter. */
const DONE: Record<string, MessageKey> = {
  started: 'plans.done.started',
  objective: 'plans.done.objective',
  rejected: 'plans.done.rejected',
  action: 'plans.done.action',
  status: 'plans.done.status',
  enrolled: 'plans.done.enrolled',
  waiting: 'plans.done.waiting',
  agreement: 'plans.done.agreement',
  submitted: 'plans.done.submitted',
  approve: 'plans.done.approve',
  return: 'plans.done.return',
  review: 'plans.done.review',
  closed: 'plans.done.closed',
};

/**
 * `/people/:id/plan`, the plan tab: reading needs `plans:read`; starting a plan and sending it for approval
 * `plans:write`; the manager's decision `plans:approve`. A refused form is shown again with what was chosen
 * and typed, and nothing saved.
 */
export async function planTabRoutes(app: FastifyInstance, deps: PersonPageDeps) {
  const render = (request: FastifyRequest, reply: FastifyReply, state: State) =>
    showPersonPage(deps, request as PersonRequest, reply, {
      tab: 'plan',
      status: state.status,
      load: (tx, person) => loadPlanTab(tx, request.user!, person),
      render: (context, header, data) => (
        <PlanTabView
          context={context}
          header={header}
          page={{
            ...data,
            kind: state.kind ?? data.suggestedKind,
            decision: state.decision ?? { decision: '', comment: '' },
            errors: state.errors ?? [],
            notice: state.notice ? context.i18n.t(state.notice) : undefined,
          }}
        />
      ),
    });
  const back = (request: { params: Params }, done: string) => `/people/${request.params.id}/plan?done=${done}`;

  app.get<{ Params: Params; Querystring: { done?: string } }>(
    '/people/:id/plan',
    { config: { permission: 'plans:read' } },
    (request, reply) => render(request, reply, { notice: DONE[request.query.done ?? ''] }),
  );

  app.post<{ Params: Params; Body: Record<string, unknown> }>(
    '/people/:id/plan',
    { config: { permission: 'plans:write' } },
    async (request, reply) => {
      const kind = field(request.body ?? {}, 'kind', 20);
      const { t } = request.i18n;
      if (!(PLAN_KINDS as readonly string[]).includes(kind))
        return render(request, reply, { kind, errors: [{ field: 'kind', message: t('plans.start.kindRequired') }], status: 400 });
      const refusal = await planRefusalOf(() => startPlan(deps.db, peopleActorOf(request), request.params.id, kind as PlanKind));
      if (refusal)
        return render(request, reply, { kind, errors: [{ field: 'kind', message: t(refusal.messageKey) }], status: refusal.status });
      return reply.redirect(back(request, 'started'), 303);
    },
  );

  app.post<{ Params: Params; Body: Record<string, unknown> }>(
    '/people/:id/plan/submit',
    { config: { permission: 'plans:write' } },
    async (request, reply) => {
      const rowVersion = rowVersionOf(request.body ?? {});
      const refusal = await planRefusalOf(() => submitPlan(deps.db, peopleActorOf(request), request.params.id, rowVersion));
      if (refusal)
        return render(request, reply, {
          errors: [{ field: 'submit', message: request.i18n.t(refusal.messageKey) }],
          status: refusal.status,
        });
      return reply.redirect(back(request, 'submitted'), 303);
    },
  );

  app.post<{ Params: Params; Body: Record<string, unknown> }>(
    '/people/:id/plan/decision',
    { config: { permission: 'plans:approve' } },
    async (request, reply) => {
      const body = request.body ?? {};
      const chosen = field(body, 'decision', 10);
      const form: DecisionForm = { decision: chosen === 'approve' || chosen === 'return' ? chosen : '', comment: field(body, 'comment') };
      const { t } = request.i18n;
      const again = (error: FieldError, status: number) => render(request, reply, { decision: form, errors: [error], status });
      if (form.decision === '') return again({ field: 'decision', message: t('plans.decision.required') }, 400);
      if (form.comment.length > 4000) return again({ field: 'comment', message: t('plans.form.tooLong', { max: 4000 }) }, 400);
      const decision = form.decision;
      const refusal = await planRefusalOf(() =>
        decidePlan(deps.db, peopleActorOf(request), {
          personId: request.params.id,
          rowVersion: rowVersionOf(body),
          decision,
          comment: form.comment,
        }),
      );
      if (refusal) {
        const anchor = refusal.refusal === 'comment_required' ? 'comment' : 'decision';
        return again({ field: anchor, message: t(refusal.messageKey) }, refusal.status);
      }
      return reply.redirect(back(request, decision), 303);
    },
  );
}
