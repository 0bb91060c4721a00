import { and, eq, ne, sql } from 'drizzle-orm';
import { fieldChanges } from '../../platform/audit/audit.service.ts';
import type { Database, Executor } from '../../platform/db/pool.ts';
import { conflict } from '../../platform/http/errors.ts';
import { type PeopleActor, withPerson } from './people.access.ts';
import type { PinInput } from './people.schemas.ts';
import { people, pinChanges } from './people.tables.ts';

/** Records a new PIN (or none, with a reason) with its date and reason in the PIN history. */
export async function changePin(
  db: Database,
  actor: PeopleActor,
  data: { personId: string; version: number; pin: PinInput; changedOn: string; reason: string },
): Promise<void> {
  await withPerson(
    db,
    actor,
    {
      personId: data.personId,
      permission: 'people:edit',
      action: 'person.pin_change',
      reason: data.reason,
      forUpdate: true,
      changes: (person) => fieldChanges({ pin: person.pin, noPinReason: person.noPinReason }, data.pin),
      details: { changedOn: data.changedOn },
    },
    async (tx, person) => {
      if (person.mergedIntoId || person.version !== data.version) throw conflict('people.stale_version', { version: person.version });
      if (data.pin.pin && (await pinHeldByAnother(tx, data.pin.pin, person.id))) throw conflict('people.pin_taken');
      await tx.insert(pinChanges).values({
        personId: person.id,
        previousPin: person.pin,
        newPin: data.pin.pin,
        changedOn: data.changedOn,
        reason: data.reason,
        recordedBy: actor.user.id,
      });
      await tx
        .update(people)
        .set({ ...data.pin, version: person.version + 1, updatedAt: new Date() })
        .where(eq(people.id, person.id));
    },
  );
}

export async function pinHeldByAnother(db: Executor, pin: string, personId: string): Promise<boolean> {
  const rows = await db
    .select({ id: people.id })
    .from(people)
    .where(and(eq(people.pin, pin), ne(people.id, personId), sql`${people.mergedIntoId} is null`));
  return rows.length > 0;
}

export function pinHistoryOf(db: Executor, personId: string) {
  return db.execute<{
    changedOn: string;
    previousPin: string | null;
    newPin: string | null;
    reason: string;
    recordedBy: string | null;
  }>(sql`
    select to_char(c.changed_on, 'YYYY-MM-DD') as "changedOn", c.previous_pin as "previousPin", c.new_pin as "newPin", c.reason,
           u.display_name as "recordedBy"
    from pin_changes c left join users u on u.id = c.recorded_by
    where c.person_id = ${personId} order by c.changed_on desc, c.recorded_at desc`);
}
