/**
 * The programmes module's public face: what the start-up, the `kadam` command, the routes and other modules
 * (the plans module enrols people from plan actions and reads their progress) may use.
 *
 * - `openGroupsFor(tx, personId, user)`: groups in the user's scope, not finished, with places left and eligibility;
 * - `enrolPerson(tx, { personId, groupId, userId, today })`: enrols, or puts on the waiting list when full. It
 *   does not authorise: callers do, with `withPerson(..., { permission: 'programmes:enrol' })`. Throws
 *   `ProgrammeRefused` ('ineligible' with `{ reasons: MessageKey[] }`, 'already_enrolled', 'group_finished');
 * - `enrolmentsOfPerson(tx, personId)`: the person's places with attendance and outcome.
 *
 * Completion and non-completion emit `emitEnrolmentOutcome` (platform/events/programme-events.ts) in the
 * transaction that records them.
 */
export { enrolPerson } from './programmes.enrolment.ts';
export { enrolmentsOfPerson, openGroupsFor, type OpenGroup, type PersonEnrolment } from './programmes.person.ts';
export { ProgrammeRefused, PROGRAMME_REFUSALS, type ProgrammeRefusalCode, programmeRefusalKey } from './programmes.errors.ts';
export { installProgrammeCatalogue, programmeByCode, SHIPPED_CATALOGUE } from './programmes.catalogue.ts';
export { programmePageRoutes } from './pages/programmes.pages.ts';
export { registerProgrammesWorklist } from './programmes.worklist.ts';
export { programmeMessages } from './programmes.messages.ts';
export { programmePageMessages } from './programmes.pages.messages.ts';
export { createGroup } from './programmes.groups.ts';
export { recordSession, recordOutcome } from './programmes.delivery.ts';
export { loadDemoProgrammeGroups } from './programmes.demo.ts';
