/**
 * The referrals module's public face: consented referrals from prison or probation to community partners.
 *
 * - `referralPageRoutes`: every page (the person's referrals tab, consents, the officer's and the partner's pages),
 *   and the worklist, timeline and subject access contributions;
 * - `consentAllowsAccess` / `consentState`: whether a consent lets a partner see a referral on a day;
 * - `sharedViewOf`: what a partner sees of a person under a consent's scope.
 */
export { referralPageRoutes } from './pages/referrals.pages.ts';
export { referralMessages } from './referrals.messages.ts';
export { referralPageMessages } from './referrals.pages.messages.ts';
export { consentAllowsAccess, consentState } from './referrals.consent-validity.ts';
export { sharedViewOf, type SharedView } from './referrals.shared-view.ts';
export { SHARED_FIELD_GROUPS, REFERRAL_STATUSES } from './referrals.tables.ts';
export { loadDemoReferrals } from './referrals.demo.ts';
export { referralCountsByPartner, type PartnerLabel, type ReferralCount, type ReferralReportFilter } from './referrals.report-queries.ts';
