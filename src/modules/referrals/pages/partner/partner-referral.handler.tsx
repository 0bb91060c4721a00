import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { authorise } from '../../../../platform/access/authorise.ts';
import { auditActorOf } from '../../../../platform/audit/audit.service.ts';
import type { FieldError } from '../../../../platform/views/components.tsx';
import { todayInBishkek } from '../../../people/people.service.ts';
import { withPartnerReferral } from '../../referrals.partner-access.ts';
import { referralsForPartner, sessionsOf } from '../../referrals.queries.ts';
import { partnerViewOf } from '../../referrals.source.ts';
import { ReferralListView } from '../officer-list/referral-list.view.tsx';
import type { ReferralPageDeps } from '../referrals.pages.ts';
import { PartnerReferralView, type PartnerForms } from './partner-referral.view.tsx';

type Params = { referralId: string };
export const partnerOnly = { permission: 'referrals:partner' } as const;
const DONE = ['accepted', 'declined', 'plan', 'session', 'ended'] as const;

/**
 * Shows a referral to its partner: through `withPartnerReferral` (the organisation's own referrals only, consent
 * in force), with only what the consent shares. Used by the page and by every form shown again with its errors.
 */
export async function renderPartnerReferral(
  deps: ReferralPageDeps,
  request: FastifyRequest<{ Params: Params }>,
  reply: FastifyReply,
  state: { errors: FieldError[]; forms?: PartnerForms; notice?: string | undefined },
  status = 200,
) {
  const data = await withPartnerReferral(
    deps.db,
    { user: request.user!, audit: auditActorOf(request) },
    { referralId: request.params.referralId, action: 'referral.partner.view' },
    async (tx, referral, consent) => ({
      referral,
      shared: await partnerViewOf(tx, referral, consent),
      sessions: await sessionsOf(tx, referral.id),
    }),
  );
  return reply.html(<PartnerReferralView context={deps.pageContext(request, reply)} data={data} state={state} />, status);
}

/** The partner worker's pages: their organisation's referrals (`/partner/referrals`) and one referral. */
export async function partnerReferralRoutes(app: FastifyInstance, deps: ReferralPageDeps) {
  app.get('/partner/referrals', { config: partnerOnly }, async (request, reply) => {
    const referrals = await deps.db.transaction(async (tx) => {
      await authorise(tx, {
        actor: request.user!,
        audit: auditActorOf(request),
        permission: 'referrals:partner',
        action: 'referral.partner.list',
      });
      return referralsForPartner(tx, request.user!, todayInBishkek());
    });
    return reply.html(
      <ReferralListView
        context={deps.pageContext(request, reply)}
        title={request.i18n.t('referrals.partner.title')}
        referrals={referrals}
        hrefOf={(referral) => `/partner/referrals/${referral.id}`}
        showPartner={false}
      />,
    );
  });

  app.get<{ Params: Params; Querystring: { done?: string } }>(
    '/partner/referrals/:referralId',
    { config: partnerOnly },
    (request, reply) => {
      const done = DONE.find((value) => value === request.query.done);
      return renderPartnerReferral(deps, request, reply, {
        errors: [],
        notice: done ? request.i18n.t(`referrals.done.partner.${done}`) : undefined,
      });
    },
  );
}
