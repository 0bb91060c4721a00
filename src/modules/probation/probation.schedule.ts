import type { SCHEDULE_INTENSITIES } from './probation.tables.ts';

export type ScheduleIntensity = (typeof SCHEDULE_INTENSITIES)[number];
/** Days between supervision contacts for each intensity: read from `probation_settings`, never hard-coded law. */
export type ContactIntervals = Record<ScheduleIntensity, number>;

/**
 * The starting values shipped in the migration (weekly, fortnightly, monthly). Why these: the
 * risk–need–responsivity principle says supervision intensity follows risk, and these are common practice in
 * probation services, not a rule of the Law "On Probation" — so the service sets its own in `probation_settings`.
 * A person not yet classified is seen fortnightly: neither the most nor the least restrictive schedule until
 * the classification decides.
 */
export const SHIPPED_INTERVALS: ContactIntervals = { high: 7, medium: 14, low: 30, unclassified: 14 };

const DAY = 86_400_000;
const toTime = (isoDate: string) => Date.parse(`${isoDate}T00:00:00Z`);
export const addDays = (isoDate: string, days: number) => new Date(toTime(isoDate) + days * DAY).toISOString().slice(0, 10);
export const daysBetween = (from: string, to: string) => Math.round((toTime(to) - toTime(from)) / DAY);

/** The classification's supervision intensity as the schedule knows it (no classification: `unclassified`). */
export const scheduleIntensityOf = (intensity: 'high' | 'medium' | 'low' | null | undefined): ScheduleIntensity =>
  intensity ?? 'unclassified';

export type ScheduleInput = {
  intensity: ScheduleIntensity;
  intervals: ContactIntervals;
  startsOn: string;
  endsOn: string;
  /** The last contact the person attended; a missed contact does not reset the clock. */
  lastAttendedOn: string | null;
};

/**
 * When the next supervision contact is due: one interval after the last attended contact, or after the order
 * started when there has been none. Null when that day falls after the order ends (no further contact due).
 */
export function nextContactDue(input: ScheduleInput): string | null {
  const interval = input.intervals[input.intensity];
  const base = input.lastAttendedOn && input.lastAttendedOn > input.startsOn ? input.lastAttendedOn : input.startsOn;
  const due = addDays(base, interval);
  return due > input.endsOn ? null : due;
}

export type ContactStanding = { due: string | null; overdue: boolean; daysOverdue: number; dueThisWeek: boolean };

/** Whether the next contact is overdue on `today` (due strictly before it), by how many days, or due within a week. */
export function contactStanding(due: string | null, today: string): ContactStanding {
  if (due === null) return { due, overdue: false, daysOverdue: 0, dueThisWeek: false };
  const late = daysBetween(due, today);
  return { due, overdue: late > 0, daysOverdue: Math.max(0, late), dueThisWeek: late <= 0 && late > -7 };
}
