import { registerSubjectAccessSection, registerTimelineSource } from '../people/people.service.ts';
import { registerWorklistSource } from '../../platform/worklists/worklist-sources.ts';
import { courtReportSection } from './courtreports.subject-access.ts';
import { courtReportTimeline } from './courtreports.timeline.ts';
import { courtReportWorklist } from './courtreports.worklist.ts';

/**
 * The court reports module's public face: what the start-up, the routes and other modules (the probation
 * reports) may use. Anything not exported here is the module's own business.
 *
 * - `courtReportOutcomes(tx, { officeIds?, territoryId?, from?, to? })`: per probation office, the decided
 *   reports and how often the court followed the recommendation (in full, in part), with the rates; counts only.
 * - `followedRates(counts)`: the same rates for counts a caller has grouped otherwise (by sex, age band…).
 */
export { courtReportOutcomes, decidedRecommendations, type OfficeOutcomes, type OutcomeFilter } from './courtreports.outcomes.ts';
export { followedRates } from './courtreports.models.ts';
export { courtReportRoutes } from './pages/courtreports.pages.ts';
export { courtReportMessages } from './courtreports.messages.ts';
export { courtReportPageMessages } from './courtreports.pages.messages.ts';

/** At start-up: the module's worklist sections, timeline entries and subject access section. */
export function registerCourtReports(): void {
  registerWorklistSource('courtReports', courtReportWorklist);
  registerTimelineSource('courtReports', courtReportTimeline);
  registerSubjectAccessSection(courtReportSection);
}
