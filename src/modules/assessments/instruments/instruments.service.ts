import { eq } from 'drizzle-orm';
import { authorise } from '../../../platform/access/authorise.ts';
import { type AuditActor, recordAudit } from '../../../platform/audit/audit.service.ts';
import type { SessionUser } from '../../../platform/auth/sessions.ts';
import type { Database, Executor } from '../../../platform/db/pool.ts';
import { AssessmentRefused } from '../assessments.errors.ts';
import { instruments, instrumentVersions } from '../assessments.tables.ts';
import type { InstrumentDefinition } from './instrument.definition.ts';
import { contentHash } from './instrument.hash.ts';
import { validateDefinition } from './instrument.validation.ts';
import { instrumentByCode, type InstrumentVersionRow, nextVersionNumber, versionById, versionWithHash } from './instruments.repository.ts';
import { SHIPPED_INSTRUMENTS } from './shipped/index.ts';

export type InstrumentAdmin = { user: SessionUser | null; audit: AuditActor };

const versionRecord = (id: string) => ({ resourceType: 'instrument_version', resourceId: id, unitId: null });

async function allowed(tx: Executor, actor: InstrumentAdmin, action: string, id?: string, details?: Record<string, unknown>) {
  if (actor.user) {
    await authorise(tx, {
      actor: actor.user,
      audit: actor.audit,
      permission: 'instruments:manage',
      action,
      record: id ? versionRecord(id) : undefined,
      details,
    });
  } else {
    // The `kadam` command at the console: its operator already holds the database; it is audited as the CLI.
    await recordAudit(tx, actor.audit, { action, resourceType: 'instrument_version', resourceId: id, details });
  }
}

/** Checks a definition and throws its problems (shown per path in the user's language) when it is not valid. */
export function checkedDefinition(input: unknown): InstrumentDefinition {
  const result = validateDefinition(input);
  if ('problems' in result) throw new AssessmentRefused('definition_invalid', 400, { problems: result.problems });
  return result.definition;
}

/**
 * Loads a definition as a new draft version of its instrument (creating the instrument on its first version).
 * A draft can be translated and corrected; nothing uses it until it is published.
 */
export async function loadDraft(db: Database, actor: InstrumentAdmin, input: unknown): Promise<InstrumentVersionRow> {
  const definition = checkedDefinition(input);
  return db.transaction(async (tx) => {
    const instrument =
      (await instrumentByCode(tx, definition.code)) ??
      (await tx.insert(instruments).values({ code: definition.code, kind: definition.kind, name: definition.name }).returning())[0]!;
    if (instrument.kind !== definition.kind) throw new AssessmentRefused('instrument_kind_changed', 400);
    const [version] = await tx
      .insert(instrumentVersions)
      .values({
        instrumentId: instrument.id,
        version: await nextVersionNumber(tx, instrument.id),
        definition,
        contentHash: contentHash(definition),
        createdBy: actor.user?.id ?? null,
      })
      .returning();
    await allowed(tx, actor, 'instrument.version.load', version!.id, { code: definition.code, version: version!.version });
    return version!;
  });
}

/** Replaces a draft's definition (a translation, a correction); refused once published or when stale. */
export async function updateDraft(db: Database, actor: InstrumentAdmin, versionId: string, input: unknown, rowVersion: number) {
  const definition = checkedDefinition(input);
  return db.transaction(async (tx) => {
    const version = await versionById(tx, versionId);
    if (!version) throw new AssessmentRefused('not_found', 404);
    await allowed(tx, actor, 'instrument.version.update', version.id);
    if (version.status !== 'draft') throw new AssessmentRefused('version_not_draft', 409);
    if (version.rowVersion !== rowVersion) throw new AssessmentRefused('stale', 409);
    if (definition.code !== version.definition.code) throw new AssessmentRefused('instrument_code_changed', 400);
    await tx
      .update(instrumentVersions)
      .set({ definition, contentHash: contentHash(definition), rowVersion: version.rowVersion + 1 })
      .where(eq(instrumentVersions.id, version.id));
  });
}

/** Publishes a draft: checked once more, frozen with its hash (the database refuses any later change). */
export async function publishVersion(db: Database, actor: InstrumentAdmin, versionId: string): Promise<InstrumentVersionRow> {
  return db.transaction(async (tx) => {
    const version = await versionById(tx, versionId);
    if (!version) throw new AssessmentRefused('not_found', 404);
    await allowed(tx, actor, 'instrument.version.publish', version.id, { hash: version.contentHash });
    if (version.status !== 'draft') throw new AssessmentRefused('version_not_draft', 409);
    const definition = checkedDefinition(version.definition);
    const [published] = await tx
      .update(instrumentVersions)
      .set({
        status: 'published',
        contentHash: contentHash(definition),
        publishedBy: actor.user?.id ?? null,
        publishedAt: new Date(),
        rowVersion: version.rowVersion + 1,
      })
      .where(eq(instrumentVersions.id, version.id))
      .returning();
    return published!;
  });
}

/** Retires a published version: no new assessments with it; every assessment made with it keeps it. */
export async function retireVersion(db: Database, actor: InstrumentAdmin, versionId: string, reason: string) {
  return db.transaction(async (tx) => {
    const version = await versionById(tx, versionId);
    if (!version) throw new AssessmentRefused('not_found', 404);
    await allowed(tx, actor, 'instrument.version.retire', version.id, { reason });
    if (version.status !== 'published') throw new AssessmentRefused('version_not_published', 409);
    await tx
      .update(instrumentVersions)
      .set({ status: 'retired', retiredBy: actor.user?.id ?? null, retiredAt: new Date(), rowVersion: version.rowVersion + 1 })
      .where(eq(instrumentVersions.id, version.id));
  });
}

/**
 * Kadam's own instruments, installed at start: a shipped definition whose hash differs from the instrument's
 * current published version is loaded and published as the next version. Past assessments keep theirs.
 */
export async function installShippedInstruments(
  db: Database,
  audit: AuditActor,
): Promise<{ code: string; version: number; status: 'installed' | 'unchanged' }[]> {
  const outcomes = [];
  for (const shipped of SHIPPED_INSTRUMENTS) {
    const definition = checkedDefinition(shipped);
    // Any version with the same content counts: a later version an administrator published is not replaced.
    const existing = await db.transaction(async (tx) => {
      const instrument = await instrumentByCode(tx, definition.code);
      return instrument ? versionWithHash(tx, instrument.id, contentHash(definition)) : undefined;
    });
    if (existing) {
      outcomes.push({ code: definition.code, version: existing.version, status: 'unchanged' as const });
      continue;
    }
    const draft = await loadDraft(db, { user: null, audit }, definition);
    const published = await publishVersion(db, { user: null, audit }, draft.id);
    outcomes.push({ code: definition.code, version: published.version, status: 'installed' as const });
  }
  return outcomes;
}
