/**
 * The release module's public face: pre-release plans (reintegration pathways, opened from six months before
 * release) and the handover to probation. Start-up wires the trigger, the worklist and the daily pass here.
 */
import { onPersonEvent } from '../../platform/events/person-events.ts';
import { registerWorklistSource } from '../../platform/worklists/worklist-sources.ts';
import { releaseOnPersonEvent } from './release.plans.ts';
import { configureHandoverDeadline } from './release.settings.ts';
import { releaseWorklist } from './release.worklist.ts';

export { openDuePlans } from './release.plans.ts';
export { startReleasePass, type ReleasePass } from './release.schedule.ts';
export { preReleasePlanDue } from './release.due.ts';
export { releaseRoutes } from './pages/release.pages.ts';

/** At start-up: a sentence change opens a due plan; the worklist shows release work; the deadline is configured. */
export function setUpRelease(options: { handoverDaysBeforeRelease: number }): void {
  configureHandoverDeadline(options.handoverDaysBeforeRelease);
  onPersonEvent('release.pre-release-plans', releaseOnPersonEvent);
  registerWorklistSource('release', releaseWorklist);
}
