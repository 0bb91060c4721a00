import type { FastifyInstance } from 'fastify';
import { registerAssessmentsWorklist, subscribeToPersonEvents } from './modules/assessments/assessments.service.ts';
import { associationRoutes, registerAssociations } from './modules/associations/associations.service.ts';
import { caseNoteRoutes, registerCaseNotes } from './modules/casenotes/casenotes.service.ts';
import { planPageRoutes, startPlans } from './modules/plans/plans.service.ts';
import { releaseRoutes, setUpRelease } from './modules/release/release.service.ts';
import { worklistRoutes } from './modules/worklists/pages/worklist/worklist.handler.tsx';
import { assessmentsApiRoutes } from './modules/assessments/assessments.api.ts';
import { placementPolicyRoutes } from './modules/assessments/pages/placement-policies/placement-policies.handler.tsx';
import { classificationPageRoutes } from './modules/assessments/pages/classification.pages.ts';
import type { NavigationItem } from './platform/views/navigation.ts';
import type { AppDependencies } from './dependencies.ts';
import type { PageContextFactory } from './platform/http/page-context.ts';
import { staffPageRoutes } from './modules/staff/pages/staff.pages.tsx';
import { homeRoutes } from './modules/home/pages/home/home.handler.tsx';
import { referenceApiRoutes } from './modules/reference/reference.routes.ts';
import { referencePageRoutes } from './modules/reference/pages/reference.pages.tsx';
import { adminPageRoutes } from './modules/admin/pages/admin.pages.ts';
import { auditPageRoutes } from './modules/audit/pages/audit.pages.tsx';
import { peopleSearchRoutes } from './modules/people/pages/search/search.handler.tsx';
import { personRecordPageRoutes, redirectMergedPeople } from './modules/people/pages/person-record.routes.ts';
import { personPageRoutes } from './modules/people/pages/person/person.pages.ts';
import { personHistoryRoutes } from './modules/people/pages/history/history.handler.tsx';
import { subjectAccessRoutes } from './modules/people/pages/subject-access/subject-access.handler.tsx';
import { instrumentAdminPageRoutes } from './modules/assessments/pages/instruments/instruments.pages.ts';
import { assessmentPageRoutes } from './modules/assessments/pages/assessment.pages.ts';
import { fairnessReportRoutes } from './modules/assessments/pages/report/report.handler.tsx';
import { assessmentDocumentRoutes } from './modules/assessments/pages/documents/documents.handler.ts';
import { programmePageRoutes } from './modules/programmes/programmes.service.ts';
import { concernRoutes, setUpConcerns } from './modules/concerns/concerns.service.ts';
import { placementPageRoutes, setSeparationSettings } from './modules/placement/placement.service.ts';
import { manualRoutes } from './modules/manual/manual.service.ts';
import { partnerPageRoutes } from './modules/partners/partners.service.ts';
import { referralPageRoutes } from './modules/referrals/referrals.service.ts';
import { probationPageRoutes } from './modules/probation/probation.service.ts';
import { courtReportRoutes, registerCourtReports } from './modules/courtreports/courtreports.service.ts';

/** Every module's navigation entries, in menu order. Each is shown only to users with its permission. */
export const NAVIGATION: readonly NavigationItem[] = [
  { href: '/', labelKey: 'nav.home', permission: 'home:view' },
  { href: '/worklist', labelKey: 'nav.worklist', permission: 'people:read' },
  { href: '/people', labelKey: 'nav.people', permission: 'people:read' },
  { href: '/people/merges', labelKey: 'nav.peopleMerges', permission: 'people:merge_approve' },
  { href: '/assessments/reviews', labelKey: 'nav.assessmentReviews', permission: 'assessments:read' },
  { href: '/reference', labelKey: 'nav.reference', permission: 'reference:read' },
  { href: '/staff', labelKey: 'nav.staff', permission: 'staff:read' },
  { href: '/audit', labelKey: 'nav.audit', permission: 'audit:read' },
  { href: '/access/break-glass/review', labelKey: 'nav.breakGlassReview', permission: 'break_glass:review' },
  { href: '/admin/users', labelKey: 'nav.adminUsers', permission: 'users:manage' },
  { href: '/admin/units', labelKey: 'nav.adminUnits', permission: 'org_units:manage' },
  { href: '/admin/roles', labelKey: 'nav.adminRoles', permission: 'users:manage' },
  { href: '/admin/api-tokens', labelKey: 'nav.adminTokens', permission: 'api_tokens:manage' },
  { href: '/admin/instruments', labelKey: 'nav.adminInstruments', permission: 'instruments:manage' },
  { href: '/admin/accreditations', labelKey: 'nav.adminAccreditations', permission: 'accreditations:manage' },
  { href: '/admin/placement-policies', labelKey: 'nav.placementPolicies', permission: 'placement_policies:manage' },
  { href: '/instruments', labelKey: 'nav.instruments', permission: 'home:view' },
  { href: '/assessments/report', labelKey: 'nav.assessmentsReport', permission: 'assessments:report' },
  { href: '/programmes/sessions/today', labelKey: 'nav.sessionsToday', permission: 'programmes:deliver' },
  { href: '/programmes/groups', labelKey: 'nav.programmeGroups', permission: 'programmes:read' },
  { href: '/programmes', labelKey: 'nav.programmes', permission: 'programmes:read' },
  { href: '/release/handovers/outgoing', labelKey: 'nav.releaseOutgoing', permission: 'release:prepare' },
  { href: '/release/handovers/incoming', labelKey: 'nav.releaseIncoming', permission: 'handover:acknowledge' },
  { href: '/concerns/new', labelKey: 'nav.reportConcern', permission: 'concerns:report' },
  { href: '/concerns', labelKey: 'nav.concerns', permission: 'concerns:manage' },
  { href: '/facilities', labelKey: 'nav.facilities', permission: 'placement:read' },
  { href: '/manual', labelKey: 'nav.manual', permission: 'manual:read' },
  { href: '/partner/referrals', labelKey: 'referrals.nav.partner', permission: 'referrals:partner' },
  { href: '/referrals', labelKey: 'referrals.nav.mine', permission: 'referrals:make' },
  { href: '/partners', labelKey: 'partners.nav.directory', permission: 'partners:read' },
  { href: '/probation/caseload', labelKey: 'nav.probationCaseload', permission: 'probation:supervise' },
  { href: '/probation/allocation', labelKey: 'nav.probationAllocation', permission: 'probation:allocate' },
  { href: '/probation/reports', labelKey: 'nav.probationReports', permission: 'probation:report' },
  { href: '/probation/types', labelKey: 'nav.probationTypes', permission: 'reference:edit' },
  { href: '/court-reports', labelKey: 'nav.courtReports', permission: 'court_reports:write' },
  { href: '/court-reports/outcomes', labelKey: 'nav.courtReportOutcomes', permission: 'probation:report' },
];

/** Every module's registration, in one list. */
export async function registerModules(app: FastifyInstance, deps: AppDependencies & { pageContext: PageContextFactory }) {
  subscribeToPersonEvents();
  startPlans();
  registerCaseNotes();
  registerAssociations();
  setUpRelease({ handoverDaysBeforeRelease: deps.config.handoverDaysBeforeRelease });
  registerAssessmentsWorklist();
  setUpConcerns({ triageWorkingDays: deps.config.concernTriageWorkingDays });
  setSeparationSettings({
    limitDays: deps.config.separationLimitDays,
    warnDaysBefore: deps.config.separationWarnDays,
    breakDays: deps.config.separationBreakDays,
  });
  registerCourtReports();
  redirectMergedPeople(app, deps);
  await app.register(homeRoutes, deps);
  await app.register(staffPageRoutes, deps);
  await app.register(referencePageRoutes, deps);
  await app.register(referenceApiRoutes, { ...deps, prefix: '/api/v1' });
  await app.register(assessmentsApiRoutes, { ...deps, prefix: '/api/v1' });
  await app.register(placementPolicyRoutes, deps);
  await app.register(adminPageRoutes, deps);
  await app.register(auditPageRoutes, deps);
  await app.register(peopleSearchRoutes, deps);
  await app.register(personRecordPageRoutes, deps);
  await app.register(personPageRoutes, deps);
  await app.register(personHistoryRoutes, deps);
  await app.register(subjectAccessRoutes, deps);
  await app.register(classificationPageRoutes, deps);
  await app.register(instrumentAdminPageRoutes, deps);
  await app.register(assessmentPageRoutes, deps);
  await app.register(fairnessReportRoutes, deps);
  await app.register(assessmentDocumentRoutes, deps);
  await app.register(programmePageRoutes, deps);
  await app.register(planPageRoutes, deps);
  await app.register(caseNoteRoutes, deps);
  await app.register(releaseRoutes, deps);
  await app.register(concernRoutes, deps);
  await app.register(manualRoutes, deps);
  await app.register(placementPageRoutes, deps);
  await app.register(associationRoutes, deps);
  await app.register(probationPageRoutes, deps);
  await app.register(courtReportRoutes, deps);
  await app.register(partnerPageRoutes, deps);
  await app.register(referralPageRoutes, deps);
  await app.register(worklistRoutes, deps);
}
