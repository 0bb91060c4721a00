import type { Catalogs } from './platform/i18n/catalog.ts';
import { platformMessages } from './platform/i18n/platform.messages.ts';
import type { MessageTable } from './platform/i18n/translator.ts';
import type { Locale } from './platform/i18n/locales.ts';
import { homeMessages } from './modules/home/home.messages.ts';
import { referenceMessages } from './modules/reference/reference.messages.ts';
import { adminMessages } from './modules/admin/admin.messages.ts';
import { roleMessages } from './platform/auth/roles.messages.ts';
import { accessMessages } from './platform/access/access.messages.ts';
import { staffMessages } from './modules/staff/staff.messages.ts';
import { peopleMessages } from './modules/people/people.messages.ts';
import { personRecordMessages } from './modules/people/people.record.messages.ts';
import { peopleImportMessages } from './modules/people/people.import.messages.ts';
import { peoplePageMessages } from './modules/people/people.page.messages.ts';
import { pinMessages } from './modules/people/people.pin.messages.ts';
import { peopleSearchMessages } from './modules/people/people.search.messages.ts';
import { historyMessages } from './modules/people/people.history.messages.ts';
import { subjectAccessMessages } from './modules/people/people.subject-access.messages.ts';
import { twoFactorMessages } from './platform/auth/two-factor.messages.ts';
import { auditMessages } from './modules/audit/audit.messages.ts';
import { instrumentMessages } from './modules/assessments/assessments.instruments.messages.ts';
import { workflowMessages } from './modules/assessments/assessments.workflow.messages.ts';
import { assessmentMessages } from './modules/assessments/assessments.messages.ts';
import { placementPolicyMessages } from './modules/assessments/assessments.placement-policies.messages.ts';
import { assessmentAdminMessages } from './modules/assessments/assessments.admin.messages.ts';
import { assessmentPageMessages } from './modules/assessments/assessments.pages.messages.ts';
import { assessmentLabelMessages } from './modules/assessments/assessments.pages.labels.messages.ts';
import { assessmentReviewMessages } from './modules/assessments/assessments.review.messages.ts';
import { assessmentDocumentMessages } from './modules/assessments/assessments.documents.messages.ts';
import { fairnessMessages } from './modules/assessments/assessments.fairness.messages.ts';
import { classificationMessages } from './modules/assessments/assessments.classification.messages.ts';
import { proposalReasonMessages } from './modules/assessments/assessments.proposal-reasons.messages.ts';
import { safeguardMessages } from './modules/assessments/assessments.safeguards.messages.ts';
import { worklistMessages } from './modules/assessments/assessments.worklist.messages.ts';
import { planMessages } from './modules/plans/plans.messages.ts';
import { planPageMessages } from './modules/plans/plans.pages.messages.ts';
import { partnerMessages } from './modules/partners/partners.messages.ts';
import { referralMessages } from './modules/referrals/referrals.messages.ts';
import { referralPageMessages } from './modules/referrals/referrals.pages.messages.ts';
import { programmeMessages } from './modules/programmes/programmes.messages.ts';
import { programmePageMessages } from './modules/programmes/programmes.pages.messages.ts';
import { caseNoteMessages } from './modules/casenotes/casenotes.messages.ts';
import { worklistPageMessages } from './modules/worklists/worklists.messages.ts';
import { releaseMessages } from './modules/release/release.messages.ts';
import { releasePageMessages } from './modules/release/release.pages.messages.ts';
import { releaseHandoverMessages } from './modules/release/release.handover.messages.ts';
import { concernMessages } from './modules/concerns/concerns.messages.ts';
import { concernPageMessages } from './modules/concerns/concerns.pages.messages.ts';
import { manualMessages } from './modules/manual/manual.messages.ts';
import { placementMessages } from './modules/placement/placement.messages.ts';
import { placementPageMessages } from './modules/placement/placement.pages.messages.ts';
import { probationMessages } from './modules/probation/probation.messages.ts';
import { probationPageMessages } from './modules/probation/probation.pages.messages.ts';
import { probationReportMessages } from './modules/probation/probation.reports.messages.ts';
import { courtReportMessages } from './modules/courtreports/courtreports.messages.ts';
import { associationMessages } from './modules/associations/associations.messages.ts';
import { courtReportPageMessages } from './modules/courtreports/courtreports.pages.messages.ts';

type EnglishOf<C> = C extends Catalogs<infer English> ? English : never;

/** Every module's catalog, merged. Adding a module's messages here makes its keys valid for `t()`. */
const catalogs = [
  platformMessages,
  accessMessages,
  staffMessages,
  peopleMessages,
  personRecordMessages,
  peopleImportMessages,
  peoplePageMessages,
  pinMessages,
  peopleSearchMessages,
  historyMessages,
  subjectAccessMessages,
  twoFactorMessages,
  homeMessages,
  referenceMessages,
  roleMessages,
  adminMessages,
  auditMessages,
  instrumentMessages,
  workflowMessages,
  assessmentMessages,
  placementPolicyMessages,
  assessmentAdminMessages,
  assessmentPageMessages,
  assessmentLabelMessages,
  assessmentReviewMessages,
  assessmentDocumentMessages,
  fairnessMessages,
  classificationMessages,
  proposalReasonMessages,
  safeguardMessages,
  worklistMessages,
  programmeMessages,
  programmePageMessages,
  caseNoteMessages,
  worklistPageMessages,
  releaseMessages,
  releasePageMessages,
  releaseHandoverMessages,
  probationMessages,
  probationPageMessages,
  probationReportMessages,
  planMessages,
  planPageMessages,
  concernMessages,
  concernPageMessages,
  manualMessages,
  placementMessages,
  placementPageMessages,
  partnerMessages,
  referralMessages,
  referralPageMessages,
  courtReportMessages,
  courtReportPageMessages,
  associationMessages,
] as const;

declare module './platform/i18n/catalog.ts' {
  interface MessageRegistry
    extends
      EnglishOf<typeof platformMessages>,
      EnglishOf<typeof auditMessages>,
      EnglishOf<typeof instrumentMessages>,
      EnglishOf<typeof workflowMessages>,
      EnglishOf<typeof assessmentMessages>,
      EnglishOf<typeof placementPolicyMessages>,
      EnglishOf<typeof assessmentAdminMessages>,
      EnglishOf<typeof assessmentPageMessages>,
      EnglishOf<typeof assessmentLabelMessages>,
      EnglishOf<typeof assessmentReviewMessages>,
      EnglishOf<typeof assessmentDocumentMessages>,
      EnglishOf<typeof fairnessMessages>,
      EnglishOf<typeof classificationMessages>,
      EnglishOf<typeof proposalReasonMessages>,
      EnglishOf<typeof safeguardMessages>,
      EnglishOf<typeof worklistMessages>,
      EnglishOf<typeof planMessages>,
      EnglishOf<typeof planPageMessages>,
      EnglishOf<typeof partnerMessages>,
      EnglishOf<typeof referralMessages>,
      EnglishOf<typeof referralPageMessages>,
      EnglishOf<typeof programmeMessages>,
      EnglishOf<typeof programmePageMessages>,
      EnglishOf<typeof caseNoteMessages>,
      EnglishOf<typeof worklistPageMessages>,
      EnglishOf<typeof releaseMessages>,
      EnglishOf<typeof releasePageMessages>,
      EnglishOf<typeof releaseHandoverMessages>,
      EnglishOf<typeof concernMessages>,
      EnglishOf<typeof concernPageMessages>,
      EnglishOf<typeof manualMessages>,
      EnglishOf<typeof placementMessages>,
      EnglishOf<typeof placementPageMessages>,
      EnglishOf<typeof probationMessages>,
      EnglishOf<typeof probationPageMessages>,
      EnglishOf<typeof probationReportMessages>,
      EnglishOf<typeof courtReportMessages>,
      EnglishOf<typeof courtReportPageMessages>,
      EnglishOf<typeof associationMessages>,
      EnglishOf<typeof accessMessages>,
      EnglishOf<typeof staffMessages>,
      EnglishOf<typeof peopleMessages>,
      EnglishOf<typeof personRecordMessages>,
      EnglishOf<typeof peopleImportMessages>,
      EnglishOf<typeof peoplePageMessages>,
      EnglishOf<typeof pinMessages>,
      EnglishOf<typeof peopleSearchMessages>,
      EnglishOf<typeof historyMessages>,
      EnglishOf<typeof subjectAccessMessages>,
      EnglishOf<typeof twoFactorMessages>,
      EnglishOf<typeof homeMessages>,
      EnglishOf<typeof referenceMessages>,
      EnglishOf<typeof roleMessages>,
      EnglishOf<typeof adminMessages> {}
}

const merge = (locale: Locale): MessageTable[Locale] =>
  catalogs.reduce<MessageTable[Locale]>((table, catalog) => ({ ...table, ...catalog[locale] }), {});

export const messages: MessageTable = { ky: merge('ky'), ru: merge('ru'), en: merge('en') };
