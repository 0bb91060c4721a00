import { sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/pool.ts';
import { structureOf, type UnitWithCells } from './placement.structure.ts';

export type Occupant = { personId: string; cellId: string; name: string };
export type Occupancy = { units: UnitWithCells[]; occupants: Occupant[] };

/** The occupancy view of a facility: each unit's cells with capacity, attributes and who is in them now. */
export async function occupancyOf(db: Executor, facilityId: string): Promise<Occupancy> {
  const units = await structureOf(db, facilityId);
  const rows = await db.execute<Occupant>(sql`
    select l.person_id as "personId", l.cell_id as "cellId", concat_ws(' ', p.family_name, p.given_name, p.patronymic) as name
    from placement_locations l join placement_cells c on c.id = l.cell_id join placement_units u on u.id = c.unit_id
      join people p on p.id = l.person_id
    where u.facility_id = ${facilityId} order by p.family_name, p.given_name`);
  return { units, occupants: rows.rows };
}

export type Location = { cellId: string; cellCode: string; unitName: string; version: number; movedAt: Date };

/** Where a person is now, or undefined when they have not been placed in a cell yet. */
export async function locationOf(db: Executor, personId: string): Promise<Location | undefined> {
  const rows = await db.execute<Location>(sql`
    select l.cell_id as "cellId", c.code as "cellCode", u.name as "unitName", l.version, l.moved_at as "movedAt"
    from placement_locations l join placement_cells c on c.id = l.cell_id join placement_units u on u.id = c.unit_id
    where l.person_id = ${personId}`);
  return rows.rows[0];
}

export type MoveRow = {
  id: string;
  personId: string;
  personName: string;
  toCell: string;
  movedAt: Date;
  movedBy: string;
  reason: string;
  conflicts: { code: string; kind: string; withPersonIds: string[] }[];
  overrideReason: string | null;
};

const MOVE_SELECT = sql`
  select m.id, m.person_id as "personId", concat_ws(' ', p.family_name, p.given_name) as "personName", c.code as "toCell",
    m.moved_at as "movedAt", u.display_name as "movedBy", m.reason, m.conflicts, m.override_reason as "overrideReason"
  from placement_moves m join people p on p.id = m.person_id join placement_cells c on c.id = m.to_cell_id
    join users u on u.id = m.moved_by`;

/** The facility's overridden conflicts, newest first: what oversight reads. */
export async function overridesOf(db: Executor, facilityId: string): Promise<MoveRow[]> {
  return (
    await db.execute<MoveRow>(
      sql`${MOVE_SELECT} where m.facility_id = ${facilityId} and m.override_reason is not null order by m.moved_at desc`,
    )
  ).rows;
}

/** A person's moves, newest first. */
export async function movesOf(db: Executor, personId: string): Promise<MoveRow[]> {
  return (await db.execute<MoveRow>(sql`${MOVE_SELECT} where m.person_id = ${personId} order by m.moved_at desc`)).rows;
}

/** The names of people a conflict names, to explain it. */
export async function namesOf(db: Executor, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.execute<{ id: string; name: string }>(sql`
    select id, concat_ws(' ', family_name, given_name, patronymic) as name from people where id in (${sql.join(
      ids.map((id) => sql`${id}::uuid`),
      sql`, `,
    )})`);
  return new Map(rows.rows.map((row) => [row.id, row.name]));
}
