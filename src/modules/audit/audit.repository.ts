import { and, desc, eq, lt, lte, max, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db/pool.ts';
import { TIME_ZONE } from '../../platform/i18n/locales.ts';
import { auditEvents } from '../../platform/audit/audit.tables.ts';
import type { AuditFilters } from './audit.models.ts';

export type AuditEventRow = typeof auditEvents.$inferSelect;

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (character) => `\\${character}`);

/** The WHERE clause of the filters. Dates are whole days in Bishkek time; `to` includes its day. */
function conditionsOf(filters: AuditFilters): SQL | undefined {
  const conditions: (SQL | undefined)[] = [
    filters.username ? sql`lower(${auditEvents.username}) = lower(${filters.username})` : undefined,
    filters.personId ? eq(auditEvents.personId, filters.personId) : undefined,
    // An action or its beginning: `user.` finds every user.* action.
    filters.action ? sql`${auditEvents.action} LIKE ${`${escapeLike(filters.action)}%`}` : undefined,
    filters.outcome ? eq(auditEvents.outcome, filters.outcome) : undefined,
    filters.from ? sql`${auditEvents.occurredAt} >= (${filters.from}::date::timestamp AT TIME ZONE ${TIME_ZONE})` : undefined,
    filters.to ? sql`${auditEvents.occurredAt} < ((${filters.to}::date + 1)::timestamp AT TIME ZONE ${TIME_ZONE})` : undefined,
    filters.throughSeq === undefined ? undefined : lte(auditEvents.seq, filters.throughSeq),
  ];
  return and(...conditions.filter((condition) => condition !== undefined));
}

/** One page of matching events, newest first, and how many match in all. */
export async function searchAuditEvents(db: Executor, filters: AuditFilters, page: { limit: number; offset: number }) {
  const where = conditionsOf(filters);
  const [rows, [count]] = await Promise.all([
    db.select().from(auditEvents).where(where).orderBy(desc(auditEvents.seq)).limit(page.limit).offset(page.offset),
    db
      .select({ total: sql<number>`count(*)::int` })
      .from(auditEvents)
      .where(where),
  ]);
  return { rows, total: count?.total ?? 0 };
}

/** The next batch for an export, newest first, after `beforeSeq` (keyset paging: steady however far it goes). */
export function auditEventsBatch(db: Executor, filters: AuditFilters, beforeSeq: number | null, limit: number) {
  const where = and(conditionsOf(filters), beforeSeq === null ? undefined : lt(auditEvents.seq, beforeSeq));
  return db.select().from(auditEvents).where(where).orderBy(desc(auditEvents.seq)).limit(limit);
}

export function findAuditEvent(db: Executor, seq: number): Promise<AuditEventRow | undefined> {
  return db
    .select()
    .from(auditEvents)
    .where(eq(auditEvents.seq, seq))
    .then((rows) => rows[0]);
}

/** The newest event's sequence number (0 for an empty trail). */
export async function latestAuditSeq(db: Executor): Promise<number> {
  const [row] = await db.select({ seq: max(auditEvents.seq) }).from(auditEvents);
  return row?.seq ?? 0;
}
