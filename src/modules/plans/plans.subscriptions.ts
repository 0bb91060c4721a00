import { onEnrolmentOutcome } from '../../platform/events/programme-events.ts';
import { registerWorklistSource } from '../../platform/worklists/worklist-sources.ts';
import { recordEnrolmentOutcome } from './plans.enrolment.ts';
import { planWorklist } from './plans.worklist.ts';

/**
 * At start-up: a programme's outcome for a place taken from a plan action is recorded back on the plan, and
 * the plans module adds its sections (reviews due, plans awaiting approval) to every user's worklist.
 */
export function startPlans(): void {
  onEnrolmentOutcome('plans', recordEnrolmentOutcome);
  registerWorklistSource('plans', planWorklist);
}
