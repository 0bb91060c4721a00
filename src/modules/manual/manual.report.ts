import { sql } from 'drizzle-orm';
import { GLOBAL_SCOPE_ROLES, ROLE_PERMISSIONS, ROLES, rolePermits } from '../../platform/auth/roles.ts';
import type { SessionUser } from '../../platform/auth/sessions.ts';
import type { Executor } from '../../platform/db/pool.ts';
import type { LocalisedName } from '../../platform/org/org.tables.ts';

/** The roles whose holders are expected to read the manuals: every role that grants `manual:read`. */
const READING_ROLES = ROLES.filter((role) => ROLE_PERMISSIONS[role].includes('manual:read'));

export type NotRead = { id: string; displayName: string; username: string; units: LocalisedName[] };

/**
 * Staff in the manager's units (holding a reading role at a unit in the subtree of a unit where the manager has
 * `manual:report`) who have not said they read and understood the given version; and how many such staff there
 * are in all. Disabled accounts and service accounts are left out.
 */
export async function notReadReport(tx: Executor, manager: SessionUser, versionId: string): Promise<{ notRead: NotRead[]; staff: number }> {
  const holding = manager.roles.filter((entry) => rolePermits(entry.role, 'manual:report'));
  const everywhere = holding.some((entry) => GLOBAL_SCOPE_ROLES.has(entry.role));
  const roots = [...new Set(holding.map((entry) => entry.orgUnitId))];
  if (!everywhere && roots.length === 0) return { notRead: [], staff: 0 };
  const scope = everywhere
    ? sql`select id from org_units`
    : sql`with recursive scope(id) as (
        select id from org_units where id in (${sql.join(
          roots.map((id) => sql`${id}::uuid`),
          sql`, `,
        )})
        union select o.id from org_units o join scope s on o.parent_id = s.id
      ) select id from scope`;
  const result = await tx.execute<NotRead & { read: boolean }>(sql`
    select u.id, u.display_name as "displayName", u.username,
           jsonb_agg(distinct o.name) as units,
           exists (select 1 from manual_acknowledgements a where a.version_id = ${versionId}::uuid and a.user_id = u.id) as read
    from users u join user_roles r on r.user_id = u.id join org_units o on o.id = r.org_unit_id
    where u.disabled_at is null and not u.service_account
      and r.role in (${sql.join(
        READING_ROLES.map((role) => sql`${role}`),
        sql`, `,
      )})
      and r.org_unit_id in (${scope})
    group by u.id order by u.display_name`);
  return { notRead: result.rows.filter((row) => !row.read).map(({ read: _read, ...row }) => row), staff: result.rows.length };
}
