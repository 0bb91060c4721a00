import { sql } from 'drizzle-orm';
import { authorise } from '../../platform/access/authorise.ts';
import { unitWithinAny } from '../../platform/access/access.repository.ts';
import type { Permission } from '../../platform/auth/permissions.ts';
import { GLOBAL_SCOPE_ROLES, rolePermits } from '../../platform/auth/roles.ts';
import type { SessionUser } from '../../platform/auth/sessions.ts';
import type { Executor } from '../../platform/db/pool.ts';
import type { LocalisedName } from '../../platform/org/org.tables.ts';
import type { PeopleActor } from '../people/people.service.ts';
import { PlacementRefused } from './placement.errors.ts';

/** The kinds of org unit that hold prisoners and so have units, wings and cells. */
export const CUSTODY_KINDS = ['colony', 'colony_settlement', 'pretrial_centre', 'prison_hospital'] as const;

export type Facility = { id: string; code: string; name: LocalisedName };

const kinds = () =>
  sql.join(
    CUSTODY_KINDS.map((kind) => sql`${kind}`),
    sql`, `,
  );

/** Every active facility, then narrowed to the user's units for `permission` (a global role sees all). */
export async function facilitiesInScope(db: Executor, user: SessionUser, permission: Permission): Promise<Facility[]> {
  const rows = (await db.execute<Facility>(sql`select id, code, name from org_units where active and kind in (${kinds()}) order by code`))
    .rows;
  const holding = user.roles.filter((entry) => rolePermits(entry.role, permission));
  if (holding.some((entry) => GLOBAL_SCOPE_ROLES.has(entry.role))) return rows;
  const roots = holding.map((entry) => entry.orgUnitId);
  const visible: Facility[] = [];
  for (const row of rows) if (roots.length > 0 && (await unitWithinAny(db, row.id, roots))) visible.push(row);
  return visible;
}

export async function facilityById(db: Executor, id: string): Promise<Facility | undefined> {
  const rows = await db.execute<Facility>(sql`select id, code, name from org_units where id = ${id} and kind in (${kinds()})`);
  return rows.rows[0];
}

/**
 * The one door to a facility's placement records: the facility by code, then `authorise` with the facility
 * as the scoped record (one audit event; 404 outside the user's units, alike for an unknown code).
 */
export async function openFacility(
  tx: Executor,
  actor: PeopleActor,
  input: { code: string; permission: Permission; action: string; details?: Record<string, unknown> },
): Promise<Facility> {
  const rows = await tx.execute<Facility>(sql`select id, code, name from org_units where code = ${input.code} and kind in (${kinds()})`);
  const facility = rows.rows[0];
  if (!facility) throw new PlacementRefused('not_found', 404);
  await authorise(tx, {
    actor: actor.user,
    audit: actor.audit,
    permission: input.permission,
    action: input.action,
    record: { resourceType: 'facility', resourceId: facility.id, unitId: facility.id },
    details: { facility: facility.code, ...input.details },
  });
  return facility;
}
