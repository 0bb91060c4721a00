import { asc, desc, sql } from 'drizzle-orm';
import type { Database, Executor } from '../db/pool.ts';
import { type CanonicalEvent, SEALED_COLUMNS, type SealRow, sealsFor } from './audit.chain.ts';
import { auditSeals } from './audit.tables.ts';
import { type ChainVerification, verifyChain } from './audit.verify.ts';

/** Any fixed number: the key of the advisory lock that lets one sealer at a time extend the chain. */
const SEALER_LOCK_KEY = 0x6b6164616d; // "kadam"
/** Events sealed per transaction, so the lock on new audit writes is held for milliseconds, not minutes. */
const BATCH_SIZE = 1000;

/** Every column as PostgreSQL prints it; timestamps in UTC to the microsecond so no precision is lost. */
const canonicalSelect = sql.raw(
  SEALED_COLUMNS.map(({ name, timestamp }) =>
    timestamp ? `to_char("${name}" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "${name}"` : `"${name}"::text AS "${name}"`,
  ).join(', '),
);

async function canonicalEvents(db: Executor, afterSeq: number, limit?: number): Promise<CanonicalEvent[]> {
  const limitClause = limit === undefined ? sql`` : sql` LIMIT ${limit}`;
  const result = await db.execute<Record<string, string | null>>(
    // Qualified: a bare `seq` in ORDER BY would name the text output column and sort "10" before "9".
    sql`SELECT ${canonicalSelect} FROM audit_events WHERE audit_events.seq > ${afterSeq} ORDER BY audit_events.seq${limitClause}`,
  );
  return result.rows;
}

/** Thrown in `nowait` mode when another sealer runs or audit events are being written at this moment. */
export class SealingBusy extends Error {
  override name = 'SealingBusy';
}

const LOCK_NOT_AVAILABLE = '55P03';
const isLockNotAvailable = (error: unknown): boolean =>
  (error as { code?: string }).code === LOCK_NOT_AVAILABLE || (error as { cause?: { code?: string } }).cause?.code === LOCK_NOT_AVAILABLE;

/**
 * Seals the events written since the last seal into the hash chain, in `seq` order, and returns how many.
 * One sealer at a time (advisory lock). The SHARE lock on `audit_events` conflicts with every transaction still
 * writing events, whose lower `seq` could otherwise commit after a higher one was sealed, so no event can later
 * appear below the sealed part. It holds new audit writes back only while one batch is hashed.
 *
 * Waiting for that lock would also queue every new audit write behind the sealer, so the background job uses
 * `nowait`: if writes are in flight it throws `SealingBusy` at once and tries again later. The command waits, up
 * to `lockTimeoutMs`.
 */
export async function sealPendingEvents(db: Database, options: { lockTimeoutMs?: number; nowait?: boolean } = {}): Promise<number> {
  let total = 0;
  for (;;) {
    const sealed = await db
      .transaction(async (tx) => {
        if (options.nowait) {
          const { rows } = await tx.execute<{ locked: boolean }>(sql`SELECT pg_try_advisory_xact_lock(${SEALER_LOCK_KEY}) AS locked`);
          if (!rows[0]?.locked) throw new SealingBusy('another sealer is running');
          await tx.execute(sql`LOCK TABLE audit_events IN SHARE MODE NOWAIT`);
        } else {
          await tx.execute(sql.raw(`SET LOCAL lock_timeout = ${Math.max(1, Math.round(options.lockTimeoutMs ?? 5000))}`));
          await tx.execute(sql`SELECT pg_advisory_xact_lock(${SEALER_LOCK_KEY})`);
          await tx.execute(sql`LOCK TABLE audit_events IN SHARE MODE`);
        }
        const [last] = await tx.select().from(auditSeals).orderBy(desc(auditSeals.position)).limit(1);
        const events = await canonicalEvents(tx, last?.eventSeq ?? 0, BATCH_SIZE);
        const seals = sealsFor(events, last);
        if (seals.length > 0) await tx.insert(auditSeals).values(seals);
        return seals.length;
      })
      .catch((error: unknown) => {
        if (options.nowait && isLockNotAvailable(error)) throw new SealingBusy('audit events are being written');
        throw error;
      });
    total += sealed;
    if (sealed < BATCH_SIZE) return total;
  }
}

/** Reads the whole trail and its seals and recomputes the chain (see `verifyChain`). */
export async function verifyAuditTrail(db: Executor): Promise<ChainVerification> {
  const seals: SealRow[] = await db
    .select({
      position: auditSeals.position,
      eventSeq: auditSeals.eventSeq,
      eventHash: auditSeals.eventHash,
      chainHash: auditSeals.chainHash,
    })
    .from(auditSeals)
    .orderBy(asc(auditSeals.position));
  return verifyChain(await canonicalEvents(db, 0), seals);
}

/** How far sealing has got, for the auditor's page: sealed count and when the last seal was made. */
export async function sealingStatus(db: Executor): Promise<{ sealed: number; lastSealedAt: Date | null }> {
  const [row] = await db
    .select({ sealed: sql<number>`count(*)::int`, lastSealedAt: sql<Date | null>`max(${auditSeals.sealedAt})` })
    .from(auditSeals);
  const last = row?.lastSealedAt ?? null;
  return { sealed: row?.sealed ?? 0, lastSealedAt: last === null ? null : new Date(last) };
}
