import { and, desc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/pool.ts';
import { instruments, instrumentVersions } from '../assessments.tables.ts';

export type InstrumentRow = typeof instruments.$inferSelect;
export type InstrumentVersionRow = typeof instrumentVersions.$inferSelect;

export async function instrumentByCode(tx: Executor, code: string): Promise<InstrumentRow | undefined> {
  const [row] = await tx.select().from(instruments).where(eq(instruments.code, code));
  return row;
}

export async function instrumentById(tx: Executor, id: string): Promise<InstrumentRow | undefined> {
  const [row] = await tx.select().from(instruments).where(eq(instruments.id, id));
  return row;
}

export async function versionById(tx: Executor, id: string): Promise<InstrumentVersionRow | undefined> {
  const [row] = await tx.select().from(instrumentVersions).where(eq(instrumentVersions.id, id));
  return row;
}

/** The version new assessments are made with: the newest published one that is not retired. */
export async function currentVersion(tx: Executor, instrumentId: string): Promise<InstrumentVersionRow | undefined> {
  const [row] = await tx
    .select()
    .from(instrumentVersions)
    .where(and(eq(instrumentVersions.instrumentId, instrumentId), eq(instrumentVersions.status, 'published')))
    .orderBy(desc(instrumentVersions.version))
    .limit(1);
  return row;
}

export async function versionWithHash(tx: Executor, instrumentId: string, hash: string): Promise<InstrumentVersionRow | undefined> {
  const [row] = await tx
    .select()
    .from(instrumentVersions)
    .where(and(eq(instrumentVersions.instrumentId, instrumentId), eq(instrumentVersions.contentHash, hash)))
    .limit(1);
  return row;
}

export async function versionsOf(tx: Executor, instrumentId: string): Promise<InstrumentVersionRow[]> {
  return tx
    .select()
    .from(instrumentVersions)
    .where(eq(instrumentVersions.instrumentId, instrumentId))
    .orderBy(desc(instrumentVersions.version));
}

export async function nextVersionNumber(tx: Executor, instrumentId: string): Promise<number> {
  const result = await tx.execute<{ next: number }>(
    sql`select coalesce(max(version), 0) + 1 as next from instrument_versions where instrument_id = ${instrumentId}`,
  );
  return Number(result.rows[0]!.next);
}

/** Every instrument with its current version's number and status counts, for the administration list. */
export async function instrumentSummaries(tx: Executor) {
  const result = await tx.execute<{
    id: string;
    code: string;
    kind: InstrumentRow['kind'];
    name: InstrumentRow['name'];
    published_version: number | null;
    draft_versions: number;
  }>(sql`
    select i.id, i.code, i.kind, i.name,
      (select max(version) from instrument_versions v where v.instrument_id = i.id and v.status = 'published') as published_version,
      (select count(*)::int from instrument_versions v where v.instrument_id = i.id and v.status = 'draft') as draft_versions
    from instruments i order by i.code`);
  return result.rows;
}
