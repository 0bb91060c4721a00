/**
 * The probation module's public face: what the routes, the reports (court reports, the probation reports) and
 * other modules (referrals) may use.
 *
 * - `ordersOfPerson(tx, personId)`: the person's orders, newest first, with type, office and officer names;
 * - `conditionsOf(tx, orderIds)`, `contactsOfPerson(tx, personId)`, `violationsOfPerson(tx, personId)`,
 *   `breachReportsOfPerson(tx, personId)`: the rest of the record, for reports;
 * - `recordPartnerContact(tx, { personId, sessionOn, attended, referralId, recordedBy })`: the referrals module
 *   counts a partner's session as a supervision contact "with partner" when an order is active that day (it
 *   authorises and audits the partner's report itself, in the same transaction); answers null when none is;
 * - `nextContactDue`, `contactStanding`: the schedule rules, for reports on contacts on time;
 * - `probationReportCounts(tx, filter)`: caseload, contacts on time, violations and court outcomes for the
 *   project locations, by sex and age (counts only; `probation.reports.ts` assembles and authorises them).
 * None of the reads authorise: callers read through `withPerson` or their own `authorise`.
 */
export {
  breachReportsOfPerson,
  conditionsOf,
  contactsOfPerson,
  ordersOfPerson,
  violationsOfPerson,
  type BreachRecord,
  type ConditionRecord,
  type ContactRecord,
  type OrderRecord,
  type ViolationRecord,
} from './probation.person.ts';
export { recordPartnerContact } from './probation.contacts.ts';
export { contactStanding, nextContactDue } from './probation.schedule.ts';
export { contactIntervals } from './probation.settings.ts';
export { probationPageRoutes } from './pages/probation.pages.ts';
export { probationMessages } from './probation.messages.ts';
export { probationPageMessages } from './probation.pages.messages.ts';
export { ORDER_KINDS, CONTACT_KINDS, RESPONSES, COURT_OUTCOMES } from './probation.tables.ts';
export { loadDemoProbation } from './probation.demo.ts';
export { probationReportCounts, type ProbationReportCounts, type ProbationReportFilter } from './probation.report-queries.ts';
