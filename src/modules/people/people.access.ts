import { eq } from 'drizzle-orm';
import { RecordNotFound } from '../../platform/access/access.errors.ts';
import { authorise } from '../../platform/access/authorise.ts';
import type { AuditActor } from '../../platform/audit/audit.service.ts';
import type { FieldChange } from '../../platform/audit/audit.tables.ts';
import type { Permission } from '../../platform/auth/permissions.ts';
import type { SessionUser } from '../../platform/auth/sessions.ts';
import type { Database, Executor } from '../../platform/db/pool.ts';
import { people } from './people.tables.ts';

/** Who is asking: the signed-in user and how to audit them. Every people function takes one. */
export type PeopleActor = { user: SessionUser; audit: AuditActor };

export type PersonRow = typeof people.$inferSelect;
type Tx = Parameters<Parameters<Database['transaction']>[0]>[0];

export const personRecord = (id: string) => ({ resourceType: 'person', resourceId: id });

/**
 * Every read or change of one person's data goes through here: one transaction that loads the person (locking
 * the row when `forUpdate`), checks permission and scope with `authorise` (which writes the request's audit
 * event), then does the work. A person who does not exist, or is outside the user's units, answers 404 alike.
 */
export async function withPerson<T>(
  db: Database,
  actor: PeopleActor,
  input: {
    personId: string;
    permission: Permission;
    action: string;
    details?: Record<string, unknown>;
    changes?: (person: PersonRow) => FieldChange[];
    /** The user's reason (a correction, a PIN change…), audited as the event's reason. */
    reason?: string;
    forUpdate?: boolean;
  },
  work: (tx: Tx, person: PersonRow) => Promise<T>,
): Promise<T> {
  return db.transaction(async (tx) => {
    const person = await loadPerson(tx, input.personId, input.forUpdate ?? false);
    if (!person) throw new RecordNotFound(personRecord(input.personId));
    await authorise(tx, {
      actor: actor.user,
      audit: actor.audit,
      permission: input.permission,
      action: input.action,
      record: { ...personRecord(person.id), unitId: person.unitId, personId: person.id },
      details: input.details,
      changes: input.changes?.(person),
      reason: input.reason,
    });
    return work(tx, person);
  });
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

async function loadPerson(tx: Executor & Pick<Tx, 'select'>, id: string, forUpdate: boolean): Promise<PersonRow | undefined> {
  if (!UUID.test(id)) return undefined;
  const query = tx.select().from(people).where(eq(people.id, id));
  const [row] = forUpdate ? await query.for('update') : await query;
  return row;
}
