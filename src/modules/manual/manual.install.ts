import { eq } from 'drizzle-orm';
import { type AuditActor, recordAudit } from '../../platform/audit/audit.service.ts';
import type { Database } from '../../platform/db/pool.ts';
import { SHIPPED_MANUALS } from './content/shipped-manuals.ts';
import { manualSections, manualVersions } from './manual.tables.ts';

/**
 * Installs the first version of each manual Kadam ships, where no version of it exists yet, audited as
 * `manual.install`. A manual already there is left as it is: managers publish its later versions, and a re-run
 * must not add a version on top of theirs. Running it twice adds nothing.
 */
export async function installShippedManuals(
  db: Database,
  audit: AuditActor,
): Promise<{ code: string; status: 'installed' | 'unchanged' }[]> {
  const outcomes: { code: string; status: 'installed' | 'unchanged' }[] = [];
  for (const manual of SHIPPED_MANUALS) {
    const status = await db.transaction(async (tx) => {
      const [existing] = await tx
        .select({ id: manualVersions.id })
        .from(manualVersions)
        .where(eq(manualVersions.manualCode, manual.code))
        .limit(1);
      if (existing) return 'unchanged' as const;
      const [version] = await tx
        .insert(manualVersions)
        .values({ manualCode: manual.code, version: 1, title: manual.title, changeNote: manual.changeNote })
        .onConflictDoNothing()
        .returning({ id: manualVersions.id });
      if (!version) return 'unchanged' as const;
      await tx
        .insert(manualSections)
        .values(manual.sections.map((section, position) => ({ versionId: version.id, position: position + 1, ...section })));
      await recordAudit(tx, audit, {
        action: 'manual.install',
        resourceType: 'manual_version',
        resourceId: version.id,
        details: { code: manual.code, version: 1 },
      });
      return 'installed' as const;
    });
    outcomes.push({ code: manual.code, status });
  }
  return outcomes;
}
