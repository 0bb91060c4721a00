import { sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/pool.ts';
import { planHistory } from './plans.tables.ts';

/**
 * The events a plan's history records, worded in each language as `plans.history.<event>`. Every change to a
 * plan writes one, in the same transaction, so the history cannot miss a change or show one that rolled back.
 */
export const HISTORY_EVENTS = [
  'start',
  'objective_accepted',
  'objective_edited',
  'objective_added',
  'proposal_rejected',
  'action_added',
  'action_status',
  'action_enrolled',
  'action_outcome',
  'action_moved_up',
  'agreement',
  'submit',
  'approve',
  'return',
  'review',
  'close',
] as const;
export type HistoryEvent = (typeof HISTORY_EVENTS)[number];

export async function recordHistory(
  tx: Executor,
  entry: { planId: string; event: HistoryEvent; userId: string | null; reason?: string | null; details?: Record<string, string | null> },
): Promise<void> {
  await tx.insert(planHistory).values({
    planId: entry.planId,
    event: entry.event,
    userId: entry.userId,
    reason: entry.reason ?? null,
    details: entry.details ?? {},
    // The statement's own time, not the transaction's: changes made in one transaction keep their order.
    at: sql`clock_timestamp()`,
  });
}
