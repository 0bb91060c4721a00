import { onEnrolmentOutcome, onPlaceMovedUp } from '../../platform/events/programme-events.ts';
import { registerWorklistSource } from '../../platform/worklists/worklist-sources.ts';
import { registerSubjectAccessSection, registerTimelineSource } from '../people/people.service.ts';
import { recordEnrolmentOutcome, recordPlaceMovedUp } from './plans.enrolment.ts';
import { planActionSection, planReviewSection, planSection } from './plans.subject-access.ts';
import { planTimeline } from './plans.timeline.ts';
import { planWorklist } from './plans.worklist.ts';

/**
 * At start-up: a programme's outcome for a place taken from a plan action is recorded back on the plan; the
 * plans module adds its sections (reviews due, plans awaiting approval) to every user's worklist, its
 * milestones to the person's timeline and its records to the subject access export.
 */
export function startPlans(): void {
  onEnrolmentOutcome('plans', recordEnrolmentOutcome);
  onPlaceMovedUp('plans', recordPlaceMovedUp);
  registerWorklistSource('plans', planWorklist);
  registerTimelineSource('plans', planTimeline);
  registerSubjectAccessSection(planSection);
  registerSubjectAccessSection(planActionSection);
  registerSubjectAccessSection(planReviewSection);
}
