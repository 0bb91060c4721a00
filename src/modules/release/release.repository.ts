import { and, asc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/pool.ts';
import type { LocalisedName } from '../../platform/org/org.tables.ts';
import { expectedReleaseOf, people } from '../people/people.service.ts';
import { releaseActions, releaseHandovers, releasePathways, releasePlans } from './release.tables.ts';

export type ReleasePlanRow = typeof releasePlans.$inferSelect;
export type PathwayRow = typeof releasePathways.$inferSelect;
export type ActionRow = typeof releaseActions.$inferSelect;
export type HandoverRow = typeof releaseHandovers.$inferSelect;
export type OfficeOption = { id: string; code: string; name: LocalisedName };

/** Legal statuses of someone still held: the only people a pre-release plan is opened for. */
export const IN_CUSTODY = ['convicted', 'remand'] as const;

/** What the release dates are checked against: held or not, the admission the release ends, the expected date. */
export async function custodyFactsOf(db: Executor, personId: string) {
  const [person] = await db.select({ legalStatus: people.legalStatus, unitId: people.unitId }).from(people).where(eq(people.id, personId));
  // Custody movements belong to the people module; a read-only look at the last admission's date.
  const admission = await db.execute<{ admitted: string | null }>(
    sql`select to_char(max(occurred_on), 'YYYY-MM-DD') as admitted from custody_events where person_id = ${personId} and kind = 'admission'`,
  );
  return {
    inCustody: person !== undefined && (IN_CUSTODY as readonly string[]).includes(person.legalStatus),
    unitId: person?.unitId ?? null,
    admittedOn: admission.rows[0]?.admitted ?? null,
    releaseOn: await expectedReleaseOf(db, personId),
  };
}

/**
 * The probation office covering where the person will live: the actual address's territory (else the
 * registered one), then each territory above it, nearest first — a district office before an oblast one.
 */
export async function coveringOfficeOf(db: Executor, personId: string): Promise<OfficeOption | null> {
  const result = await db.execute<OfficeOption>(sql`
    with recursive up(id, parent_id, depth) as (
      select t.id, t.parent_id, 0 from territories t
        join people p on t.id = coalesce(p.actual_territory_id, p.registered_territory_id)
        where p.id = ${personId}
      union all
      select t.id, t.parent_id, up.depth + 1 from territories t join up on t.id = up.parent_id
    )
    select u.id, u.code, u.name from up join org_units u on u.territory_id = up.id
    where u.kind = 'probation_office' and u.active
    order by up.depth, u.code limit 1`);
  return result.rows[0] ?? null;
}

export async function probationOffices(db: Executor): Promise<OfficeOption[]> {
  const result = await db.execute<OfficeOption>(
    sql`select id, code, name from org_units where kind = 'probation_office' and active order by code`,
  );
  return result.rows;
}

export async function unitName(db: Executor, unitId: string): Promise<LocalisedName | null> {
  const result = await db.execute<{ name: LocalisedName }>(sql`select name from org_units where id = ${unitId}`);
  return result.rows[0]?.name ?? null;
}

export async function openPlanOf(db: Executor, personId: string, lock = false): Promise<ReleasePlanRow | undefined> {
  const query = db
    .select()
    .from(releasePlans)
    .where(and(eq(releasePlans.personId, personId), eq(releasePlans.status, 'open')));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

export const pathwaysOf = (db: Executor, planId: string) => db.select().from(releasePathways).where(eq(releasePathways.planId, planId));

export const actionsOf = (db: Executor, planId: string) =>
  db
    .select({ action: releaseActions })
    .from(releaseActions)
    .innerJoin(releasePathways, eq(releasePathways.id, releaseActions.pathwayId))
    .where(eq(releasePathways.planId, planId))
    .orderBy(asc(releaseActions.targetOn), asc(releaseActions.createdAt))
    .then((rows) => rows.map((row) => row.action));

export async function handoverOfPlan(db: Executor, planId: string): Promise<HandoverRow | undefined> {
  const [row] = await db.select().from(releaseHandovers).where(eq(releaseHandovers.planId, planId));
  return row;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: string) => UUID.test(value);

export async function handoverById(db: Executor, id: string, lock = false): Promise<HandoverRow | undefined> {
  if (!isUuid(id)) return undefined;
  const query = db.select().from(releaseHandovers).where(eq(releaseHandovers.id, id));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}
