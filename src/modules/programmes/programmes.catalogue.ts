import { asc, eq } from 'drizzle-orm';
import { type AuditActor, recordAudit } from '../../platform/audit/audit.service.ts';
import type { Database, Executor } from '../../platform/db/pool.ts';
import type { CatalogueEntry } from './catalogue/catalogue-entry.ts';
import { FAMILY_AND_REINTEGRATION } from './catalogue/family-and-reintegration.ts';
import { SKILLS_AND_WORK } from './catalogue/skills-and-work.ts';
import { THINKING_AND_BELIEFS } from './catalogue/thinking-and-beliefs.ts';
import { programmes } from './programmes.tables.ts';

/** Kadam's starting catalogue: the modules and the PBF project's training modules for VE prisoners. */
export const SHIPPED_CATALOGUE: readonly CatalogueEntry[] = [...THINKING_AND_BELIEFS, ...SKILLS_AND_WORK, ...FAMILY_AND_REINTEGRATION];

export type ProgrammeRow = typeof programmes.$inferSelect;

const rowOf = (entry: CatalogueEntry) => ({
  code: entry.code,
  source: entry.source,
  title: entry.title,
  description: entry.description,
  targetNeeds: [...entry.targetNeeds],
  sexes: [...(entry.sexes ?? [])],
  ageMin: entry.ageMin ?? null,
  ageMax: entry.ageMax ?? null,
  riskLevels: [...(entry.riskLevels ?? [])],
  legalStatuses: [...(entry.legalStatuses ?? [])],
  deliveryLanguages: [...entry.deliveryLanguages],
  sessionCount: entry.sessionCount,
  defaultCapacity: entry.defaultCapacity,
});

/**
 * Installs the programmes of the starting catalogue that are not there yet, each audited as
 * `programme.install`. An existing code is left as it is: managers edit the catalogue, and a re-run must not
 * undo their work. Running it twice adds nothing.
 */
export async function installProgrammeCatalogue(
  db: Database,
  audit: AuditActor,
): Promise<{ code: string; status: 'installed' | 'unchanged' }[]> {
  const outcomes: { code: string; status: 'installed' | 'unchanged' }[] = [];
  for (const entry of SHIPPED_CATALOGUE) {
    const status = await db.transaction(async (tx) => {
      const [inserted] = await tx.insert(programmes).values(rowOf(entry)).onConflictDoNothing({ target: programmes.code }).returning();
      if (!inserted) return 'unchanged' as const;
      await recordAudit(tx, audit, {
        action: 'programme.install',
        resourceType: 'programme',
        resourceId: inserted.id,
        details: { code: entry.code },
      });
      return 'installed' as const;
    });
    outcomes.push({ code: entry.code, status });
  }
  return outcomes;
}

export async function listProgrammes(db: Executor): Promise<ProgrammeRow[]> {
  return db.select().from(programmes).orderBy(asc(programmes.status), asc(programmes.code));
}

export async function programmeByCode(db: Executor, code: string): Promise<ProgrammeRow | undefined> {
  const [row] = await db.select().from(programmes).where(eq(programmes.code, code));
  return row;
}
