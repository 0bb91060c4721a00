import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { I18n } from '../../../../platform/i18n/translator.ts';
import type { FieldError } from '../../../../platform/views/components.tsx';
import { type PersonPageDeps, peopleActorOf } from '../../../people/people.service.ts';
import { planRefusalOf } from '../../plans.errors.ts';
import { addOwnObjective, answerProposal, proposalsFor } from '../../plans.objectives.ts';
import { field, type FormState, rowVersionOf, showPlanPage, stateAfterRefusal } from '../plan-page.tsx';
import { fieldIdOf, type ObjectivesForm, ObjectivesView } from './objectives.view.tsx';

type Params = { id: string };
const MAX = 2000;

/**
 * `/people/:id/plan/objectives` (`plans:write`): Kadam's proposals from the person's needs, each accepted as
 * worded, accepted in staff's own words, or rejected with a reason; and an objective staff write themselves.
 */
export async function planObjectiveRoutes(app: FastifyInstance, deps: PersonPageDeps) {
  const render = (request: FastifyRequest, reply: FastifyReply, state: FormState<ObjectivesForm>) =>
    showPlanPage(deps, request, reply, {
      status: state.status,
      load: async (tx, person, plan) => ({ proposals: await proposalsFor(tx, plan.id, person.id) }),
      render: (context, header, data) => (
        <ObjectivesView
          context={context}
          header={header}
          page={{ ...data, form: state.form ?? null, errors: state.errors ?? [], rowVersion: state.rowVersion ?? data.plan.rowVersion }}
        />
      ),
    });
  const config = { config: { permission: 'plans:write' as const } };

  app.get<{ Params: Params }>('/people/:id/plan/objectives', config, (request, reply) => render(request, reply, {}));

  app.post<{ Params: Params; Body: Record<string, unknown> }>('/people/:id/plan/objectives', config, async (request, reply) => {
    const body = request.body ?? {};
    const form: ObjectivesForm = {
      key: field(body, 'key', 400),
      decision: field(body, 'decision', 10),
      wording: field(body, 'wording', MAX),
      reason: field(body, 'reason', MAX),
      ownWording: field(body, 'ownWording', MAX),
    };
    const rowVersion = rowVersionOf(body);
    const errors = formErrors(form, request.i18n);
    if (errors.length > 0) return render(request, reply, { form, errors, status: 400, rowVersion });
    const actor = peopleActorOf(request);
    const personId = request.params.id;
    const refusal = await planRefusalOf(() =>
      form.decision === 'own'
        ? addOwnObjective(deps.db, actor, { personId, rowVersion, wording: form.ownWording })
        : form.decision === 'reject'
          ? answerProposal(deps.db, actor, { personId, rowVersion, decision: 'reject', key: form.key, reason: form.reason })
          : answerProposal(deps.db, actor, {
              personId,
              rowVersion,
              decision: 'accept',
              key: form.key,
              wording: form.wording,
              locale: request.i18n.locale,
            }),
    );
    if (refusal) {
      const anchor = form.decision === 'own' ? 'ownWording' : fieldIdOf(form.key, form.decision === 'reject' ? 'reason' : 'wording');
      return render(
        request,
        reply,
        stateAfterRefusal(form, refusal, { field: anchor, message: request.i18n.t(refusal.messageKey) }, rowVersion),
      );
    }
    const done = form.decision === 'reject' ? 'rejected' : 'objective';
    return reply.redirect(`/people/${personId}/plan?done=${done}`, 303);
  });
}

/** What the form itself can tell: a decision chosen, the text each decision needs, nothing too long. */
function formErrors(form: ObjectivesForm, { t }: I18n): FieldError[] {
  if (form.decision === 'own') {
    if (form.ownWording.trim() === '')
      return [{ field: 'ownWording', message: t('validation.required', { field: t('plans.objectives.own') }) }];
    if (form.ownWording.length > MAX) return [{ field: 'ownWording', message: t('plans.form.tooLong', { max: MAX }) }];
    return [];
  }
  if (form.decision !== 'accept' && form.decision !== 'reject')
    return [{ field: 'proposals', message: t('plans.objectives.decisionRequired') }];
  const text = form.decision === 'reject' ? form.reason : form.wording;
  const name = form.decision === 'reject' ? 'reason' : 'wording';
  const id = fieldIdOf(form.key, name);
  if (form.decision === 'reject' && text.trim() === '') return [{ field: id, message: t('plans.refusal.reason_required') }];
  if (text.length > MAX) return [{ field: id, message: t('plans.form.tooLong', { max: MAX }) }];
  return [];
}
