/**
 * When triage of a report is due: the configured number of working days after it was reported, at the same
 * time of day, counted in Bishkek (UTC+6 all year, no summer time). Saturdays and Sundays are not working days;
 * public holidays are not known to Kadam, so the setting should leave room for them.
 */
const BISHKEK_OFFSET_MS = 6 * 3600_000;
const DAY_MS = 86_400_000;

const weekdayInBishkek = (instant: Date) => new Date(instant.getTime() + BISHKEK_OFFSET_MS).getUTCDay();
const isWeekend = (day: number) => day === 0 || day === 6;

export function triageDueAt(reportedAt: Date, workingDays: number): Date {
  let due = reportedAt.getTime();
  let left = Math.max(0, Math.floor(workingDays));
  // A report made on a Saturday or Sunday counts from Monday at the start of the day.
  while (isWeekend(weekdayInBishkek(new Date(due)))) {
    const local = new Date(due + BISHKEK_OFFSET_MS);
    due = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate() + 1) - BISHKEK_OFFSET_MS;
  }
  while (left > 0) {
    due += DAY_MS;
    if (!isWeekend(weekdayInBishkek(new Date(due)))) left -= 1;
  }
  return new Date(due);
}

/** Overdue once the due moment has passed and the concern is still waiting for triage. */
export const triageOverdue = (concern: { status: string; triageDueAt: Date }, now: Date) =>
  concern.status === 'reported' && concern.triageDueAt.getTime() < now.getTime();
