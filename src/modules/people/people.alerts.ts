import { randomUUID } from 'node:crypto';
import { and, desc, eq, isNull, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { fieldChanges } from '../../platform/audit/audit.service.ts';
import { users } from '../../platform/auth/auth.tables.ts';
import type { Database, Executor } from '../../platform/db/pool.ts';
import { type PeopleActor, type PersonRow, withPerson } from './people.access.ts';
import { unitInScope } from './people.scope.ts';
import { type ALERT_TYPES, people, personAlerts } from './people.tables.ts';

export type AlertType = (typeof ALERT_TYPES)[number];
export type AlertStatus = 'in_force' | 'future' | 'expired' | 'removed';

/** An alert as the validated form gives it; the other person (must-not-locate-with) by id from a search, or by PIN. */
export type NewAlert = {
  type: AlertType;
  reason: string;
  validFrom: string;
  validTo: string | null;
  relatedPersonId: string | null;
  relatedPin: string | null;
};

type AlertProblem =
  'people.page.alerts.error.relatedNotFound' | 'people.page.alerts.error.relatedSelf' | 'people.page.alerts.error.notFound';

/** Input that only the database can refuse (the other person's PIN, an alert already removed): shown on the form. */
export class AlertInputError extends Error {
  override name = 'AlertInputError';
  constructor(
    readonly field: string,
    readonly problem: AlertProblem,
  ) {
    super(problem);
  }
}

/** Removed beats dates: a removed alert is history whatever its dates said. */
export function alertStatus(alert: { removedAt: Date | null; validFrom: string; validTo: string | null }, today: string): AlertStatus {
  if (alert.removedAt) return 'removed';
  if (alert.validFrom > today) return 'future';
  if (alert.validTo !== null && alert.validTo < today) return 'expired';
  return 'in_force';
}

// A must-not-locate-with alert is stored once, on the person it was added to, and concerns both people.
const concerning = (personId: string) =>
  or(eq(personAlerts.personId, personId), and(eq(personAlerts.relatedPersonId, personId), eq(personAlerts.type, 'must_not_locate_with')));

/** Every alert about the person, newest first, with who added and removed it and the other person's name. */
export function listAlerts(db: Executor, personId: string) {
  const author = alias(users, 'author');
  const remover = alias(users, 'remover');
  const other = alias(people, 'other');
  return db
    .select({
      alert: personAlerts,
      authorName: author.displayName,
      removerName: remover.displayName,
      other: { familyName: other.familyName, givenName: other.givenName, patronymic: other.patronymic, pin: other.pin },
    })
    .from(personAlerts)
    .leftJoin(author, eq(author.id, personAlerts.createdBy))
    .leftJoin(remover, eq(remover.id, personAlerts.removedBy))
    .leftJoin(
      other,
      sql`${other.id} = case when ${personAlerts.personId} = ${personId} then ${personAlerts.relatedPersonId} else ${personAlerts.personId} end`,
    )
    .where(concerning(personId))
    .orderBy(desc(personAlerts.validFrom), desc(personAlerts.createdAt));
}
export type ListedAlert = Awaited<ReturnType<typeof listAlerts>>[number];

/** The types of the alerts in force on a day, the other person's must-not-locate-with included, for the header band. */
export async function alertTypesInForce(db: Executor, personId: string, today: string): Promise<AlertType[]> {
  const rows = await db
    .select({ type: personAlerts.type })
    .from(personAlerts)
    .where(
      and(
        concerning(personId),
        isNull(personAlerts.removedAt),
        sql`${personAlerts.validFrom} <= ${today}::date`,
        or(isNull(personAlerts.validTo), sql`${personAlerts.validTo} >= ${today}::date`),
      ),
    )
    .orderBy(personAlerts.validFrom);
  return [...new Set(rows.map((row) => row.type))];
}

/** Adds an alert, audited as `person.alert.add` with its reason and fields, in the transaction that saves it. */
export function addAlert(db: Database, actor: PeopleActor, personId: string, input: NewAlert): Promise<string> {
  const id = randomUUID();
  const fields = { ...input, relatedPin: input.relatedPin ?? undefined, relatedPersonId: input.relatedPersonId ?? undefined };
  const empty = { type: null, reason: null, validFrom: null, validTo: null, relatedPersonId: null, relatedPin: null };
  return withPerson(
    db,
    actor,
    {
      personId,
      permission: 'people:alerts',
      action: 'person.alert.add',
      reason: input.reason,
      details: { alertId: id, type: input.type },
      changes: () => fieldChanges<Record<string, unknown>>(empty, fields),
    },
    async (tx, person) => {
      const related = input.type === 'must_not_locate_with' ? await relatedPerson(tx, actor, person, input) : null;
      await tx.insert(personAlerts).values({
        id,
        personId: person.id,
        type: input.type,
        relatedPersonId: related?.id ?? null,
        reason: input.reason,
        validFrom: input.validFrom,
        validTo: input.validTo,
        createdBy: actor.user.id,
      });
      return id;
    },
  );
}

/** Removes an alert (the row stays, as history), audited as `person.alert.remove` with the reason. */
export function removeAlert(db: Database, actor: PeopleActor, personId: string, alertId: string, reason: string): Promise<void> {
  return withPerson(
    db,
    actor,
    {
      personId,
      permission: 'people:alerts',
      action: 'person.alert.remove',
      reason,
      details: { alertId },
      changes: () => [{ field: 'removalReason', from: null, to: reason }],
    },
    async (tx, person) => {
      const removed = await tx
        .update(personAlerts)
        .set({ removedAt: new Date(), removedBy: actor.user.id, removalReason: reason })
        .where(and(eq(personAlerts.id, alertId), eq(personAlerts.personId, person.id), isNull(personAlerts.removedAt)))
        .returning({ id: personAlerts.id });
      if (removed.length === 0) throw new AlertInputError('alert', 'people.page.alerts.error.notFound');
    },
  );
}

/** The other person must be someone else whom the user may see: an unknown PIN and one outside their units read alike. */
async function relatedPerson(tx: Executor, actor: PeopleActor, person: PersonRow, input: NewAlert) {
  const field = input.relatedPersonId ? 'relatedPersonId' : 'relatedPin';
  const match = input.relatedPersonId ? eq(people.id, input.relatedPersonId) : eq(people.pin, input.relatedPin ?? '');
  const [other] = await tx
    .select({ id: people.id, unitId: people.unitId })
    .from(people)
    .where(and(match, isNull(people.mergedIntoId)));
  if (other?.id === person.id) throw new AlertInputError(field, 'people.page.alerts.error.relatedSelf');
  if (!other || !(await unitInScope(tx, actor.user, 'people:read', other.unitId))) {
    throw new AlertInputError(field, 'people.page.alerts.error.relatedNotFound');
  }
  return other;
}

/**
 * Inside another module's audited decision (e.g. a classification), makes sure an alert of this type is in
 * force, adding it with the decision as its reason. The caller's transaction and audit event cover it.
 */
export async function ensureAlertInForce(
  tx: Executor,
  input: { personId: string; type: AlertType; reason: string; createdBy: string; today: string },
): Promise<boolean> {
  if ((await alertTypesInForce(tx, input.personId, input.today)).includes(input.type)) return false;
  await tx.insert(personAlerts).values({
    personId: input.personId,
    type: input.type,
    reason: input.reason,
    validFrom: input.today,
    validTo: null,
    createdBy: input.createdBy,
  });
  return true;
}

/**
 * For the placement check: the "must not be located with" and "vulnerable to recruitment" alerts in force on
 * a day for any of these people (either side of a must-not-locate-with). Read by the placement module, which
 * has already opened the person through `withPerson`.
 */
export async function placementAlertsOf(
  db: Executor,
  personIds: readonly string[],
  today: string,
): Promise<{ personId: string; type: 'must_not_locate_with' | 'vulnerable_to_recruitment'; relatedPersonId: string | null }[]> {
  if (personIds.length === 0) return [];
  const ids = sql.join(
    personIds.map((id) => sql`${id}::uuid`),
    sql`, `,
  );
  const rows = await db
    .select({ personId: personAlerts.personId, type: personAlerts.type, relatedPersonId: personAlerts.relatedPersonId })
    .from(personAlerts)
    .where(
      and(
        sql`${personAlerts.type} in ('must_not_locate_with', 'vulnerable_to_recruitment')`,
        sql`(${personAlerts.personId} in (${ids}) or ${personAlerts.relatedPersonId} in (${ids}))`,
        isNull(personAlerts.removedAt),
        sql`${personAlerts.validFrom} <= ${today}::date`,
        or(isNull(personAlerts.validTo), sql`${personAlerts.validTo} >= ${today}::date`),
      ),
    );
  return rows as { personId: string; type: 'must_not_locate_with' | 'vulnerable_to_recruitment'; relatedPersonId: string | null }[];
}
