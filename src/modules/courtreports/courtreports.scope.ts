import { type SQL, sql } from 'drizzle-orm';
import { unitAndAncestors } from '../../platform/access/access.repository.ts';
import type { Permission } from '../../platform/auth/permissions.ts';
import { GLOBAL_SCOPE_ROLES, ROLE_PERMISSIONS, rolePermits, ROLES } from '../../platform/auth/roles.ts';
import type { SessionUser } from '../../platform/auth/sessions.ts';
import type { Executor } from '../../platform/db/pool.ts';
import type { LocalisedName } from '../../platform/org/org.tables.ts';

/**
 * A `where` fragment: the unit column lies in the subtree of a unit where the user holds `permission`. A global
 * role (the M&E officer's national reports) sees everywhere; without the permission, nothing.
 */
export function inUserScope(user: SessionUser, permission: Permission, unitColumn: SQL): SQL {
  const holding = user.roles.filter((entry) => rolePermits(entry.role, permission));
  if (holding.some((entry) => GLOBAL_SCOPE_ROLES.has(entry.role))) return sql`true`;
  const roots = [...new Set(holding.map((entry) => entry.orgUnitId))];
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

export type OfficeOption = { id: string; code: string; name: LocalisedName };

/** The probation offices where the user may prepare reports for courts. */
export async function officesFor(tx: Executor, user: SessionUser): Promise<OfficeOption[]> {
  const result = await tx.execute<OfficeOption>(sql`
    select id, code, name from org_units u
    where u.active and u.kind = 'probation_office' and ${inUserScope(user, 'court_reports:write', sql`u.id`)}
    order by u.code`);
  return result.rows;
}

const WRITING_ROLES = ROLES.filter((role) => ROLE_PERMISSIONS[role].includes('court_reports:write'));

export type OfficerOption = { id: string; name: string };

/** Who a report can be allocated to: active staff who write reports for courts at the office or a unit above it. */
export async function officersFor(tx: Executor, officeId: string): Promise<OfficerOption[]> {
  const units = [...(await unitAndAncestors(tx, officeId))];
  if (units.length === 0) return [];
  const result = await tx.execute<OfficerOption>(sql`
    select distinct u.id, u.display_name as name from users u join user_roles r on r.user_id = u.id
    where u.disabled_at is null and not u.service_account
      and r.role in (${sql.join(
        WRITING_ROLES.map((role) => sql`${role}`),
        sql`, `,
      )})
      and r.org_unit_id in (${sql.join(
        units.map((id) => sql`${id}::uuid`),
        sql`, `,
      )})
    order by u.display_name`);
  return result.rows;
}

/** Officers of every office the user may write in, without repeats: the request form's one officer list. */
export async function officersOfOffices(tx: Executor, offices: readonly OfficeOption[]): Promise<OfficerOption[]> {
  const byId = new Map<string, OfficerOption>();
  for (const office of offices) for (const officer of await officersFor(tx, office.id)) byId.set(officer.id, officer);
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name));
}
