import { type SQL, sql } from 'drizzle-orm';
import type { Permission } from '../../platform/auth/permissions.ts';
import { GLOBAL_SCOPE_ROLES, rolePermits } from '../../platform/auth/roles.ts';
import type { SessionUser } from '../../platform/auth/sessions.ts';

/**
 * A `where` fragment: the unit column lies in the subtree of a unit where the user holds `permission`. Lists
 * and searches use it so that they never reach past the user's own units; a global role sees everywhere.
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
