import { sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/pool.ts';
import { courtReportHistory } from './courtreports.tables.ts';

/**
 * The events a report's history records, worded in each language as `courtReports.history.<event>`. Every
 * change writes one in the same transaction, so the history cannot miss a change or show one that rolled back.
 */
export const HISTORY_EVENTS = [
  'requested',
  'request_changed',
  'episode_opened',
  'interview_added',
  'inquiry_saved',
  'recommendation_saved',
  'submit',
  'approve',
  'return',
  'issued',
  'court_decision',
] as const;
export type HistoryEvent = (typeof HISTORY_EVENTS)[number];

export async function recordHistory(
  tx: Executor,
  entry: { reportId: string; event: HistoryEvent; userId: string; reason?: string | null; details?: Record<string, string | null> },
): Promise<void> {
  await tx.insert(courtReportHistory).values({
    reportId: entry.reportId,
    event: entry.event,
    userId: entry.userId,
    reason: entry.reason ?? null,
    details: entry.details ?? {},
    // The statement's own time, not the transaction's: changes made in one transaction keep their order.
    at: sql`clock_timestamp()`,
  });
}
