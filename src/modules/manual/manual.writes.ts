import { sql } from 'drizzle-orm';
import { authorise } from '../../platform/access/authorise.ts';
import type { AuditActor } from '../../platform/audit/audit.service.ts';
import type { SessionUser } from '../../platform/auth/sessions.ts';
import type { Database } from '../../platform/db/pool.ts';
import type { LocalisedName } from '../../platform/org/org.tables.ts';
import { ManualRefused } from './manual.errors.ts';
import { currentVersion } from './manual.repository.ts';
import { manualAcknowledgements, manualSections, manualVersions } from './manual.tables.ts';

type Actor = { user: SessionUser; audit: AuditActor };
export type NewVersion = { code: string; basedOn: number; changeNote: string; sections: { title: LocalisedName; body: LocalisedName }[] };

/**
 * Publishes a new version (`manual:manage`). It is built on the version the editor opened: if another version
 * was published meanwhile the save is refused (409) rather than silently replacing it. Earlier versions stay
 * readable; everyone's "read and understood" is for a version, so the new one starts with nobody having read it.
 */
export async function publishManualVersion(db: Database, actor: Actor, input: NewVersion): Promise<number> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`manual:${input.code}`}))`);
    const current = await currentVersion(tx, input.code);
    if (!current) throw new ManualRefused('not_found', 404);
    if (current.version !== input.basedOn) throw new ManualRefused('stale', 409);
    const version = current.version + 1;
    const [row] = await tx
      .insert(manualVersions)
      .values({ manualCode: input.code, version, title: current.title, changeNote: input.changeNote, publishedBy: actor.user.id })
      .returning({ id: manualVersions.id });
    await tx
      .insert(manualSections)
      .values(input.sections.map((section, index) => ({ versionId: row!.id, position: index + 1, ...section })));
    await authorise(tx, {
      actor: actor.user,
      audit: actor.audit,
      permission: 'manual:manage',
      action: 'manual.publish',
      details: { code: input.code, version, sections: input.sections.length },
      reason: input.changeNote,
    });
    return version;
  });
}

/** "Read and understood", for the current version only (an older one is refused: read the new one first). Once per version. */
export async function acknowledgeManual(db: Database, actor: Actor, code: string, version: number): Promise<void> {
  await db.transaction(async (tx) => {
    const current = await currentVersion(tx, code);
    if (!current) throw new ManualRefused('not_found', 404);
    if (current.version !== version) throw new ManualRefused('not_current', 409);
    await tx.insert(manualAcknowledgements).values({ versionId: current.id, userId: actor.user.id }).onConflictDoNothing();
    await authorise(tx, {
      actor: actor.user,
      audit: actor.audit,
      permission: 'manual:read',
      action: 'manual.acknowledge',
      details: { code, version },
    });
  });
}
