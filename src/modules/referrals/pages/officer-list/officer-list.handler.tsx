import type { FastifyInstance } from 'fastify';
import { authorise } from '../../../../platform/access/authorise.ts';
import { auditActorOf } from '../../../../platform/audit/audit.service.ts';
import { referralsMadeBy } from '../../referrals.queries.ts';
import type { ReferralPageDeps } from '../referrals.pages.ts';
import { ReferralListView } from './referral-list.view.tsx';

/** `/referrals` (`referrals:make`): the referrals the officer made, of people still in their units, open ones first. */
export async function officerListRoutes(app: FastifyInstance, deps: ReferralPageDeps) {
  app.get('/referrals', { config: { permission: 'referrals:make' } }, async (request, reply) => {
    const referrals = await deps.db.transaction(async (tx) => {
      await authorise(tx, { actor: request.user!, audit: auditActorOf(request), permission: 'referrals:make', action: 'referral.list' });
      return referralsMadeBy(tx, request.user!);
    });
    return reply.html(
      <ReferralListView
        context={deps.pageContext(request, reply)}
        title={request.i18n.t('referrals.page.myReferrals')}
        referrals={referrals}
        hrefOf={(referral) => `/people/${referral.personId}/referrals/${referral.id}`}
        showPartner
      />,
    );
  });
}
