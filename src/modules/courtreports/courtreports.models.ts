import type { CourtReportRefusal } from './courtreports.errors.ts';
import type { FOLLOWED, RECOMMENDATIONS, REPORT_STATUSES } from './courtreports.tables.ts';

type Status = (typeof REPORT_STATUSES)[number];

/** A report whose deadline is this many days away or nearer is "due" on the officer's worklist. */
export const DUE_WITHIN_DAYS = 5;

export function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

export type DeadlineStatus = 'done' | 'overdue' | 'due' | 'on_time';

/**
 * Where a report stands against the court's deadline. Once approved the officer's work is done (the court may
 * have it); until then it is overdue after the deadline day, due from DUE_WITHIN_DAYS before it.
 */
export function deadlineStatus(report: { status: Status; deadline: string }, today: string): DeadlineStatus {
  if (report.status === 'approved' || report.status === 'decided') return 'done';
  if (report.deadline < today) return 'overdue';
  if (report.deadline <= addDays(today, DUE_WITHIN_DAYS)) return 'due';
  return 'on_time';
}

/**
 * What each step may start from: the request, the inquiry and the recommendation are written while the report is
 * a draft or returned; a manager decides a submitted one; the court's decision follows an approved report (and
 * may be corrected afterwards, the history keeping both).
 */
export const STEP_FROM: Readonly<Record<string, readonly Status[]>> = {
  write: ['draft', 'returned'],
  submit: ['draft', 'returned'],
  decide: ['submitted'],
  issue: ['approved', 'decided'],
  outcome: ['approved', 'decided'],
};
export type ReportStep = keyof typeof STEP_FROM;

/** Sending for approval needs the inquiry done: an interview, each situation written, and a recommendation with reasons. */
export function submissionRefusal(report: {
  interviewCount: number;
  familySituation: string | null;
  employmentSituation: string | null;
  personView: string | null;
  screeningAssessmentId: string | null;
  screeningNote: string | null;
  recommendation: string | null;
  recommendationReasons: string | null;
}): CourtReportRefusal | null {
  if (report.interviewCount === 0) return 'no_interviews';
  if (!report.familySituation || !report.employmentSituation || !report.personView) return 'inquiry_incomplete';
  if (!report.screeningAssessmentId && !report.screeningNote) return 'inquiry_incomplete';
  if (!report.recommendation || !report.recommendationReasons) return 'no_recommendation';
  return null;
}

/** A manager's decision: never by the report's authors (the allocated officer, who recommended, who sent it); a return says why. */
export function decisionRefusal(check: {
  decision: 'approve' | 'return';
  comment: string;
  actorId: string;
  authorIds: readonly (string | null)[];
}): CourtReportRefusal | null {
  if (check.authorIds.includes(check.actorId)) return 'own_report';
  if (check.decision === 'return' && check.comment.trim() === '') return 'comment_required';
  return null;
}

/** "Not applicable" is for a report that made no recommendation, and only for it. */
export function followedRefusal(
  recommendation: (typeof RECOMMENDATIONS)[number] | null,
  followed: (typeof FOLLOWED)[number],
): CourtReportRefusal | null {
  const none = recommendation === 'no_recommendation';
  if (none && followed !== 'not_applicable') return 'followed_not_applicable';
  if (!none && followed === 'not_applicable') return 'followed_required';
  return null;
}

export type OutcomeCounts = { followed: number; partly: number; notFollowed: number; notApplicable: number };

/**
 * The rate of followed recommendations: of the decided reports that made a recommendation, the share the court
 * followed in full, and the share followed at least in part. Reports without a recommendation are left out of
 * both; with none decided there is no rate (null), never a misleading 0 %.
 */
export function followedRates(counts: OutcomeCounts): { decided: number; followedRate: number | null; atLeastPartlyRate: number | null } {
  const decided = counts.followed + counts.partly + counts.notFollowed;
  if (decided === 0) return { decided, followedRate: null, atLeastPartlyRate: null };
  return {
    decided,
    followedRate: counts.followed / decided,
    atLeastPartlyRate: (counts.followed + counts.partly) / decided,
  };
}
