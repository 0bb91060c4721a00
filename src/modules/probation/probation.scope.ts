import { type SQL, sql } from 'drizzle-orm';
import { unitAndAncestors } from '../../platform/access/access.repository.ts';
import type { Permission } from '../../platform/auth/permissions.ts';
import { GLOBAL_SCOPE_ROLES, ROLE_PERMISSIONS, rolePermits, ROLES } from '../../platform/auth/roles.ts';
import type { SessionUser } from '../../platform/auth/sessions.ts';
import type { Executor } from '../../platform/db/pool.ts';
import type { LocalisedName } from '../../platform/org/org.tables.ts';

/**
 * A `where` fragment: the unit column lies in the subtree of a unit where the user holds `permission`. A
 * global role sees everywhere; no role with the permission sees nothing.
 */
export function inUserScope(user: SessionUser, permission: Permission, unitColumn: SQL): SQL {
  const holding = user.roles.filter((entry) => rolePermits(entry.role, permission));
  if (holding.some((entry) => GLOBAL_SCOPE_ROLES.has(entry.role))) return sql`true`;
  if (holding.length === 0) return sql`false`;
  return sql`${unitColumn} in (
    with recursive scope(id) as (
      select id from org_units where id in (${sql.join(
        holding.map((entry) => sql`${entry.orgUnitId}::uuid`),
        sql`, `,
      )})
      union
      select u.id from org_units u join scope s on u.parent_id = s.id
    )
    select id from scope)`;
}

/** Roles that supervise orders: whoever holds `probation:supervise`. */
const SUPERVISING_ROLES = ROLES.filter((role) => ROLE_PERMISSIONS[role].includes('probation:supervise'));
const supervisingRoles = sql.join(
  SUPERVISING_ROLES.map((role) => sql`${role}`),
  sql`, `,
);

export type OfficerOption = { id: string; displayName: string };
export type OfficeOption = { id: string; code: string; name: LocalisedName };

/** Active users who may supervise an order of this office: a supervising role at the office or above it. */
export async function officersOfOffice(db: Executor, officeId: string): Promise<OfficerOption[]> {
  const units = [...(await unitAndAncestors(db, officeId))];
  if (units.length === 0) return [];
  const result = await db.execute<OfficerOption>(sql`
    select distinct u.id, u.display_name as "displayName" from users u join user_roles r on r.user_id = u.id
    where u.disabled_at is null and not u.service_account and r.role in (${supervisingRoles})
      and r.org_unit_id in (${sql.join(
        units.map((id) => sql`${id}::uuid`),
        sql`, `,
      )})
    order by u.display_name`);
  return result.rows;
}

/** Supervising officers whose role sits in the manager's `probation:allocate` scope: the manager's team. */
export async function officersInScope(db: Executor, user: SessionUser): Promise<OfficerOption[]> {
  const result = await db.execute<OfficerOption>(sql`
    select distinct u.id, u.display_name as "displayName" from users u join user_roles r on r.user_id = u.id
    where u.disabled_at is null and not u.service_account and r.role in (${supervisingRoles})
      and ${inUserScope(user, 'probation:allocate', sql`r.org_unit_id`)}
    order by u.display_name`);
  return result.rows;
}

/** The probation offices where the user may open orders (`probation:supervise`). */
export async function officesOf(db: Executor, user: SessionUser): Promise<OfficeOption[]> {
  const result = await db.execute<OfficeOption>(sql`
    select id, code, name from org_units u
    where u.active and u.kind = 'probation_office' and ${inUserScope(user, 'probation:supervise', sql`u.id`)}
    order by u.code`);
  return result.rows;
}
