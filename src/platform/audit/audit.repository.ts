import type { Executor } from '../db/pool.ts';
import { auditEvents } from './audit.tables.ts';

export type AuditEventInsert = typeof auditEvents.$inferInsert;

export async function insertAuditEvent(db: Executor, event: AuditEventInsert): Promise<number> {
  const [row] = await db.insert(auditEvents).values(event).returning({ seq: auditEvents.seq });
  if (!row) throw new Error('audit insert returned no row');
  return row.seq;
}
