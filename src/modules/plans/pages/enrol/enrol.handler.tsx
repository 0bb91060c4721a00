import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { MessageKey } from '../../../../platform/i18n/catalog.ts';
import type { FieldError } from '../../../../platform/views/components.tsx';
import { type PersonPageDeps, peopleActorOf } from '../../../people/people.service.ts';
import { openGroupsFor } from '../../../programmes/programmes.service.ts';
import { actionOfPlan } from '../../plans.actions.ts';
import { enrolFromAction } from '../../plans.enrolment.ts';
import { isUuid, planRefusalOf } from '../../plans.errors.ts';
import { field, type FormState, rowVersionOf, showPlanPage, stateAfterRefusal } from '../plan-page.tsx';
import { EnrolView } from './enrol.view.tsx';

type Params = { id: string; actionId: string };
type EnrolForm = { groupId: string };

/** The reasons a refusal of the programmes module gave (an ineligible person's), as message keys. */
const reasonsOf = (details: unknown): MessageKey[] =>
  typeof details === 'object' && details !== null && Array.isArray((details as { reasons?: unknown }).reasons)
    ? (details as { reasons: MessageKey[] }).reasons
    : [];

/**
 * `/people/:id/plan/actions/:actionId/enrol` (`programmes:enrol`): the open programme groups the person could
 * join (from the programmes module, with places left and eligibility), and the choice that enrols them — or
 * puts them on the waiting list of a full group. The place is kept on the plan action.
 */
export async function planEnrolRoutes(app: FastifyInstance, deps: PersonPageDeps) {
  const render = (request: FastifyRequest<{ Params: Params }>, reply: FastifyReply, state: FormState<EnrolForm>) =>
    showPlanPage(deps, request, reply, {
      status: state.status,
      load: async (tx, person, plan) => ({
        action: await actionOfPlan(tx, plan.id, request.params.actionId),
        groups: await openGroupsFor(tx, person.id, request.user!),
      }),
      render: (context, header, data) => (
        <EnrolView
          context={context}
          header={header}
          page={{
            ...data,
            groupId: state.form?.groupId ?? '',
            errors: state.errors ?? [],
            rowVersion: state.rowVersion ?? data.plan.rowVersion,
          }}
        />
      ),
    });
  const config = { config: { permission: 'programmes:enrol' as const } };

  app.get<{ Params: Params }>('/people/:id/plan/actions/:actionId/enrol', config, (request, reply) => render(request, reply, {}));

  app.post<{ Params: Params; Body: Record<string, unknown> }>(
    '/people/:id/plan/actions/:actionId/enrol',
    config,
    async (request, reply) => {
      const body = request.body ?? {};
      const form = { groupId: field(body, 'groupId', 40) };
      const rowVersion = rowVersionOf(body);
      const { t } = request.i18n;
      if (!isUuid(form.groupId))
        return render(request, reply, {
          form,
          errors: [{ field: 'groupId', message: t('plans.enrol.groupRequired') }],
          status: 400,
          rowVersion,
        });
      const { id, actionId } = request.params;
      const result: { place: 'enrolled' | 'waiting' } = { place: 'enrolled' };
      const refusal = await planRefusalOf(async () => {
        result.place = await enrolFromAction(deps.db, peopleActorOf(request), {
          personId: id,
          rowVersion,
          actionId,
          groupId: form.groupId,
        });
      });
      if (refusal) {
        const reasons: FieldError[] = reasonsOf(refusal.details).map((key) => ({ field: 'groupId', message: t(key) }));
        const state = stateAfterRefusal(form, refusal, { field: 'groupId', message: t(refusal.messageKey) }, rowVersion);
        return render(request, reply, { ...state, errors: [...(state.errors ?? []), ...reasons] });
      }
      return reply.redirect(`/people/${id}/plan?done=${result.place}`, 303);
    },
  );
}
