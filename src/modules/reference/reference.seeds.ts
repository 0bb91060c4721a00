import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Database } from '../../platform/db/pool.ts';
import { seedFiles } from '../../platform/db/seed.tables.ts';
import { orgUnits, territories } from '../../platform/org/org.tables.ts';
import { agenciesSeed, criminalCodeSeed, orgUnitsSeed, territoriesSeed } from './reference.schemas.ts';

export const REFERENCE_SEEDS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../seeds/reference');

type Tx = Parameters<Parameters<Database['transaction']>[0]>[0];
export type SeedOutcome = {
  file: string;
  version: number;
  status: 'loaded' | 'unchanged';
  inserted: number;
  updated: number;
  keptEdited: number;
};

/**
 * Loads the versioned reference files in dependency order, each in one transaction. A file whose version and
 * content were loaded before is skipped, so re-running is harmless. Rows an administrator has edited in Kadam
 * (version > 1) keep the administrator's values; new codes are always added.
 */
export async function loadReferenceData(db: Database, options: { dir?: string; onProgress?: (message: string) => void } = {}) {
  const dir = options.dir ?? REFERENCE_SEEDS_DIR;
  const outcomes: SeedOutcome[] = [];
  const steps = [
    { file: 'territories.json', schema: territoriesSeed, apply: applyTerritories },
    { file: 'agencies.json', schema: agenciesSeed, apply: applyAgencies },
    { file: 'org-units.json', schema: orgUnitsSeed, apply: applyOrgUnits },
    { file: 'criminal-code.json', schema: criminalCodeSeed, apply: applyCriminalCode },
  ] as const;
  for (const [index, step] of steps.entries()) {
    options.onProgress?.(`[${index + 1}/${steps.length}] ${step.file}`);
    const text = await readFile(path.join(dir, step.file), 'utf8');
    const parsed = step.schema.safeParse(JSON.parse(text));
    if (!parsed.success) {
      throw new Error(
        `${step.file} is not valid: ${parsed.error.issues
          .slice(0, 5)
          .map((issue) => `${issue.path.join('.')}: ${issue.message}`)
          .join('; ')}`,
      );
    }
    const contentHash = createHash('sha256').update(text).digest('hex');
    const outcome = await db.transaction(async (tx) => {
      const [previous] = await tx.select().from(seedFiles).where(eq(seedFiles.name, step.file)).for('update');
      if (previous && previous.contentHash === contentHash) {
        return { file: step.file, version: previous.version, status: 'unchanged' as const, inserted: 0, updated: 0, keptEdited: 0 };
      }
      if (previous && previous.version >= parsed.data.version) {
        throw new Error(`${step.file} changed but its version is still ${parsed.data.version}: raise "version" when editing a seed file.`);
      }
      // The parsed data matches the step's schema; TypeScript cannot follow the pairing through the tuple.
      const counts = await (step.apply as (tx: Tx, data: unknown) => Promise<Counts>)(tx, parsed.data);
      await tx
        .insert(seedFiles)
        .values({ name: step.file, version: parsed.data.version, contentHash })
        .onConflictDoUpdate({ target: seedFiles.name, set: { version: parsed.data.version, contentHash, loadedAt: new Date() } });
      return { file: step.file, version: parsed.data.version, status: 'loaded' as const, ...counts };
    });
    outcomes.push(outcome);
  }
  return outcomes;
}

type Counts = { inserted: number; updated: number; keptEdited: number };

/** Insert or update one row by code, leaving administrator-edited rows (version > 1) alone. */
async function upsertByCode<T extends typeof territories | typeof orgUnits>(tx: Tx, table: T, values: T['$inferInsert'], counts: Counts) {
  const [existing] = await tx
    .select({ id: table.id, version: table.version })
    .from(table as typeof territories)
    .where(eq(table.code, values.code));
  if (!existing) {
    const [row] = await tx
      .insert(table)
      .values(values as never)
      .returning({ id: table.id });
    counts.inserted += 1;
    return row!.id;
  }
  if (existing.version > 1) {
    counts.keptEdited += 1;
    return existing.id;
  }
  await tx
    .update(table)
    .set({ ...values, updatedAt: sql`now()` } as never)
    .where(eq(table.id, existing.id));
  counts.updated += 1;
  return existing.id;
}

async function applyTerritories(tx: Tx, data: z.infer<typeof territoriesSeed>): Promise<Counts> {
  const counts = { inserted: 0, updated: 0, keptEdited: 0 };
  const ids = new Map<string, string>();
  // Parents first: the file may list children before parents.
  const pending = [...data.items];
  while (pending.length > 0) {
    const index = pending.findIndex((item) => item.parent === null || ids.has(item.parent));
    if (index === -1)
      throw new Error(
        `territories.json: unknown parent ${pending
          .map((item) => `${item.code}→${item.parent}`)
          .slice(0, 3)
          .join(', ')}`,
      );
    const [item] = pending.splice(index, 1);
    if (!item) break;
    const id = await upsertByCode(
      tx,
      territories,
      {
        code: item.code,
        kind: item.kind,
        parentId: item.parent ? ids.get(item.parent)! : null,
        name: item.names,
        projectLocation: item.projectLocation,
      },
      counts,
    );
    ids.set(item.code, id);
  }
  return counts;
}

async function territoryIds(tx: Tx): Promise<Map<string, string>> {
  const rows = await tx.select({ id: territories.id, code: territories.code }).from(territories);
  return new Map(rows.map((row) => [row.code, row.id]));
}

function resolve(map: Map<string, string>, code: string | null | undefined, what: string): string | null {
  if (!code) return null;
  const id = map.get(code);
  if (!id) throw new Error(`unknown ${what} "${code}"`);
  return id;
}

async function applyAgencies(tx: Tx, data: z.infer<typeof agenciesSeed>): Promise<Counts> {
  const counts = { inserted: 0, updated: 0, keptEdited: 0 };
  const places = await territoryIds(tx);
  for (const item of data.items) {
    await upsertByCode(
      tx,
      orgUnits,
      {
        code: item.code,
        kind: 'agency',
        parentId: null,
        territoryId: resolve(places, item.territory, 'territory'),
        name: item.names,
        shortName: item.shortNames ?? null,
      },
      counts,
    );
  }
  return counts;
}

async function applyOrgUnits(tx: Tx, data: z.infer<typeof orgUnitsSeed>): Promise<Counts> {
  const counts = { inserted: 0, updated: 0, keptEdited: 0 };
  const places = await territoryIds(tx);
  const units = new Map((await tx.select({ id: orgUnits.id, code: orgUnits.code }).from(orgUnits)).map((row) => [row.code, row.id]));
  for (const item of data.items) {
    await upsertByCode(
      tx,
      orgUnits,
      {
        code: item.code,
        kind: item.kind,
        parentId: resolve(units, item.agency, 'agency'),
        territoryId: resolve(places, item.territory, 'territory'),
        name: item.names,
        regime: item.regime ?? null,
        veUnit: item.veUnit,
        capacity: item.capacity ?? null,
      },
      counts,
    );
  }
  return counts;
}

/** Articles by number, in SQL (the table belongs to people); no version column, so the file wins; none are deleted. */
async function applyCriminalCode(tx: Tx, data: z.infer<typeof criminalCodeSeed>): Promise<Counts> {
  const counts = { inserted: 0, updated: 0, keptEdited: 0 };
  for (const item of data.items) {
    const result = await tx.execute<{ inserted: boolean }>(sql`
      insert into criminal_code_articles (code, title, extremism, terrorism, active)
      values (${item.code}, ${JSON.stringify(item.title)}::jsonb, ${item.extremism}, ${item.terrorism}, ${item.active})
      on conflict (code) do update set title = excluded.title, extremism = excluded.extremism,
        terrorism = excluded.terrorism, active = excluded.active
      returning (xmax = 0) as inserted`);
    if (result.rows[0]?.inserted) counts.inserted += 1;
    else counts.updated += 1;
  }
  return counts;
}
