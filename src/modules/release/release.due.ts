/**
 * The release module's dates, as pure functions: when a pre-release plan is due, when the handover to
 * probation must be sent, and when it is overdue on either side. All dates are yyyy-mm-dd (Bishkek days).
 */

/** Preparation for release starts this many months before the release date (issue 6, reintegration pathways). */
export const PRE_RELEASE_WINDOW_MONTHS = 6;

/** The handover deadline when none is configured: a month before release leaves time to plan supervision. */
export const DEFAULT_HANDOVER_DAYS_BEFORE_RELEASE = 30;

const parse = (iso: string) => {
  const [year, month, day] = iso.split('-').map(Number);
  return { year: year!, month: month!, day: day! };
};
const format = (date: Date) => date.toISOString().slice(0, 10);

/** The same day `months` calendar months earlier; the 31 August less six months is the last day of February. */
export function monthsBefore(iso: string, months: number): string {
  const { year, month, day } = parse(iso);
  const first = new Date(Date.UTC(year, month - 1 - months, 1));
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  return format(new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), Math.min(day, lastDay))));
}

export function daysBefore(iso: string, days: number): string {
  const { year, month, day } = parse(iso);
  return format(new Date(Date.UTC(year, month - 1, day - days)));
}

export type DueVerdict =
  | { due: true; windowOpenedOn: string }
  | { due: false; reason: 'no_release_date' | 'released' | 'before_window'; windowOpensOn: string | null };

/**
 * Is a pre-release plan due for this person today? Only for someone still held, with a known release date
 * that is today or later and no more than six months away. Someone already released (or whose date has
 * passed) gets no new plan: that is probation's work now.
 */
export function preReleasePlanDue(input: { releaseOn: string | null; inCustody: boolean; today: string }): DueVerdict {
  if (!input.releaseOn) return { due: false, reason: 'no_release_date', windowOpensOn: null };
  const opensOn = monthsBefore(input.releaseOn, PRE_RELEASE_WINDOW_MONTHS);
  if (!input.inCustody || input.releaseOn < input.today) return { due: false, reason: 'released', windowOpensOn: opensOn };
  if (input.today < opensOn) return { due: false, reason: 'before_window', windowOpensOn: opensOn };
  return { due: true, windowOpenedOn: opensOn };
}

/** The last day the handover may be sent: the configured number of days before the release date. */
export const handoverSendBy = (releaseOn: string, daysBeforeRelease: number) => daysBefore(releaseOn, daysBeforeRelease);

export type HandoverStage = 'to_send' | 'to_acknowledge' | 'acknowledged';

/**
 * Where a handover stands and whether it is late: not sent after its deadline, or sent but not acknowledged
 * once the release date has passed. Both count as overdue on both sides' worklists.
 */
export function handoverStanding(input: { releaseOn: string; sendBy: string; sent: boolean; acknowledged: boolean; today: string }): {
  stage: HandoverStage;
  overdue: boolean;
} {
  if (input.acknowledged) return { stage: 'acknowledged', overdue: false };
  if (!input.sent) return { stage: 'to_send', overdue: input.today > input.sendBy };
  return { stage: 'to_acknowledge', overdue: input.today > input.releaseOn };
}

/** A release date the module takes (the release route) must not be before the admission it ends, nor past. */
export function releaseDateProblem(input: {
  releaseOn: string;
  admittedOn: string | null;
  today: string;
}): 'before_admission' | 'in_past' | null {
  if (input.admittedOn && input.releaseOn < input.admittedOn) return 'before_admission';
  if (input.releaseOn < input.today) return 'in_past';
  return null;
}
