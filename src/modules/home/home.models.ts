import type { MessageKey } from '../../platform/i18n/catalog.ts';
import type { Role } from '../../platform/auth/roles.ts';

export type WorklistDefinition = { key: MessageKey; roles: readonly Role[] };

/**
 * The worklists each role starts the day with. Modules fill them as they arrive; until then each shows its
 * empty state, so users see where their work will appear.
 */
export const WORKLISTS: readonly WorklistDefinition[] = [
  { key: 'worklist.admissionsToScreen', roles: ['prison_officer', 'psychologist'] },
  { key: 'worklist.concernsToTriage', roles: ['psychologist', 'facility_manager'] },
  { key: 'worklist.assessmentsDue', roles: ['psychologist', 'probation_officer'] },
  { key: 'worklist.decisionsToApprove', roles: ['facility_manager', 'classification_member', 'probation_manager'] },
  { key: 'worklist.separationsToReview', roles: ['facility_manager'] },
  { key: 'worklist.caseload', roles: ['probation_officer'] },
  { key: 'worklist.courtReportsDue', roles: ['probation_officer', 'probation_manager'] },
  { key: 'worklist.handoversIncoming', roles: ['probation_officer', 'probation_manager'] },
  { key: 'worklist.sessionsToday', roles: ['programme_facilitator'] },
  { key: 'worklist.referralsToAnswer', roles: ['partner_worker'] },
  { key: 'worklist.expertiseCases', roles: ['forensic_expert'] },
  { key: 'worklist.reviewsRequested', roles: ['forensic_reviewer'] },
  { key: 'worklist.upcomingCourses', roles: ['trainer'] },
  { key: 'worklist.indicatorsDue', roles: ['me_officer'] },
  { key: 'worklist.breakGlassToReview', roles: ['auditor'] },
  { key: 'worklist.usersToSetUp', roles: ['system_admin'] },
];

export function worklistsFor(roles: readonly Role[]): WorklistDefinition[] {
  return WORKLISTS.filter((worklist) => worklist.roles.some((role) => roles.includes(role)));
}
