import { and, asc, eq, sql } from 'drizzle-orm';
import { authorise } from '../../platform/access/authorise.ts';
import { fieldChanges } from '../../platform/audit/audit.service.ts';
import type { Database, Executor } from '../../platform/db/pool.ts';
import type { LocalisedName } from '../../platform/org/org.tables.ts';
import type { PeopleActor } from '../people/people.service.ts';
import { probationNotFound, probationStale } from './probation.errors.ts';
import { probationConditionTypes, probationSettings, probationTypes } from './probation.tables.ts';

export type ProbationTypeRow = typeof probationTypes.$inferSelect;
export type ConditionTypeRow = typeof probationConditionTypes.$inferSelect;

export const listProbationTypes = (db: Executor): Promise<ProbationTypeRow[]> =>
  db.select().from(probationTypes).orderBy(asc(probationTypes.code));

export async function probationTypeByCode(db: Executor, code: string): Promise<ProbationTypeRow | undefined> {
  const [row] = await db
    .select()
    .from(probationTypes)
    .where(eq(probationTypes.code, code as ProbationTypeRow['code']));
  return row;
}

/** The conditions offered on orders: the active entries of the reference list, in its order. */
export const activeConditionTypes = (db: Executor): Promise<ConditionTypeRow[]> =>
  db.select().from(probationConditionTypes).where(eq(probationConditionTypes.active, true)).orderBy(asc(probationConditionTypes.sortOrder));

/**
 * An administrator (`reference:edit`) edits a probation type's names and description in the three languages.
 * The code is the law's and never changes. The edit and its field changes are audited together; a stale
 * version is refused (409) and nothing is saved.
 */
export async function updateProbationType(
  db: Database,
  actor: PeopleActor,
  input: { code: string; version: number; name: LocalisedName; description: LocalisedName },
) {
  await db.transaction(async (tx) => {
    const before = await probationTypeByCode(tx, input.code);
    await authorise(tx, {
      actor: actor.user,
      audit: actor.audit,
      permission: 'reference:edit',
      action: 'probation.type.update',
      details: { code: input.code },
      changes: before
        ? fieldChanges({ name: before.name, description: before.description }, { name: input.name, description: input.description })
        : [],
    });
    if (!before) throw probationNotFound();
    const updated = await tx
      .update(probationTypes)
      .set({
        name: input.name,
        description: input.description,
        version: before.version + 1,
        updatedBy: actor.user.id,
        updatedAt: new Date(),
      })
      .where(and(eq(probationTypes.code, before.code), eq(probationTypes.version, input.version)))
      .returning({ code: probationTypes.code });
    if (updated.length === 0) throw probationStale();
  });
}

/** The settings an administrator may change on `/probation/types`: days between contacts per intensity, default capacity. */
export const SETTING_KEYS = ['interval.high', 'interval.medium', 'interval.low', 'interval.unclassified', 'capacity.default'] as const;
export type SettingKey = (typeof SETTING_KEYS)[number];

/** The settings' combined version: the sum of the rows' versions, which every save raises. */
export async function settingsVersion(db: Executor): Promise<number> {
  return (await db.select().from(probationSettings)).reduce((sum, row) => sum + row.version, 0);
}

/**
 * Saves the supervision settings (`reference:edit`), audited with each changed value, all or nothing. A form
 * opened before someone else's save is refused (409): its combined version no longer matches.
 */
export async function updateSettings(db: Database, actor: PeopleActor, input: { version: number; values: Record<SettingKey, number> }) {
  await db.transaction(async (tx) => {
    const rows = await tx.select().from(probationSettings).for('update');
    const before = Object.fromEntries(rows.map((row) => [row.key, row.value]));
    await authorise(tx, {
      actor: actor.user,
      audit: actor.audit,
      permission: 'reference:edit',
      action: 'probation.settings.update',
      changes: fieldChanges(before, input.values),
    });
    if (rows.reduce((sum, row) => sum + row.version, 0) !== input.version) throw probationStale();
    for (const key of SETTING_KEYS) {
      const value = input.values[key];
      await tx
        .insert(probationSettings)
        .values({ key, value, updatedBy: actor.user.id })
        .onConflictDoUpdate({
          target: probationSettings.key,
          set: { value, version: sql`${probationSettings.version} + 1`, updatedBy: actor.user.id, updatedAt: new Date() },
        });
    }
  });
}
