import type { ScheduleIntensity } from './probation.schedule.ts';

export type CaseloadEntry = {
  orderId: string;
  intensity: ScheduleIntensity;
  overdue: boolean;
  daysOverdue: number;
  /** Violations in the last 90 days. */
  recentViolations: number;
  due: string | null;
};

/** Higher supervision intensity comes first; an unclassified person ranks with medium until classified. */
const INTENSITY_RANK: Record<ScheduleIntensity, number> = { high: 3, medium: 2, unclassified: 2, low: 1 };

/**
 * An officer's caseload in the order of what needs attention: supervision intensity first (risk decides the
 * effort), then overdue contacts (the longest overdue first), then recent violations, then the nearest due date.
 */
export function byPriority<T extends CaseloadEntry>(entries: readonly T[]): T[] {
  return [...entries].sort(
    (a, b) =>
      INTENSITY_RANK[b.intensity] - INTENSITY_RANK[a.intensity] ||
      Number(b.overdue) - Number(a.overdue) ||
      b.daysOverdue - a.daysOverdue ||
      b.recentViolations - a.recentViolations ||
      (a.due ?? '9999-12-31').localeCompare(b.due ?? '9999-12-31'),
  );
}
