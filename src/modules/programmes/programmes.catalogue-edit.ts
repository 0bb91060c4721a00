import { eq, sql } from 'drizzle-orm';
import { authorise } from '../../platform/access/authorise.ts';
import { fieldChanges } from '../../platform/audit/audit.service.ts';
import type { Database } from '../../platform/db/pool.ts';
import type { LocalisedName } from '../../platform/org/org.tables.ts';
import type { PeopleActor } from '../people/people.service.ts';
import { ProgrammeRefused } from './programmes.errors.ts';
import { type PROGRAMME_STATUSES, programmes } from './programmes.tables.ts';

/** What a manager edits in a catalogue entry (checked by pages/catalogue/programme.form.ts). */
export type ProgrammeInput = {
  title: LocalisedName;
  description: LocalisedName;
  targetNeeds: string[];
  sexes: string[];
  ageMin: number | null;
  ageMax: number | null;
  riskLevels: string[];
  legalStatuses: string[];
  deliveryLanguages: string[];
  sessionCount: number;
  defaultCapacity: number;
  status: (typeof PROGRAMME_STATUSES)[number];
};

/**
 * Saves a manager's edit of a programme, audited as `programme.update` with the field changes. The catalogue
 * is national, so the permission is the only check; a stale version (someone saved in between) is refused.
 * Groups already running keep their own schedule and capacity.
 */
export async function updateProgramme(
  db: Database,
  actor: PeopleActor,
  input: { code: string; version: number; programme: ProgrammeInput },
): Promise<void> {
  await db.transaction(async (tx) => {
    const [row] = await tx.select().from(programmes).where(eq(programmes.code, input.code)).for('update');
    if (!row) throw new ProgrammeRefused('not_found', 404);
    await authorise(tx, {
      actor: actor.user,
      audit: actor.audit,
      permission: 'programmes:manage',
      action: 'programme.update',
      details: { programmeId: row.id, code: row.code },
      changes: fieldChanges<Record<string, unknown>>(row, input.programme),
    });
    if (row.version !== input.version) throw new ProgrammeRefused('stale', 409);
    await tx
      .update(programmes)
      .set({ ...input.programme, updatedBy: actor.user.id, updatedAt: new Date(), version: sql`${programmes.version} + 1` })
      .where(eq(programmes.id, row.id));
  });
}
