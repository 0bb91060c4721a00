import { eq, sql } from 'drizzle-orm';
import type { Database } from '../../platform/db/pool.ts';
import { assessmentsInForce } from '../assessments/assessments.service.ts';
import type { PeopleActor } from '../people/people.service.ts';
import { withReport } from './courtreports.access.ts';
import { CourtReportRefused } from './courtreports.errors.ts';
import { recordHistory } from './courtreports.history.ts';
import { STEP_FROM } from './courtreports.models.ts';
import { type InterviewRow, interviewsOf, namesOfReport, type ReportNames, type ReportRow, userNames } from './courtreports.repository.ts';
import { courtReports } from './courtreports.tables.ts';

export type DocumentLanguage = 'ky' | 'ru';

export type ReportDocument = {
  report: ReportRow;
  names: ReportNames;
  interviews: InterviewRow[];
  approvedBy: string;
  /** The linked screening assessment, if it is still in force: its instrument and when it was approved. */
  screening: { instrumentCode: string; reviewedAt: Date | null } | null;
  produced: { at: Date; by: string };
};

/**
 * The report as issued to the court, in Kyrgyz or Russian. Only an approved report (or one the court has since
 * decided on) is issued; each issue is audited as `court_report.issue` with the language and written to the
 * report's history, so every printed copy is accounted for.
 */
export async function issueReport(db: Database, actor: PeopleActor, reportId: string, language: DocumentLanguage): Promise<ReportDocument> {
  return withReport(
    db,
    actor,
    { reportId, permission: 'court_reports:write', action: 'court_report.issue', details: { language } },
    async (tx, report) => {
      if (!STEP_FROM.issue!.includes(report.status)) throw new CourtReportRefused('not_approved', 409);
      if (!report.firstIssuedAt)
        await tx
          .update(courtReports)
          .set({ firstIssuedAt: sql`now()` })
          .where(eq(courtReports.id, report.id));
      await recordHistory(tx, { reportId: report.id, event: 'issued', userId: actor.user.id, details: { language } });
      const screening = report.screeningAssessmentId
        ? ((await assessmentsInForce(tx, report.personId)).find((assessment) => assessment.id === report.screeningAssessmentId) ?? null)
        : null;
      const approver = (await userNames(tx, [report.approvedBy])).get(report.approvedBy ?? '') ?? '—';
      return {
        report,
        names: await namesOfReport(tx, report),
        interviews: await interviewsOf(tx, report.id),
        approvedBy: approver,
        screening: screening ? { instrumentCode: screening.instrumentCode, reviewedAt: screening.reviewedAt } : null,
        produced: { at: new Date(), by: `${actor.user.displayName} (${actor.user.username})` },
      };
    },
  );
}
