import { eq, sql } from 'drizzle-orm';
import type { Database } from '../../platform/db/pool.ts';
import type { PeopleActor } from '../people/people.service.ts';
import { withReport } from './courtreports.access.ts';
import { CourtReportRefused } from './courtreports.errors.ts';
import { recordHistory } from './courtreports.history.ts';
import { decisionRefusal, followedRefusal, submissionRefusal } from './courtreports.models.ts';
import { interviewCount } from './courtreports.repository.ts';
import { courtReports, type FOLLOWED, type SENTENCES } from './courtreports.tables.ts';

/** Sends the report to a manager: refused until the inquiry and the recommendation are written. */
export async function submitReport(db: Database, actor: PeopleActor, input: { reportId: string; rowVersion: number }): Promise<void> {
  await withReport(
    db,
    actor,
    {
      reportId: input.reportId,
      permission: 'court_reports:write',
      action: 'court_report.submit',
      change: { step: 'submit', rowVersion: input.rowVersion },
    },
    async (tx, report) => {
      const refusal = submissionRefusal({ ...report, interviewCount: await interviewCount(tx, report.id) });
      if (refusal) throw new CourtReportRefused(refusal, 400);
      await tx
        .update(courtReports)
        .set({ status: 'submitted', submittedBy: actor.user.id, submittedAt: sql`now()`, returnComment: null })
        .where(eq(courtReports.id, report.id));
      await recordHistory(tx, { reportId: report.id, event: 'submit', userId: actor.user.id });
    },
  );
}

/**
 * A manager's decision (`court_reports:approve`): a second person — never the allocated officer, whoever wrote
 * the recommendation or whoever sent it. A return needs a comment and gives the report back to the officer.
 */
export async function decideReport(
  db: Database,
  actor: PeopleActor,
  input: { reportId: string; rowVersion: number; decision: 'approve' | 'return'; comment: string },
): Promise<void> {
  const comment = input.comment.trim();
  await withReport(
    db,
    actor,
    {
      reportId: input.reportId,
      permission: 'court_reports:approve',
      action: `court_report.${input.decision}`,
      reason: comment || undefined,
      change: { step: 'decide', rowVersion: input.rowVersion },
    },
    async (tx, report) => {
      const refusal = decisionRefusal({
        decision: input.decision,
        comment,
        actorId: actor.user.id,
        authorIds: [report.officerId, report.recommendedBy, report.submittedBy],
      });
      if (refusal) throw new CourtReportRefused(refusal, 400);
      const set =
        input.decision === 'approve'
          ? { status: 'approved' as const, approvedBy: actor.user.id, approvedAt: sql`now()`, returnComment: null }
          : { status: 'returned' as const, returnComment: comment };
      await tx.update(courtReports).set(set).where(eq(courtReports.id, report.id));
      await recordHistory(tx, { reportId: report.id, event: input.decision, userId: actor.user.id, reason: comment || null });
    },
  );
}

export type CourtDecisionInput = {
  decidedOn: string;
  sentence: (typeof SENTENCES)[number];
  sentenceDetails: string;
  followed: (typeof FOLLOWED)[number];
};

/**
 * The court's decision, recorded after the hearing: the sentence given and whether the recommendation was
 * followed (in full, in part, or not). It may be corrected later; the history keeps every version.
 */
export async function recordCourtDecision(
  db: Database,
  actor: PeopleActor,
  input: CourtDecisionInput & { reportId: string; rowVersion: number },
): Promise<void> {
  await withReport(
    db,
    actor,
    {
      reportId: input.reportId,
      permission: 'court_reports:write',
      action: 'court_report.court_decision',
      details: { sentence: input.sentence, followed: input.followed },
      change: { step: 'outcome', rowVersion: input.rowVersion },
    },
    async (tx, report) => {
      const refusal = followedRefusal(report.recommendation, input.followed);
      if (refusal) throw new CourtReportRefused(refusal, 400);
      if (input.decidedOn < report.receivedOn) throw new CourtReportRefused('decision_before_request', 400);
      await tx
        .update(courtReports)
        .set({
          status: 'decided',
          decidedOn: input.decidedOn,
          sentence: input.sentence,
          sentenceDetails: input.sentenceDetails || null,
          followed: input.followed,
          decisionRecordedBy: actor.user.id,
        })
        .where(eq(courtReports.id, report.id));
      await recordHistory(tx, {
        reportId: report.id,
        event: 'court_decision',
        userId: actor.user.id,
        details: { decidedOn: input.decidedOn, sentence: input.sentence, followed: input.followed },
      });
    },
  );
}
