import { type SQL, sql } from 'drizzle-orm';
import type { Permission } from '../../platform/auth/permissions.ts';
import { GLOBAL_SCOPE_ROLES, rolePermits } from '../../platform/auth/roles.ts';
import type { SessionUser } from '../../platform/auth/sessions.ts';

/**
 * A `where` fragment: the unit column lies in the subtree of a unit where the user holds `permission`. Lists
 * use it so they never show more than `authorise` would let the user open (a partner worker: referrals sent
 * to their organisation; an officer: people of their units).
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

/** The SQL twin of `consentAllowsAccess`: not withdrawn, given by today, not past its last day. */
export const consentInForce = (today: string) =>
  sql`c.withdrawn_on is null and c.given_on <= ${today}::date and c.valid_until >= ${today}::date`;
