import { eq } from 'drizzle-orm';
import { placementCells, placementLocations, placementUnits } from '../../src/modules/placement/placement.tables.ts';
import type { TestApp } from '../support/app.ts';
import { postForm, unitIdOf } from './classification.fixture.ts';

/**
 * Shared set-up for the placement tests: a unit with cells straight into the tables (the structure pages have
 * their own test), and people placed in them, so the tests are about the move and separation.
 */
export async function insertUnit(test: TestApp, facility: string, code: string) {
  const [row] = await test.database.db
    .insert(placementUnits)
    .values({ facilityId: await unitIdOf(test, facility), code, name: `Unit ${code}` })
    .returning({ id: placementUnits.id });
  return row!.id;
}

export async function insertCell(
  test: TestApp,
  unitId: string,
  code: string,
  cell: Partial<typeof placementCells.$inferInsert> = {},
): Promise<string> {
  const [row] = await test.database.db
    .insert(placementCells)
    .values({ unitId, code, capacity: 2, sex: 'male', ageGroup: 'adult', custody: 'convicted', regime: null, ...cell })
    .returning({ id: placementCells.id });
  return row!.id;
}

export async function place(test: TestApp, personId: string, cellId: string) {
  await test.database.db.insert(placementLocations).values({ personId, cellId });
}

export async function cellOf(test: TestApp, personId: string) {
  const [row] = await test.database.db.select().from(placementLocations).where(eq(placementLocations.personId, personId));
  return row?.cellId;
}

/** Posts the move form from the person's cell page, as the manager would. */
export function move(test: TestApp, cookies: string, personId: string, fields: Record<string, string>) {
  return postForm(test, cookies, `/people/${personId}/cell`, `/people/${personId}/cell`, {
    version: '0',
    reason: 'Кайра бөлүштүрүү',
    ...fields,
  });
}
