import { and, eq, inArray } from 'drizzle-orm';
import { type TimelineEntry, type TimelineSource, todayInBishkek } from '../people/people.service.ts';
import { historyLabel, historyParams } from './plans.history-wording.ts';
import type { HistoryEvent } from './plans.history.ts';
import { planHistory, plans } from './plans.tables.ts';

/**
 * The plan's milestones on the person's timeline, worded as in the plan's history: started, the person's
 * agreement, approved or returned, each review, a programme's outcome, closed. The day-to-day editing of
 * objectives and actions stays in the plan's own history, so the timeline stays readable.
 */
const MILESTONES: readonly HistoryEvent[] = ['start', 'agreement', 'approve', 'return', 'review', 'action_outcome', 'close'];

export const planTimeline: TimelineSource = async ({ tx, personIds, i18n }) => {
  const rows = await tx
    .select({ entry: planHistory })
    .from(planHistory)
    .innerJoin(plans, eq(plans.id, planHistory.planId))
    .where(and(inArray(plans.personId, personIds), inArray(planHistory.event, [...MILESTONES])));
  return rows.flatMap(({ entry }): TimelineEntry[] => {
    const label = historyLabel(entry.event);
    if (!label) return [];
    return [
      {
        kind: `plan_${entry.event}`,
        on: todayInBishkek(entry.at),
        at: entry.at,
        label,
        params: historyParams(entry, i18n),
        detail: entry.reason,
      },
    ];
  });
};
