import { sql } from 'drizzle-orm';
import { unitWithinAny } from '../../platform/access/access.repository.ts';
import type { Permission } from '../../platform/auth/permissions.ts';
import { rolePermits } from '../../platform/auth/roles.ts';
import type { SessionUser } from '../../platform/auth/sessions.ts';
import type { Executor } from '../../platform/db/pool.ts';
import type { LocalisedName } from '../../platform/org/org.tables.ts';

/** The units whose subtree a user may act in with a permission: where they hold a role that grants it. */
export const scopeUnitsOf = (user: SessionUser, permission: Permission): string[] =>
  user.roles.filter((entry) => rolePermits(entry.role, permission)).map((entry) => entry.orgUnitId);

export const unitInScope = (db: Executor, user: SessionUser, permission: Permission, unitId: string) =>
  unitWithinAny(db, unitId, scopeUnitsOf(user, permission));

/** Units a person can be registered at: facilities and probation offices, not agencies or laboratories. */
const PERSON_UNIT_KINDS = ['colony', 'colony_settlement', 'pretrial_centre', 'prison_hospital', 'probation_office'];

export type UnitOption = { id: string; code: string; name: LocalisedName };

/** The facilities and probation offices in the user's scope for `people:create`: the registering-unit select. */
export async function registeringUnits(db: Executor, user: SessionUser): Promise<UnitOption[]> {
  const roots = scopeUnitsOf(user, 'people:create');
  if (roots.length === 0) return [];
  const result = await db.execute<UnitOption>(sql`
    with recursive scope(id) as (
      select id from org_units where id in (${sql.join(
        roots.map((id) => sql`${id}::uuid`),
        sql`, `,
      )})
      union
      select u.id from org_units u join scope s on u.parent_id = s.id
    )
    select u.id, u.code, u.name from org_units u join scope s on s.id = u.id
    where u.active and u.kind in (${sql.join(
      PERSON_UNIT_KINDS.map((kind) => sql`${kind}`),
      sql`, `,
    )})
    order by u.code`);
  return result.rows;
}

export type TerritoryOption = { id: string; code: string; name: LocalisedName };

/** Districts and cities, for the address selects (oblasts are too wide to say where someone lives). */
export async function addressTerritories(db: Executor): Promise<TerritoryOption[]> {
  const result = await db.execute<TerritoryOption>(sql`
    select id, code, name from territories where kind <> 'oblast' order by name->>'ru'`);
  return result.rows;
}
