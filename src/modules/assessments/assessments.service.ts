/**
 * The assessments module's public face: what the start-up, the `kadam` command and other modules (the demo
 * dataset, later the training module) may use. Anything not exported here is the module's own business.
 */
export {
  checkedDefinition,
  installShippedInstruments,
  loadDraft,
  publishVersion,
  retireVersion,
  updateDraft,
  type InstrumentAdmin,
} from './instruments/instruments.service.ts';
export { instrumentByCode, instrumentSummaries, versionsOf, type InstrumentVersionRow } from './instruments/instruments.repository.ts';
export { defaultVersion, instrumentWithVersions, versionByNumber } from './instruments/instrument.lookup.ts';
export { isAccredited } from './accreditations.ts';
export { accreditAsSystem } from './accreditations.system.ts';
export { AssessmentRefused } from './assessments.errors.ts';
export { definitionProblemMessage, type DefinitionProblem } from './instruments/instrument.validation.ts';
export { subscribeToPersonEvents } from './assessments.subscriptions.ts';
export { assessmentsInForce, classificationInForce, needsOfPerson, type PersonNeed } from './needs.ts';
export { registerAssessmentsWorklist } from './assessments.worklist-source.ts';
export { requestAssessmentReview } from './review-dates.ts';
