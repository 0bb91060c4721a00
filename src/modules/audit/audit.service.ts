import { type AuditActor, recordAudit } from '../../platform/audit/audit.service.ts';
import { sealingStatus } from '../../platform/audit/audit.sealing.ts';
import type { Database } from '../../platform/db/pool.ts';
import { notFound } from '../../platform/http/errors.ts';
import { csvHeader, csvRow } from './audit.csv.ts';
import { type AuditFilters, PAGE_SIZE } from './audit.models.ts';
import { auditEventsBatch, findAuditEvent, latestAuditSeq, searchAuditEvents } from './audit.repository.ts';

const EXPORT_BATCH = 1000;

/**
 * One page of the trail for an auditor. Reading the trail is itself recorded (`audit.view`, with the filters)
 * in the same transaction as the read: if that record cannot be written, nothing is shown.
 */
export async function listAuditEvents(db: Database, actor: AuditActor, filters: AuditFilters, page: number) {
  return db.transaction(async (tx) => {
    // Pinned to the newest event before this view, so paging is not shifted by events written meanwhile
    // (this view's own included).
    const pinned = { ...filters, throughSeq: filters.throughSeq ?? (await latestAuditSeq(tx)) };
    await recordAudit(tx, actor, { action: 'audit.view', details: { filters, page } });
    const result = await searchAuditEvents(tx, pinned, { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
    return { ...result, throughSeq: pinned.throughSeq, sealing: await sealingStatus(tx) };
  });
}

/** One event with its details and field changes; opening it is recorded too. */
export async function viewAuditEvent(db: Database, actor: AuditActor, seq: number) {
  return db.transaction(async (tx) => {
    const event = await findAuditEvent(tx, seq);
    if (!event) throw notFound('audit.event_not_found');
    await recordAudit(tx, actor, { action: 'audit.view_event', resourceType: 'audit_event', resourceId: String(seq) });
    return event;
  });
}

/**
 * The CSV export. The `audit.export` event (with the filters) is committed before the first byte is sent, so an
 * export that cannot be recorded sends nothing; the rows then stream in batches, newest first, so an export of
 * the whole trail never sits in memory.
 */
export async function exportAuditCsv(db: Database, actor: AuditActor, filters: AuditFilters): Promise<AsyncIterable<string>> {
  await db.transaction((tx) => recordAudit(tx, actor, { action: 'audit.export', details: { filters, format: 'csv' } }));
  return (async function* rows() {
    yield csvHeader();
    let before: number | null = null;
    for (;;) {
      const batch = await auditEventsBatch(db, filters, before, EXPORT_BATCH);
      if (batch.length > 0) yield batch.map(csvRow).join('');
      if (batch.length < EXPORT_BATCH) return;
      before = batch[batch.length - 1]!.seq;
    }
  })();
}
