import { type ContactIntervals, nextContactDue, type ScheduleIntensity } from './probation.schedule.ts';

export const DUE_STANDINGS = ['on_time', 'late', 'missed'] as const;
export type DueStanding = (typeof DUE_STANDINGS)[number];

export type OrderContacts = {
  intensity: ScheduleIntensity;
  startsOn: string;
  endsOn: string;
  /** The day the order closed early, if it did: nothing falls due after it. */
  closedOn: string | null;
  /** Attended contacts' days (a missed contact does not meet a due date, as for the schedule). */
  attendedOn: readonly string[];
};

/**
 * The contacts that fell due on an order, each with whether it was met: on time (an attended contact on or
 * before the due day, after the previous one), late (the next attended contact came after the due day) or
 * missed (none yet by `today`). The schedule is the supervision page's own (`nextContactDue`): each due day is
 * one interval after the last attended contact. Only due days in [from, to] and not after `today` are given.
 */
export function dueContacts(
  order: OrderContacts,
  intervals: ContactIntervals,
  period: { from: string | null; to: string; today: string },
): { due: string; standing: DueStanding }[] {
  const attended = [...order.attendedOn].sort();
  const last = [period.to, period.today, order.closedOn ?? order.endsOn].sort()[0]!;
  const result: { due: string; standing: DueStanding }[] = [];
  let lastAttendedOn: string | null = null;
  for (;;) {
    const due = nextContactDue({ ...order, intervals, lastAttendedOn });
    if (due === null || due > last) return result;
    const base: string = lastAttendedOn ?? order.startsOn;
    const met: string | undefined = attended.find((day) => day > base);
    const standing: DueStanding = met === undefined ? 'missed' : met <= due ? 'on_time' : 'late';
    if (period.from === null || due >= period.from) result.push({ due, standing });
    if (met === undefined) return result;
    lastAttendedOn = met;
  }
}
