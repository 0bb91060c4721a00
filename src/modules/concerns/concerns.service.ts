/**
 * The concerns module's public face: staff reports of an observed concern about a person and the concern loop
 * (triage, investigation, decision, plan, reviews, closure). Start-up wires the worklist, the timeline, the
 * subject access section and the triage time here; `concernRoutes` are its pages.
 */
import { registerWorklistSource } from '../../platform/worklists/worklist-sources.ts';
import { registerSubjectAccessSection, registerTimelineSource } from '../people/people.service.ts';
import { configureTriageDays } from './concerns.settings.ts';
import { concernSection } from './concerns.subject-access.ts';
import { concernTimeline } from './concerns.timeline.ts';
import { concernWorklist } from './concerns.worklist.ts';

export { concernRoutes } from './pages/concerns.pages.ts';
export { CONCERN_INDICATORS } from './concerns.indicators.ts';

export function setUpConcerns(options: { triageWorkingDays: number }): void {
  configureTriageDays(options.triageWorkingDays);
  registerWorklistSource('concerns', concernWorklist);
  registerTimelineSource('concerns', concernTimeline);
  registerSubjectAccessSection(concernSection);
}
