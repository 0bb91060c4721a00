import { and, eq, gt, sql } from 'drizzle-orm';
import type { Executor } from '../db/pool.ts';
import { breakGlassGrants } from './access.tables.ts';

/** True when `unitId` is one of `scopeUnitIds` or lies below one of them in the organisation tree. */
export async function unitWithinAny(db: Executor, unitId: string, scopeUnitIds: readonly string[]): Promise<boolean> {
  if (scopeUnitIds.length === 0) return false;
  const result = await db.execute<{ found: boolean }>(sql`
    with recursive ancestors(id, parent_id) as (
      select id, parent_id from org_units where id = ${unitId}
      union all
      select u.id, u.parent_id from org_units u join ancestors a on u.id = a.parent_id
    )
    select exists (
      select 1 from ancestors where id in (${sql.join(
        scopeUnitIds.map((id) => sql`${id}::uuid`),
        sql`, `,
      )})
    ) as found`);
  return result.rows[0]?.found === true;
}

/** The unit itself and every unit above it: a role at any of these covers the unit. */
export async function unitAndAncestors(db: Executor, unitId: string): Promise<Set<string>> {
  const result = await db.execute<{ id: string }>(sql`
    with recursive ancestors(id, parent_id) as (
      select id, parent_id from org_units where id = ${unitId}
      union all
      select u.id, u.parent_id from org_units u join ancestors a on u.id = a.parent_id
    )
    select id from ancestors`);
  return new Set(result.rows.map((row) => row.id));
}

export function findActiveGrant(db: Executor, input: { userId: string; resourceType: string; resourceId: string; now: Date }) {
  return db
    .select()
    .from(breakGlassGrants)
    .where(
      and(
        eq(breakGlassGrants.userId, input.userId),
        eq(breakGlassGrants.resourceType, input.resourceType),
        eq(breakGlassGrants.resourceId, input.resourceId),
        gt(breakGlassGrants.expiresAt, input.now),
      ),
    )
    .limit(1)
    .then((rows) => rows[0]);
}

export type BreakGlassGrant = typeof breakGlassGrants.$inferSelect;
