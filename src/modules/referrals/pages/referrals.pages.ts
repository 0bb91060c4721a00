import type { FastifyInstance } from 'fastify';
import type { Database } from '../../../platform/db/pool.ts';
import type { PageContextFactory } from '../../../platform/http/page-context.ts';
import { registerSubjectAccessSection, registerTimelineSource } from '../../people/people.service.ts';
import { referralConsentSection, referralSection } from '../referrals.subject-access.ts';
import { referralTimeline } from '../referrals.timeline.ts';
import { registerReferralsWorklist } from '../referrals.worklist.ts';
import { officerListRoutes } from './officer-list/officer-list.handler.tsx';
import { partnerReferralRoutes } from './partner/partner-referral.handler.tsx';
import { partnerWorkRoutes } from './partner/partner-work.handler.tsx';
import { consentRoutes } from './person-tab/consent.handler.tsx';
import { referralNewRoutes } from './person-tab/referral-new.handler.tsx';
import { referralsTabRoutes } from './person-tab/referrals-tab.handler.tsx';
import { officerReferralRoutes } from './referral/officer-referral.handler.tsx';

export type ReferralPageDeps = { db: Database; pageContext: PageContextFactory };

/**
 * Every page of the referrals module: the person's referrals tab with consents and new referrals, the officer's
 * referral page and list, and the partner worker's pages. Its worklist sections, timeline entries and subject
 * access sections are registered here too, once per app (registering again keeps one).
 */
export async function referralPageRoutes(app: FastifyInstance, deps: ReferralPageDeps) {
  registerReferralsWorklist();
  registerTimelineSource('referrals', referralTimeline);
  registerSubjectAccessSection(referralConsentSection);
  registerSubjectAccessSection(referralSection);
  await app.register(referralsTabRoutes, deps);
  await app.register(consentRoutes, deps);
  await app.register(referralNewRoutes, deps);
  await app.register(officerReferralRoutes, deps);
  await app.register(officerListRoutes, deps);
  await app.register(partnerReferralRoutes, deps);
  await app.register(partnerWorkRoutes, deps);
}
