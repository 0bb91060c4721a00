/**
 * The partners module's public face: the directory of partner organisations (org units of kind
 * `partner_organisation`) with the services they offer, the districts they cover and their contact people.
 * The referrals module reads it to offer partners and check that a partner offers the service asked for.
 */
export { listPartners, partnerByCode, partnerOffers, type PartnerSummary, type PartnerDetails } from './partners.directory.ts';
export { PARTNER_SERVICES, PARTNER_KINDS, type PartnerService } from './partners.tables.ts';
export { partnerPageRoutes } from './pages/partners.pages.ts';
export { partnerMessages } from './partners.messages.ts';
export { DEMO_PARTNERS, loadDemoPartners } from './partners.demo.ts';
