import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Executor } from '../../../../platform/db/pool.ts';
import type { FieldError } from '../../../../platform/views/components.tsx';
import { needsOfPerson } from '../../../assessments/assessments.service.ts';
import { listPartners } from '../../../partners/partners.service.ts';
import {
  type PersonRequest,
  type PersonRow,
  peopleActorOf,
  showPersonPage,
  todayInBishkek,
  withPerson,
} from '../../../people/people.service.ts';
import { planInForce } from '../../../plans/plans.service.ts';
import { validConsentFor } from '../../referrals.consents.ts';
import { ReferralRefused } from '../../referrals.errors.ts';
import { type Body, type ReferralForm, referralFormValues, validateReferral } from '../../referrals.forms.ts';
import { makeReferral } from '../../referrals.make.ts';
import type { ReferralPageDeps } from '../referrals.pages.ts';
import { type ReferralChoices, ReferralNewView } from './referral-new.view.tsx';

const make = { permission: 'referrals:make' } as const;
const EMPTY: ReferralForm = { partnerService: '', reason: '', needs: [], planObjective: '', riskNote: '' };

/** What the form offers: each partner and service it offers (with the consent in force, if any), needs, objectives. */
async function choicesFor(tx: Executor, person: PersonRow): Promise<ReferralChoices> {
  const today = todayInBishkek();
  const partners = await listPartners(tx, { activeOnly: true });
  const options: ReferralChoices['options'] = [];
  for (const partner of partners) {
    const consent = await validConsentFor(tx, person.id, partner.unitId, today);
    for (const service of partner.services)
      options.push({ value: `${partner.unitId}:${service}`, partner: partner.name, service, consentUntil: consent?.validUntil ?? null });
  }
  const needs = (await needsOfPerson(tx, person.id)).map((need) => ({ code: need.indicatorCode, title: need.title }));
  const plan = await planInForce(tx, person.id);
  const objectives = (plan?.objectives ?? []).map((objective) => ({ id: objective.id, wording: objective.wording }));
  return { options, needs, objectives };
}

/**
 * Making a referral (`referrals:make` over the person's unit): a partner and a service it offers, the reason,
 * and what the consent may share (needs, a plan objective, risk information). Without a consent in force for that
 * partner it is refused with a message saying so, and nothing is saved.
 */
export async function referralNewRoutes(app: FastifyInstance, deps: ReferralPageDeps) {
  const render = (request: FastifyRequest, reply: FastifyReply, form: ReferralForm, errors: FieldError[], status = 200) =>
    showPersonPage(deps, request as PersonRequest, reply, {
      tab: 'referrals',
      permission: 'referrals:make',
      details: { form: 'referral' },
      status,
      load: (tx, person) => choicesFor(tx, person),
      render: (context, header, choices) => (
        <ReferralNewView context={context} header={header} choices={choices} form={form} errors={errors} />
      ),
    });

  app.get('/people/:id/referrals/new', { config: make }, (request, reply) => render(request, reply, EMPTY, []));

  app.post<{ Params: { id: string }; Body: Body }>('/people/:id/referrals/new', { config: make }, async (request, reply) => {
    const { t } = request.i18n;
    const form = referralFormValues(request.body ?? {});
    const { errors, partnerUnitId, service } = validateReferral(form, t);
    if (errors.length > 0) return render(request, reply, form, errors, 400);
    try {
      const id = await withPerson(
        deps.db,
        peopleActorOf(request),
        { personId: request.params.id, permission: 'referrals:make', action: 'referral.make', details: { partnerUnitId, service } },
        async (tx, person) => {
          const choices = await choicesFor(tx, person);
          const objective = choices.objectives.find((entry) => entry.id === form.planObjective);
          return makeReferral(tx, {
            personId: person.id,
            personUnitId: person.unitId,
            partnerUnitId,
            service,
            reason: form.reason,
            needs: choices.needs.filter((need) => form.needs.includes(need.code)),
            planObjective: objective?.wording ?? null,
            riskNote: form.riskNote || null,
            userId: request.user!.id,
            today: todayInBishkek(),
          });
        },
      );
      return reply.redirect(`/people/${request.params.id}/referrals/${id}?done=sent`, 303);
    } catch (error) {
      if (error instanceof ReferralRefused && (error.refusal === 'no_valid_consent' || error.refusal === 'service_not_offered'))
        return render(request, reply, form, [{ field: 'partnerService', message: t(error.messageKey) }], 400);
      throw error;
    }
  });
}
