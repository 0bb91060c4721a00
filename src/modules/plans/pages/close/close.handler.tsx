import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { CsrfField, Textarea } from '../../../../platform/views/components.tsx';
import { type PersonPageDeps, peopleActorOf } from '../../../people/people.service.ts';
import { planRefusalOf } from '../../plans.errors.ts';
import { closePlan } from '../../plans.lifecycle.ts';
import { actionsOf } from '../../plans.repository.ts';
import { OPEN_ACTION_STATUSES } from '../../plans.tables.ts';
import { field, type FormState, PlanStepLayout, rowVersionOf, showPlanPage, stateAfterRefusal } from '../plan-page.tsx';

type Params = { id: string };
type CloseForm = { reason: string };
const MAX = 2000;

/**
 * `/people/:id/plan/close` (`plans:write`): closes the plan with a reason. Actions still planned or in progress
 * are listed before anything is sent, and closing is refused while any remains: each must be done or cancelled.
 */
export async function planCloseRoutes(app: FastifyInstance, deps: PersonPageDeps) {
  const render = (request: FastifyRequest, reply: FastifyReply, state: FormState<CloseForm>) =>
    showPlanPage(deps, request, reply, {
      status: state.status,
      load: async (tx, _person, plan) => ({
        open: (await actionsOf(tx, plan.id)).filter((action) => (OPEN_ACTION_STATUSES as readonly string[]).includes(action.status)),
      }),
      render: (context, header, { plan, open }) => {
        const { t } = context.i18n;
        const errors = state.errors ?? [];
        return (
          <PlanStepLayout context={context} header={header} title={t('plans.close.title')} errors={errors}>
            {open.length > 0 ? (
              <div class="govuk-warning-text" id="open-actions">
                <strong class="govuk-warning-text__text" safe>
                  {t('plans.close.openActions', { count: open.length })}
                </strong>
                <ul class="govuk-list govuk-list--bullet">
                  {open.map((action) => (
                    <li>
                      <a class="govuk-link" href={`/people/${header.id}/plan/actions/${action.id}`} safe>
                        {action.description}
                      </a>
                    </li>
                  ))}
                </ul>
              </div>
            ) : (
              ''
            )}
            <form method="post" action={`/people/${header.id}/plan/close`} novalidate>
              <CsrfField token={context.csrfToken} />
              <input type="hidden" name="rowVersion" value={String(state.rowVersion ?? plan.rowVersion)} />
              <Textarea
                name="reason"
                label={t('plans.close.reason')}
                value={state.form?.reason ?? ''}
                error={errors.find((error) => error.field === 'reason')?.message}
              />
              <button type="submit" class="govuk-button govuk-button--warning" data-module="govuk-button" safe>
                {t('plans.close.button')}
              </button>
            </form>
          </PlanStepLayout>
        );
      },
    });
  const config = { config: { permission: 'plans:write' as const } };

  app.get<{ Params: Params }>('/people/:id/plan/close', config, (request, reply) => render(request, reply, {}));

  app.post<{ Params: Params; Body: Record<string, unknown> }>('/people/:id/plan/close', config, async (request, reply) => {
    const body = request.body ?? {};
    const form = { reason: field(body, 'reason', MAX) };
    const rowVersion = rowVersionOf(body);
    const { t } = request.i18n;
    if (form.reason.trim() === '' || form.reason.length > MAX) {
      const message = form.reason.trim() === '' ? t('plans.refusal.reason_required') : t('plans.form.tooLong', { max: MAX });
      return render(request, reply, { form, errors: [{ field: 'reason', message }], status: 400, rowVersion });
    }
    const refusal = await planRefusalOf(() =>
      closePlan(deps.db, peopleActorOf(request), { personId: request.params.id, rowVersion, reason: form.reason }),
    );
    if (refusal)
      return render(request, reply, stateAfterRefusal(form, refusal, { field: 'reason', message: t(refusal.messageKey) }, rowVersion));
    return reply.redirect(`/people/${request.params.id}/plan?done=closed`, 303);
  });
}
