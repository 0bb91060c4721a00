import { and, asc, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../../platform/db/pool.ts';
import { orgUnits, territories } from '../../platform/org/org.tables.ts';

const parentTerritory = alias(territories, 'parent_territory');
const parentUnit = alias(orgUnits, 'parent_unit');

export function listTerritories(db: Executor) {
  return db
    .select({
      code: territories.code,
      kind: territories.kind,
      parentCode: parentTerritory.code,
      name: territories.name,
      projectLocation: territories.projectLocation,
    })
    .from(territories)
    .leftJoin(parentTerritory, eq(parentTerritory.id, territories.parentId))
    .orderBy(asc(territories.code));
}

const orgUnitColumns = {
  id: orgUnits.id,
  code: orgUnits.code,
  kind: orgUnits.kind,
  parentCode: parentUnit.code,
  territoryCode: territories.code,
  territoryName: territories.name,
  name: orgUnits.name,
  regime: orgUnits.regime,
  veUnit: orgUnits.veUnit,
  capacity: orgUnits.capacity,
  active: orgUnits.active,
  version: orgUnits.version,
};

export function listOrgUnits(db: Executor) {
  return db
    .select(orgUnitColumns)
    .from(orgUnits)
    .leftJoin(parentUnit, eq(parentUnit.id, orgUnits.parentId))
    .leftJoin(territories, eq(territories.id, orgUnits.territoryId))
    .orderBy(asc(orgUnits.kind), asc(orgUnits.code));
}

export type OrgUnitRow = Awaited<ReturnType<typeof listOrgUnits>>[number];

export function findOrgUnitByCode(db: Executor, code: string): Promise<OrgUnitRow | undefined> {
  return db
    .select(orgUnitColumns)
    .from(orgUnits)
    .leftJoin(parentUnit, eq(parentUnit.id, orgUnits.parentId))
    .leftJoin(territories, eq(territories.id, orgUnits.territoryId))
    .where(eq(orgUnits.code, code))
    .then((rows) => rows[0]);
}

/** Updates only if the stored version is the one the editor saw; returns the new row, or nothing on conflict. */
export function updateOrgUnitIfVersion(
  db: Executor,
  id: string,
  expectedVersion: number,
  changes: Partial<Pick<typeof orgUnits.$inferInsert, 'name' | 'capacity' | 'active'>>,
) {
  return db
    .update(orgUnits)
    .set({ ...changes, version: sql`${orgUnits.version} + 1`, updatedAt: new Date() })
    .where(and(eq(orgUnits.id, id), eq(orgUnits.version, expectedVersion)))
    .returning({ id: orgUnits.id, version: orgUnits.version });
}
