import { sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/pool.ts';
import { concernHistory } from './concerns.tables.ts';

/**
 * The events a concern's history records, worded in each language as `concerns.history.<event>`. Each step
 * writes one in its own transaction, so the history never misses a step nor shows one that rolled back.
 */
export const HISTORY_EVENTS = [
  'report',
  'triage',
  'investigate',
  'decide',
  'alert_raised',
  'review_requested',
  'plan',
  'review',
  'close',
] as const;
export type HistoryEvent = (typeof HISTORY_EVENTS)[number];

export async function recordHistory(
  tx: Executor,
  entry: { concernId: string; event: HistoryEvent; userId: string | null; reason?: string | null; details?: Record<string, string | null> },
): Promise<void> {
  await tx.insert(concernHistory).values({
    concernId: entry.concernId,
    event: entry.event,
    userId: entry.userId,
    reason: entry.reason ?? null,
    details: entry.details ?? {},
    // The statement's own time: steps written in one transaction keep their order.
    at: sql`clock_timestamp()`,
  });
}
