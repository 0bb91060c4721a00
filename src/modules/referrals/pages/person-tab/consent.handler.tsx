import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { FieldError } from '../../../../platform/views/components.tsx';
import { listPartners } from '../../../partners/partners.service.ts';
import { type PersonRequest, peopleActorOf, showPersonPage, todayInBishkek, withPerson } from '../../../people/people.service.ts';
import { consentOfPerson, recordConsent, withdrawConsent } from '../../referrals.consents.ts';
import { ReferralRefused } from '../../referrals.errors.ts';
import { type Body, type ConsentForm, consentFormValues, requiredText, validateConsent } from '../../referrals.forms.ts';
import type { ReferralPageDeps } from '../referrals.pages.ts';
import { ConsentFormView, WithdrawConsentView } from './consent.view.tsx';

type Params = { id: string; consentId: string };
const make = { permission: 'referrals:make' } as const;
/** Shared unless someone unticks them; risk information is never ticked by default. */
const DEFAULT_SCOPE = ['identity', 'contact'];

/**
 * Recording a consent (`referrals:make` over the person's unit) and withdrawing one with a reason. Withdrawal
 * withdraws the referrals made under it and ends the partner's access in the same transaction.
 */
export async function consentRoutes(app: FastifyInstance, deps: ReferralPageDeps) {
  const partners = async () =>
    (await listPartners(deps.db, { activeOnly: true })).map((partner) => ({ id: partner.unitId, name: partner.name }));
  const renderForm = async (request: FastifyRequest, reply: FastifyReply, form: ConsentForm, errors: FieldError[], status = 200) => {
    const options = await partners();
    return showPersonPage(deps, request as PersonRequest, reply, {
      tab: 'referrals',
      permission: 'referrals:make',
      details: { form: 'consent' },
      status,
      load: () => Promise.resolve(options),
      render: (context, header, data) => <ConsentFormView context={context} header={header} partners={data} form={form} errors={errors} />,
    });
  };

  app.get('/people/:id/referrals/consents/new', { config: make }, (request, reply) =>
    renderForm(request, reply, { partnerUnitId: '', scope: DEFAULT_SCOPE, givenOn: '', validUntil: '', formReference: '' }, []),
  );

  app.post<{ Params: { id: string }; Body: Body }>('/people/:id/referrals/consents/new', { config: make }, async (request, reply) => {
    const form = consentFormValues(request.body ?? {});
    const today = todayInBishkek();
    const ids = (await partners()).map((partner) => partner.id);
    const { consent, errors } = validateConsent(form, request.i18n.t, ids, today);
    if (!consent) return renderForm(request, reply, form, errors, 400);
    await withPerson(
      deps.db,
      peopleActorOf(request),
      {
        personId: request.params.id,
        permission: 'referrals:make',
        action: 'referral.consent.record',
        details: { partnerUnitId: consent.partnerUnitId, scope: consent.scope, validUntil: consent.validUntil },
      },
      (tx, person) => recordConsent(tx, { ...consent, personId: person.id, userId: request.user!.id }),
    );
    return reply.redirect(`/people/${request.params.id}/referrals?done=consent`, 303);
  });

  const renderWithdraw = (
    request: FastifyRequest<{ Params: Params }>,
    reply: FastifyReply,
    reason: string,
    errors: FieldError[],
    status = 200,
  ) =>
    showPersonPage(deps, request as unknown as PersonRequest, reply, {
      tab: 'referrals',
      permission: 'referrals:make',
      details: { form: 'consent_withdrawal', consentId: request.params.consentId },
      status,
      load: (tx, person) => consentOfPerson(tx, person.id, request.params.consentId),
      render: (context, header) => (
        <WithdrawConsentView context={context} header={header} consentId={request.params.consentId} reason={reason} errors={errors} />
      ),
    });

  app.get<{ Params: Params }>('/people/:id/referrals/consents/:consentId/withdraw', { config: make }, (request, reply) =>
    renderWithdraw(request, reply, '', []),
  );

  app.post<{ Params: Params; Body: Body }>(
    '/people/:id/referrals/consents/:consentId/withdraw',
    { config: make },
    async (request, reply) => {
      const { t } = request.i18n;
      const { value: reason, errors } = requiredText(request.body ?? {}, 'reason', t, t('referrals.consent.withdrawalReason'));
      if (errors.length > 0) return renderWithdraw(request, reply, reason, errors, 400);
      try {
        await withPerson(
          deps.db,
          peopleActorOf(request),
          {
            personId: request.params.id,
            permission: 'referrals:make',
            action: 'referral.consent.withdraw',
            reason,
            details: { consentId: request.params.consentId },
          },
          (tx, person) =>
            withdrawConsent(tx, {
              personId: person.id,
              consentId: request.params.consentId,
              reason,
              userId: request.user!.id,
              today: todayInBishkek(),
            }),
        );
      } catch (error) {
        if (error instanceof ReferralRefused && error.refusal === 'consent_already_withdrawn')
          return renderWithdraw(request, reply, reason, [{ field: 'reason', message: t(error.messageKey) }], 409);
        throw error;
      }
      return reply.redirect(`/people/${request.params.id}/referrals?done=consentWithdrawn`, 303);
    },
  );
}
