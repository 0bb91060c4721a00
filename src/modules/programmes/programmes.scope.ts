import { type SQL, sql } from 'drizzle-orm';
import type { Permission } from '../../platform/auth/permissions.ts';
import { GLOBAL_SCOPE_ROLES, ROLE_PERMISSIONS, rolePermits, ROLES } from '../../platform/auth/roles.ts';
import type { SessionUser } from '../../platform/auth/sessions.ts';
import type { Executor } from '../../platform/db/pool.ts';
import type { LocalisedName } from '../../platform/org/org.tables.ts';

/** Where programme groups run: facilities and probation offices. */
const GROUP_UNIT_KINDS = ['colony', 'colony_settlement', 'pretrial_centre', 'prison_hospital', 'probation_office'];

const rootsOf = (user: SessionUser, permission: Permission) =>
  user.roles.filter((entry) => rolePermits(entry.role, permission)).map((entry) => entry.orgUnitId);

/**
 * A `where` fragment: the unit column lies in the subtree of a unit where the user holds `permission`. A
 * global role (administrator, auditor) sees everywhere; no role with the permission sees nothing.
 */
export function inUserScope(user: SessionUser, permission: Permission, unitColumn: SQL): SQL {
  const holding = user.roles.filter((entry) => rolePermits(entry.role, permission));
  if (holding.some((entry) => GLOBAL_SCOPE_ROLES.has(entry.role))) return sql`true`;
  const roots = rootsOf(user, permission);
  if (roots.length === 0) return sql`false`;
  return sql`${unitColumn} in (
    with recursive scope(id) as (
      select id from org_units where id in (${sql.join(
        roots.map((id) => sql`${id}::uuid`),
        sql`, `,
      )})
      union
      select u.id from org_units u join scope s on u.parent_id = s.id
    )
    select id from scope)`;
}

export type UnitOption = { id: string; code: string; name: LocalisedName };

/** The facilities and probation offices where the user may run groups (`programmes:manage`). */
export async function groupUnitsOf(db: Executor, user: SessionUser): Promise<UnitOption[]> {
  const result = await db.execute<UnitOption>(sql`
    select id, code, name from org_units u
    where u.active and u.kind in (${sql.join(
      GROUP_UNIT_KINDS.map((kind) => sql`${kind}`),
      sql`, `,
    )}) and ${inUserScope(user, 'programmes:manage', sql`u.id`)}
    order by u.code`);
  return result.rows;
}

export type FacilitatorOption = { id: string; displayName: string };

/** Roles that deliver sessions: whoever holds `programmes:deliver`. */
const DELIVERING_ROLES = ROLES.filter((role) => ROLE_PERMISSIONS[role].includes('programmes:deliver'));

/** Active users who may deliver sessions at a unit in the manager's scope: the facilitator select. */
export async function facilitatorsFor(db: Executor, user: SessionUser): Promise<FacilitatorOption[]> {
  const result = await db.execute<FacilitatorOption>(sql`
    select distinct u.id, u.display_name as "displayName" from users u join user_roles r on r.user_id = u.id
    where u.disabled_at is null and not u.service_account
      and r.role in (${sql.join(
        DELIVERING_ROLES.map((role) => sql`${role}`),
        sql`, `,
      )})
      and ${inUserScope(user, 'programmes:manage', sql`r.org_unit_id`)}
    order by u.display_name`);
  return result.rows;
}
