import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { type PersonPageDeps, peopleActorOf, todayInBishkek } from '../../../people/people.service.ts';
import { actionOfPlan, addAction, setActionStatus } from '../../plans.actions.ts';
import { planRefusalOf } from '../../plans.errors.ts';
import { objectiveOfPlan } from '../../plans.objectives.ts';
import { responsibleStaffFor } from '../../plans.repository.ts';
import { field, type FormState, rowVersionOf, showPlanPage, stateAfterRefusal } from '../plan-page.tsx';
import { type ActionForm, actionFormOf, emptyActionForm, type StatusForm, validateAction, validateStatus } from './action.form.ts';
import { ActionStatusView, NewActionView } from './actions.view.tsx';

type ObjectiveParams = { id: string; objectiveId: string };
type ActionParams = { id: string; actionId: string };

/**
 * The action forms of a plan (`plans:write`): `/people/:id/plan/objectives/:objectiveId/actions` adds an action
 * to an objective; `/people/:id/plan/actions/:actionId` moves one on or cancels it with a reason.
 */
export async function planActionRoutes(app: FastifyInstance, deps: PersonPageDeps) {
  const config = { config: { permission: 'plans:write' as const } };

  const renderNew = (request: FastifyRequest<{ Params: ObjectiveParams }>, reply: FastifyReply, state: FormState<ActionForm>) =>
    showPlanPage(deps, request, reply, {
      status: state.status,
      load: async (tx, person, plan) => ({
        objective: await objectiveOfPlan(tx, plan.id, request.params.objectiveId),
        staff: await responsibleStaffFor(tx, person.unitId),
      }),
      render: (context, header, data) => (
        <NewActionView
          context={context}
          header={header}
          page={{
            ...data,
            form: state.form ?? emptyActionForm(),
            errors: state.errors ?? [],
            rowVersion: state.rowVersion ?? data.plan.rowVersion,
          }}
        />
      ),
    });

  app.get<{ Params: ObjectiveParams }>('/people/:id/plan/objectives/:objectiveId/actions', config, (request, reply) =>
    renderNew(request, reply, {}),
  );

  app.post<{ Params: ObjectiveParams; Body: Record<string, unknown> }>(
    '/people/:id/plan/objectives/:objectiveId/actions',
    config,
    async (request, reply) => {
      const body = request.body ?? {};
      const form = actionFormOf(body);
      const rowVersion = rowVersionOf(body);
      const { action, errors } = validateAction(form, request.i18n, todayInBishkek());
      if (!action) return renderNew(request, reply, { form, errors, status: 400, rowVersion });
      const { id, objectiveId } = request.params;
      const refusal = await planRefusalOf(() =>
        addAction(deps.db, peopleActorOf(request), { personId: id, rowVersion, objectiveId, action }),
      );
      if (refusal) {
        const anchor = refusal.refusal === 'responsible_unknown' ? 'responsibleUserId' : 'description';
        return renderNew(
          request,
          reply,
          stateAfterRefusal(form, refusal, { field: anchor, message: request.i18n.t(refusal.messageKey) }, rowVersion),
        );
      }
      return reply.redirect(`/people/${id}/plan?done=action`, 303);
    },
  );

  const renderStatus = (request: FastifyRequest<{ Params: ActionParams }>, reply: FastifyReply, state: FormState<StatusForm>) =>
    showPlanPage(deps, request, reply, {
      status: state.status,
      load: async (tx, _person, plan) => ({ action: await actionOfPlan(tx, plan.id, request.params.actionId) }),
      render: (context, header, data) => (
        <ActionStatusView
          context={context}
          header={header}
          page={{
            ...data,
            form: state.form ?? { status: data.action.status, reason: '' },
            errors: state.errors ?? [],
            rowVersion: state.rowVersion ?? data.plan.rowVersion,
          }}
        />
      ),
    });

  app.get<{ Params: ActionParams }>('/people/:id/plan/actions/:actionId', config, (request, reply) => renderStatus(request, reply, {}));

  app.post<{ Params: ActionParams; Body: Record<string, unknown> }>(
    '/people/:id/plan/actions/:actionId',
    config,
    async (request, reply) => {
      const body = request.body ?? {};
      const form: StatusForm = { status: field(body, 'status', 20), reason: field(body, 'reason', 2000) };
      const rowVersion = rowVersionOf(body);
      const { status, errors } = validateStatus(form, request.i18n);
      if (!status) return renderStatus(request, reply, { form, errors, status: 400, rowVersion });
      const { id, actionId } = request.params;
      const refusal = await planRefusalOf(() =>
        setActionStatus(deps.db, peopleActorOf(request), { personId: id, rowVersion, actionId, status, reason: form.reason }),
      );
      if (refusal)
        return renderStatus(
          request,
          reply,
          stateAfterRefusal(form, refusal, { field: 'status', message: request.i18n.t(refusal.messageKey) }, rowVersion),
        );
      return reply.redirect(`/people/${id}/plan?done=status`, 303);
    },
  );
}
