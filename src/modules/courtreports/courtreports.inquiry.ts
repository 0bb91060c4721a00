import { eq } from 'drizzle-orm';
import type { Database } from '../../platform/db/pool.ts';
import { assessmentsInForce } from '../assessments/assessments.service.ts';
import type { PeopleActor } from '../people/people.service.ts';
import { withReport } from './courtreports.access.ts';
import { CourtReportRefused } from './courtreports.errors.ts';
import { recordHistory } from './courtreports.history.ts';
import { courtReportInterviews, courtReports, type RECOMMENDATIONS } from './courtreports.tables.ts';

export type InterviewInput = { interviewee: string; heldOn: string; place: string; summary: string };

/** Adds an interview held for the inquiry (with the person, family, employer, neighbours…). */
export async function addInterview(
  db: Database,
  actor: PeopleActor,
  input: InterviewInput & { reportId: string; rowVersion: number },
): Promise<void> {
  await withReport(
    db,
    actor,
    {
      reportId: input.reportId,
      permission: 'court_reports:write',
      action: 'court_report.interview',
      change: { step: 'write', rowVersion: input.rowVersion },
    },
    async (tx, report) => {
      if (input.heldOn < report.receivedOn) throw new CourtReportRefused('interview_before_request', 400);
      await tx.insert(courtReportInterviews).values({
        reportId: report.id,
        interviewee: input.interviewee,
        heldOn: input.heldOn,
        place: input.place,
        summary: input.summary,
        createdBy: actor.user.id,
      });
      await recordHistory(tx, {
        reportId: report.id,
        event: 'interview_added',
        userId: actor.user.id,
        details: { interviewee: input.interviewee, heldOn: input.heldOn },
      });
    },
  );
}

export type InquiryInput = {
  screeningAssessmentId: string | null;
  screeningNote: string | null;
  familySituation: string;
  employmentSituation: string;
  needs: string;
  personView: string;
};

/**
 * Saves the inquiry. The screening links an assessment in force for the person (the assessments module's
 * `assessmentsInForce`), or says in a note why there is none; a link to any other assessment is refused.
 */
export async function saveInquiry(
  db: Database,
  actor: PeopleActor,
  input: InquiryInput & { reportId: string; rowVersion: number },
): Promise<void> {
  await withReport(
    db,
    actor,
    {
      reportId: input.reportId,
      permission: 'court_reports:write',
      action: 'court_report.inquiry',
      change: { step: 'write', rowVersion: input.rowVersion },
    },
    async (tx, report) => {
      if (input.screeningAssessmentId) {
        const inForce = await assessmentsInForce(tx, report.personId);
        if (!inForce.some((assessment) => assessment.id === input.screeningAssessmentId))
          throw new CourtReportRefused('assessment_unknown', 400);
      }
      await tx
        .update(courtReports)
        .set({
          screeningAssessmentId: input.screeningAssessmentId,
          screeningNote: input.screeningAssessmentId ? null : input.screeningNote,
          familySituation: input.familySituation || null,
          employmentSituation: input.employmentSituation || null,
          needs: input.needs || null,
          personView: input.personView || null,
        })
        .where(eq(courtReports.id, report.id));
      await recordHistory(tx, { reportId: report.id, event: 'inquiry_saved', userId: actor.user.id });
    },
  );
}

export type RecommendationInput = {
  recommendation: (typeof RECOMMENDATIONS)[number];
  reasons: string;
  proposedConditions: string;
};

/** Saves the recommendation to the court, with its reasons and the conditions proposed; its writer is an author. */
export async function saveRecommendation(
  db: Database,
  actor: PeopleActor,
  input: RecommendationInput & { reportId: string; rowVersion: number },
): Promise<void> {
  await withReport(
    db,
    actor,
    {
      reportId: input.reportId,
      permission: 'court_reports:write',
      action: 'court_report.recommendation',
      details: { recommendation: input.recommendation },
      change: { step: 'write', rowVersion: input.rowVersion },
    },
    async (tx, report) => {
      await tx
        .update(courtReports)
        .set({
          recommendation: input.recommendation,
          recommendationReasons: input.reasons,
          proposedConditions: input.proposedConditions || null,
          recommendedBy: actor.user.id,
        })
        .where(eq(courtReports.id, report.id));
      await recordHistory(tx, {
        reportId: report.id,
        event: 'recommendation_saved',
        userId: actor.user.id,
        details: { recommendation: input.recommendation },
      });
    },
  );
}
