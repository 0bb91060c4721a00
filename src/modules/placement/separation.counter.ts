/**
 * Counting time in separation or solitary conditions against its limit. The Nelson Mandela Rules (43, 44)
 * forbid prolonged solitary confinement — more than 15 consecutive days — so Kadam warns before the limit,
 * marks the day it is reached, and past it requires an extension a manager approved. The limit, the warning
 * and what counts as a break are configuration, not law written into code: a service sets its own, within
 * the Rules. Pure, with "today" passed in, so every edge is tested with a fixed date.
 */

export type SeparationPeriod = { from: string; to: string | null };
export type Extension = { approvedUntil: string };

export type SeparationSettings = {
  /** Consecutive days allowed (Mandela Rule 44: more than 15 is prolonged). */
  limitDays: number;
  /** How many days before the limit the warning starts. */
  warnDaysBefore: number;
  /**
   * Days out of separation that end a run. Shorter gaps are counted through (and the days out counted with
   * them), so taking someone out for a day cannot reset the count [check: the service's own rule].
   */
  breakDays: number;
};

export const DEFAULT_SEPARATION_SETTINGS: SeparationSettings = { limitDays: 15, warnDaysBefore: 3, breakDays: 2 };

export type SeparationStatus = 'none' | 'ok' | 'approaching' | 'at_limit' | 'extended' | 'over_limit';

export type SeparationCount = {
  status: SeparationStatus;
  /** Days of the current run, counting both its first day and today; 0 when not in separation today. */
  consecutiveDays: number;
  runStartedOn: string | null;
  /** The last day inside the limit; from the day after, an approved extension is needed. */
  limitOn: string | null;
};

const DAY = 86_400_000;
const dayNumber = (iso: string) => Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY);
const isoOf = (day: number) => new Date(day * DAY).toISOString().slice(0, 10);

/** The run of separation that includes today, with gaps shorter than `breakDays` counted through. */
function currentRun(periods: readonly SeparationPeriod[], today: number, breakDays: number): { start: number } | null {
  const spans = periods
    .map((period) => ({ start: dayNumber(period.from), end: period.to === null ? today : Math.min(dayNumber(period.to), today) }))
    .filter((span) => span.start <= today && span.end >= span.start)
    .sort((a, b) => b.start - a.start);
  const latest = spans[0];
  if (!latest || latest.end < today) return null;
  let start = latest.start;
  for (const span of spans.slice(1)) {
    const gap = start - span.end - 1;
    if (gap >= breakDays) break;
    start = Math.min(start, span.start);
  }
  return { start };
}

export function countSeparation(
  periods: readonly SeparationPeriod[],
  extensions: readonly Extension[],
  today: string,
  settings: SeparationSettings = DEFAULT_SEPARATION_SETTINGS,
): SeparationCount {
  const now = dayNumber(today);
  const run = currentRun(periods, now, settings.breakDays);
  if (!run) return { status: 'none', consecutiveDays: 0, runStartedOn: null, limitOn: null };
  const consecutiveDays = now - run.start + 1;
  const limitOn = isoOf(run.start + settings.limitDays - 1);
  const base = { consecutiveDays, runStartedOn: isoOf(run.start), limitOn };
  if (consecutiveDays > settings.limitDays) {
    const covered = extensions.some((extension) => dayNumber(extension.approvedUntil) >= now);
    return { ...base, status: covered ? 'extended' : 'over_limit' };
  }
  if (consecutiveDays === settings.limitDays) return { ...base, status: 'at_limit' };
  if (consecutiveDays > settings.limitDays - settings.warnDaysBefore) return { ...base, status: 'approaching' };
  return { ...base, status: 'ok' };
}
