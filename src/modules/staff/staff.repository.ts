import { sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/pool.ts';
import type { LocalisedName } from '../../platform/org/org.tables.ts';

export type StaffRoleRow = {
  user_id: string;
  username: string;
  display_name: string;
  home_unit_id: string | null;
  disabled: boolean;
  two_factor: boolean;
  role: string;
  unit_id: string;
  unit_code: string;
  unit_name: LocalisedName;
};

const uuidArray = (ids: readonly string[]) =>
  sql`array[${sql.join(
    ids.map((id) => sql`${id}::uuid`),
    sql`, `,
  )}]::uuid[]`;

/**
 * Every role held at a unit inside the given units' subtrees (null: everywhere), one row per role. Service
 * accounts are not staff and are left out.
 */
export async function listStaffRoles(db: Executor, scopeUnitIds: readonly string[] | null, username?: string): Promise<StaffRoleRow[]> {
  if (scopeUnitIds?.length === 0) return [];
  const scope = scopeUnitIds
    ? sql`and ur.org_unit_id in (
        with recursive subtree(id) as (
          select unnest(${uuidArray(scopeUnitIds)})
          union select o.id from org_units o join subtree s on o.parent_id = s.id
        ) select id from subtree)`
    : sql``;
  const byName = username ? sql`and lower(u.username) = lower(${username})` : sql``;
  const result = await db.execute<StaffRoleRow>(sql`
    select u.id as user_id, u.username, u.display_name, u.home_unit_id, u.disabled_at is not null as disabled,
           u.totp_enabled_at is not null as two_factor, ur.role, ou.id as unit_id, ou.code as unit_code, ou.name as unit_name
    from users u
    join user_roles ur on ur.user_id = u.id
    join org_units ou on ou.id = ur.org_unit_id
    where not u.service_account ${scope} ${byName}
    order by u.display_name, u.username, ur.role`);
  return result.rows;
}
