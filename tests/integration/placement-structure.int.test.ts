import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoStructure } from '../../src/modules/placement/placement.service.ts';
import { placementCells, placementLocations, placementUnits } from '../../src/modules/placement/placement.tables.ts';
import { createTestApp, createTestUser, signIn, type TestApp } from '../support/app.ts';
import { insertPerson, postForm, unitIdOf } from './classification.fixture.ts';
import { place } from './placement.fixture.ts';

let test: TestApp;
let manager: string;
let officer: string;

beforeAll(async () => {
  test = await createTestApp();
  await createTestUser(test, 'structure.manager', [{ role: 'facility_manager', unitCode: 'PRISON_47' }]);
  await createTestUser(test, 'structure.officer', [{ role: 'prison_officer', unitCode: 'PRISON_47' }]);
  manager = await signIn(test.app, 'structure.manager');
  officer = await signIn(test.app, 'structure.officer');
});
afterAll(() => test.close());

const page = '/facilities/PRISON_47/structure';
const cellFields = (unitId: string, fields: Record<string, string> = {}) => ({
  unitId,
  code: 'C-1',
  capacity: '3',
  sex: 'male',
  ageGroup: 'adult',
  custody: 'convicted',
  regime: 'strict',
  specialistUnit: 'yes',
  ...fields,
});
const cellByCode = async (code: string) => (await test.database.db.select().from(placementCells).where(eq(placementCells.code, code)))[0];

describe('the structure of a facility', () => {
  it('lets the manager add a unit and a cell with its attributes, and lists them', async () => {
    expect((await postForm(test, manager, page, '/facilities/PRISON_47/units', { unitCode: 'C', unitName: 'С блогу' })).statusCode).toBe(
      303,
    );
    const [unit] = await test.database.db.select().from(placementUnits).where(eq(placementUnits.code, 'C'));
    expect((await postForm(test, manager, page, '/facilities/PRISON_47/cells', cellFields(unit!.id))).statusCode).toBe(303);
    const cell = await cellByCode('C-1');
    expect(cell).toMatchObject({ capacity: 3, regime: 'strict', specialistUnit: true, separationUnit: false });
    const listed = await test.app.inject({ url: page, headers: { cookie: manager } });
    expect(listed.body).toContain('С блогу');
    expect(listed.body).toContain('Зордук-зомбулуктуу экстремист соттолгондор үчүн атайын бөлүм');
  });

  it('refuses a cell without a capacity in Kyrgyz and shows the form as typed', async () => {
    const [unit] = await test.database.db.select().from(placementUnits).where(eq(placementUnits.code, 'C'));
    const refused = await postForm(test, manager, page, '/facilities/PRISON_47/cells', cellFields(unit!.id, { code: 'C-9', capacity: '' }));
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('1ден 100гө чейинки сыйымдуулукту жазыңыз.');
    expect(refused.body).toContain('value="C-9"');
    expect(await cellByCode('C-9')).toBeUndefined();
  });

  it('refuses a stale cell edit and a capacity below the people already in the cell', async () => {
    const cell = (await cellByCode('C-1'))!;
    const url = `/facilities/PRISON_47/cells/${cell.id}`;
    const edit = (fields: Record<string, string>) => postForm(test, manager, url, url, cellFields(cell.unitId, fields));
    expect((await edit({ capacity: '4', version: String(cell.version) })).statusCode).toBe(303);
    const stale = await edit({ capacity: '5', version: String(cell.version) });
    expect(stale.statusCode).toBe(409);
    expect((await cellByCode('C-1'))!.capacity).toBe(4);
    await place(test, await insertPerson(test, 'Орозов'), cell.id);
    await place(test, await insertPerson(test, 'Токтогулов'), cell.id);
    const tooSmall = await edit({ capacity: '1', version: String(cell.version + 1) });
    expect(tooSmall.statusCode).toBe(400);
    expect(tooSmall.body).toContain('Сыйымдуулук камерада отурган адамдардын санынан аз болушу мүмкүн эмес.');
  });

  it('keeps the structure pages to managers, and answers 404 for a facility outside their units', async () => {
    expect((await test.app.inject({ url: page, headers: { cookie: officer } })).statusCode).toBe(403);
    expect((await test.app.inject({ url: '/facilities/PRISON_16/structure', headers: { cookie: manager } })).statusCode).toBe(404);
  });
});

describe('the demo structure', () => {
  it('gives a facility a general wing, a specialist unit and a separation unit once, with some of its men placed', async () => {
    await insertPerson(test, 'Демо', { unit: 'PRISON_16' });
    await seedDemoStructure(test.database.db, 'PRISON_16');
    await seedDemoStructure(test.database.db, 'PRISON_16');
    const facilityId = await unitIdOf(test, 'PRISON_16');
    const units = await test.database.db.select().from(placementUnits).where(eq(placementUnits.facilityId, facilityId));
    expect(units.map((unit) => unit.code).sort()).toEqual(['A', 'B', 'S']);
    const cells = await test.database.db.select().from(placementCells);
    expect(cells.filter((cell) => cell.separationUnit).map((cell) => cell.code)).toContain('B-301');
    expect(cells.filter((cell) => cell.specialistUnit).map((cell) => cell.code)).toContain('S-201');
    const demoCells = new Set(cells.filter((cell) => units.some((unit) => unit.id === cell.unitId)).map((cell) => cell.id));
    const placed = (await test.database.db.select().from(placementLocations)).filter((row) => demoCells.has(row.cellId));
    expect(placed.length).toBeGreaterThanOrEqual(1);
  });
});
