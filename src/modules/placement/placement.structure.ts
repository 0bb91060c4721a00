import { isUniqueViolation } from '../../platform/db/constraint-errors.ts';
import { and, eq, sql } from 'drizzle-orm';
import type { Database, Executor } from '../../platform/db/pool.ts';
import type { PeopleActor } from '../people/people.service.ts';
import { openFacility } from './placement.facilities.ts';
import { PlacementRefused } from './placement.errors.ts';
import {
  type CELL_AGE_GROUPS,
  type CELL_CUSTODIES,
  type CELL_SEXES,
  placementCells,
  placementLocations,
  placementUnits,
} from './placement.tables.ts';

export type CellInput = {
  unitId: string;
  code: string;
  capacity: number;
  sex: (typeof CELL_SEXES)[number];
  ageGroup: (typeof CELL_AGE_GROUPS)[number];
  custody: (typeof CELL_CUSTODIES)[number];
  regime: string | null;
  specialistUnit: boolean;
  separationUnit: boolean;
};

export type CellRow = typeof placementCells.$inferSelect & { occupants: number };
export type UnitWithCells = typeof placementUnits.$inferSelect & { cells: CellRow[] };

/** The facility's units, each with its cells and how many people are in each now. */
export async function structureOf(db: Executor, facilityId: string): Promise<UnitWithCells[]> {
  const units = await db.select().from(placementUnits).where(eq(placementUnits.facilityId, facilityId)).orderBy(placementUnits.code);
  const cells = await db
    .select({
      cell: placementCells,
      occupants: sql<number>`(select count(*)::int from placement_locations l where l.cell_id = ${placementCells.id})`,
    })
    .from(placementCells)
    .innerJoin(placementUnits, eq(placementUnits.id, placementCells.unitId))
    .where(eq(placementUnits.facilityId, facilityId))
    .orderBy(placementCells.code);
  return units.map((unit) => ({
    ...unit,
    cells: cells.filter((row) => row.cell.unitId === unit.id).map((row) => ({ ...row.cell, occupants: row.occupants })),
  }));
}

/** Adds a unit or wing to a facility (facilities:manage, the facility in the manager's units). */
export async function addUnit(db: Database, actor: PeopleActor, input: { facilityCode: string; code: string; name: string }) {
  try {
    return await db.transaction(async (tx) => {
      const facility = await openFacility(tx, actor, {
        code: input.facilityCode,
        permission: 'facilities:manage',
        action: 'placement_unit.create',
        details: { code: input.code },
      });
      const [row] = await tx
        .insert(placementUnits)
        .values({ facilityId: facility.id, code: input.code, name: input.name, updatedBy: actor.user.id })
        .returning();
      return row!;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new PlacementRefused('code_taken', 409);
    throw error;
  }
}

/** Adds a cell to one of the facility's units. */
export async function addCell(db: Database, actor: PeopleActor, facilityCode: string, input: CellInput) {
  try {
    return await db.transaction(async (tx) => {
      const facility = await openFacility(tx, actor, {
        code: facilityCode,
        permission: 'facilities:manage',
        action: 'placement_cell.create',
        details: { code: input.code },
      });
      const [unit] = await tx
        .select()
        .from(placementUnits)
        .where(and(eq(placementUnits.id, input.unitId), eq(placementUnits.facilityId, facility.id)));
      if (!unit) throw new PlacementRefused('not_found', 404);
      const [row] = await tx
        .insert(placementCells)
        .values({ ...input, updatedBy: actor.user.id })
        .returning();
      return row!;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new PlacementRefused('code_taken', 409);
    throw error;
  }
}

/** Changes a cell; refused when stale, or when the capacity would fall below the people already in it. */
export async function updateCell(
  db: Database,
  actor: PeopleActor,
  facilityCode: string,
  cellId: string,
  version: number,
  input: CellInput,
) {
  await db.transaction(async (tx) => {
    const facility = await openFacility(tx, actor, {
      code: facilityCode,
      permission: 'facilities:manage',
      action: 'placement_cell.update',
      details: { cellId },
    });
    const [row] = await tx
      .select({ cell: placementCells })
      .from(placementCells)
      .innerJoin(placementUnits, eq(placementUnits.id, placementCells.unitId))
      .where(and(eq(placementCells.id, cellId), eq(placementUnits.facilityId, facility.id)))
      .for('update');
    if (!row) throw new PlacementRefused('not_found', 404);
    if (row.cell.version !== version) throw new PlacementRefused('stale', 409);
    const [{ count } = { count: 0 }] = await tx
      .select({ count: sql<number>`count(*)::int` })
      .from(placementLocations)
      .where(eq(placementLocations.cellId, cellId));
    if (input.capacity < count) throw new PlacementRefused('capacity_below_occupants', 400);
    await tx
      .update(placementCells)
      .set({
        ...input,
        unitId: row.cell.unitId,
        updatedBy: actor.user.id,
        updatedAt: new Date(),
        version: sql`${placementCells.version} + 1`,
      })
      .where(eq(placementCells.id, cellId));
  });
}
