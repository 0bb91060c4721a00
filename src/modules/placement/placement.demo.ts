import { eq, sql } from 'drizzle-orm';
import type { Database } from '../../platform/db/pool.ts';
import { orgUnits } from '../../platform/org/org.tables.ts';
import { placementCells, placementLocations, placementUnits } from './placement.tables.ts';

type DemoCell = Omit<typeof placementCells.$inferInsert, 'unitId'>;

/** A small structure for the demo facility: a general wing, the specialist unit and a separation unit. */
const DEMO_UNITS: { code: string; name: string; cells: DemoCell[] }[] = [
  {
    code: 'A',
    name: 'А блогу — жалпы режим',
    cells: [
      { code: 'A-101', capacity: 4, sex: 'male', ageGroup: 'adult', custody: 'convicted', regime: 'general' },
      { code: 'A-102', capacity: 4, sex: 'male', ageGroup: 'adult', custody: 'convicted', regime: 'general' },
      { code: 'A-103', capacity: 2, sex: 'male', ageGroup: 'adult', custody: 'convicted', regime: 'general' },
    ],
  },
  {
    code: 'S',
    name: 'Атайын бөлүм',
    cells: [{ code: 'S-201', capacity: 2, sex: 'male', ageGroup: 'adult', custody: 'convicted', regime: null, specialistUnit: true }],
  },
  {
    code: 'B',
    name: 'Бөлүп кармоо бөлүмү',
    cells: [{ code: 'B-301', capacity: 1, sex: 'male', ageGroup: 'adult', custody: 'any', regime: null, separationUnit: true }],
  },
];

/**
 * Seeds the demo structure for a facility (PRISON_47) once — nothing when it has units already — and places
 * a few of its adult convicted men in the general wing so the occupancy view and the move have people to show.
 */
export async function seedDemoStructure(db: Database, facilityCode = 'PRISON_47'): Promise<void> {
  await db.transaction(async (tx) => {
    const [facility] = await tx.select({ id: orgUnits.id }).from(orgUnits).where(eq(orgUnits.code, facilityCode));
    if (!facility) return;
    const existing = await tx
      .select({ id: placementUnits.id })
      .from(placementUnits)
      .where(eq(placementUnits.facilityId, facility.id))
      .limit(1);
    if (existing.length > 0) return;
    const generalCells: string[] = [];
    for (const unit of DEMO_UNITS) {
      const [row] = await tx
        .insert(placementUnits)
        .values({ facilityId: facility.id, code: unit.code, name: unit.name })
        .returning({ id: placementUnits.id });
      for (const cell of unit.cells) {
        const [created] = await tx
          .insert(placementCells)
          .values({ ...cell, unitId: row!.id })
          .returning({ id: placementCells.id });
        if (unit.code === 'A') generalCells.push(created!.id);
      }
    }
    const people = await tx.execute<{ id: string }>(sql`
      select id from people where unit_id = ${facility.id} and sex = 'male' and legal_status = 'convicted'
        and date_of_birth <= (current_date - interval '18 years') and merged_into_id is null order by family_name, id limit 6`);
    for (const [index, person] of people.rows.entries()) {
      await tx.insert(placementLocations).values({ personId: person.id, cellId: generalCells[index % 2]! });
    }
  });
}
