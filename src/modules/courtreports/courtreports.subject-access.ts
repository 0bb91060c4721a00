import { asc, eq } from 'drizzle-orm';
import { type SubjectAccessRow, type SubjectAccessSection, subjectAccessCode, subjectAccessInstant } from '../people/people.service.ts';
import { interviewsOf, namesOfReport } from './courtreports.repository.ts';
import { courtReports } from './courtreports.tables.ts';

/**
 * The person's reports for courts in the subject access export: the request, every interview, the inquiry, the
 * recommendation and the court's decision. The law gives the person everything held about them, so nothing is
 * left out; the export itself checks `people:subject_access` and audits itself.
 */
export const courtReportSection: SubjectAccessSection = {
  key: 'courtReports',
  title: 'courtReports.subjectAccess.title',
  layout: 'entries',
  codes: {
    status: subjectAccessCode('courtReports.status'),
    courtRecommendation: subjectAccessCode('courtReports.recommendation'),
    courtSentence: subjectAccessCode('courtReports.sentence'),
    courtFollowed: subjectAccessCode('courtReports.followed'),
  },
  async rows({ tx, person, userName, unitName }): Promise<SubjectAccessRow[]> {
    const reports = await tx.select().from(courtReports).where(eq(courtReports.personId, person.id)).orderBy(asc(courtReports.createdAt));
    const rows: SubjectAccessRow[] = [];
    for (const report of reports) {
      const names = await namesOfReport(tx, report);
      const interviews = await interviewsOf(tx, report.id);
      rows.push({
        id: report.id,
        court: names.court ?? report.courtName,
        courtJudge: report.judge,
        caseNumber: report.caseNumber,
        courtReceivedOn: report.receivedOn,
        courtDeadline: report.deadline,
        courtQuestions: report.questions,
        office: await unitName(report.officeId),
        courtReportOfficer: await userName(report.officerId),
        status: report.status,
        inquiryInterviews: interviews.map((row) => `${row.heldOn} — ${row.interviewee} — ${row.place}: ${row.summary}`),
        inquiryFamily: report.familySituation,
        inquiryEmployment: report.employmentSituation,
        inquiryNeeds: report.needs,
        inquiryPersonView: report.personView,
        courtRecommendation: report.recommendation,
        courtRecommendationReasons: report.recommendationReasons,
        courtProposedConditions: report.proposedConditions,
        courtReportApprovedBy: await userName(report.approvedBy),
        courtDecidedOn: report.decidedOn,
        courtSentence: report.sentence,
        courtFollowed: report.followed,
        createdBy: await userName(report.createdBy),
        createdAt: subjectAccessInstant(report.createdAt),
      });
    }
    return rows;
  },
};
