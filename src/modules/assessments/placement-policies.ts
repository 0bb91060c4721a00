import { inArray, sql } from 'drizzle-orm';
import { authorise } from '../../platform/access/authorise.ts';
import { unitWithinAny } from '../../platform/access/access.repository.ts';
import type { AuditActor } from '../../platform/audit/audit.service.ts';
import { GLOBAL_SCOPE_ROLES, rolePermits } from '../../platform/auth/roles.ts';
import type { SessionUser } from '../../platform/auth/sessions.ts';
import type { Database, Executor } from '../../platform/db/pool.ts';
import { type LocalisedName, orgUnits } from '../../platform/org/org.tables.ts';
import { AssessmentRefused } from './assessments.errors.ts';
import { PLACEMENT_OPTIONS, placementPolicies } from './classification.tables.ts';

type Placement = (typeof PLACEMENT_OPTIONS)[number];
export type FacilityPolicy = { id: string; code: string; name: LocalisedName; options: Placement[] | null };

/** The kinds of unit that hold prisoners, whose policy decides the placement options a proposal may use. */
const FACILITY_KINDS = ['colony', 'colony_settlement', 'pretrial_centre', 'prison_hospital'] as const;

/** The facilities the user may set a policy for, each with its recorded options (null: none recorded, all three). */
export async function facilityPolicies(db: Executor, user: SessionUser): Promise<FacilityPolicy[]> {
  const rows = await db.execute<FacilityPolicy>(sql`
    select u.id, u.code, u.name, p.options from org_units u left join placement_policies p on p.unit_id = u.id
    where u.active and u.kind in (${sql.join(
      FACILITY_KINDS.map((kind) => sql`${kind}`),
      sql`, `,
    )}) order by u.code`);
  const holding = user.roles.filter((entry) => rolePermits(entry.role, 'placement_policies:manage'));
  if (holding.some((entry) => GLOBAL_SCOPE_ROLES.has(entry.role))) return rows.rows;
  const roots = holding.map((entry) => entry.orgUnitId);
  const visible: FacilityPolicy[] = [];
  for (const row of rows.rows) if (await unitWithinAny(db, row.id, roots)) visible.push(row);
  return visible;
}

/**
 * Records which placement options a facility runs (dispersal, concentration, separation): at least one. The
 * facility must be in the user's units (404 otherwise, audited); the change is audited with before and after.
 */
export async function setPlacementPolicy(
  db: Database,
  actor: { user: SessionUser; audit: AuditActor },
  unitCode: string,
  options: readonly string[],
): Promise<void> {
  const chosen = PLACEMENT_OPTIONS.filter((option) => options.includes(option));
  await db.transaction(async (tx) => {
    const [unit] = await tx
      .select()
      .from(orgUnits)
      .where(inArray(orgUnits.code, [unitCode]));
    if (!unit || !(FACILITY_KINDS as readonly string[]).includes(unit.kind)) throw new AssessmentRefused('not_found', 404);
    const [before] = await tx
      .select()
      .from(placementPolicies)
      .where(sql`${placementPolicies.unitId} = ${unit.id}`);
    await authorise(tx, {
      actor: actor.user,
      audit: actor.audit,
      permission: 'placement_policies:manage',
      action: 'placement_policy.set',
      record: { resourceType: 'org_unit', resourceId: unit.id, unitId: unit.id },
      changes: [{ field: 'options', from: before?.options.join(',') ?? null, to: chosen.join(',') }],
    });
    if (chosen.length === 0) throw new AssessmentRefused('placement_option_required', 400);
    await tx
      .insert(placementPolicies)
      .values({ unitId: unit.id, options: chosen, updatedBy: actor.user.id })
      .onConflictDoUpdate({ target: placementPolicies.unitId, set: { options: chosen, updatedBy: actor.user.id, updatedAt: sql`now()` } });
  });
}
