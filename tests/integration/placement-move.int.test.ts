import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { personAlerts } from '../../src/modules/people/people.tables.ts';
import { placementMoves } from '../../src/modules/placement/placement.tables.ts';
import { auditEvents } from '../../src/platform/audit/audit.tables.ts';
import { createTestApp, createTestUser, signIn, type TestApp } from '../support/app.ts';
import { bishkekDay, insertPerson } from './classification.fixture.ts';
import { cellOf, insertCell, insertUnit, move, place } from './placement.fixture.ts';

let test: TestApp;
let manager: string;
let officer: string;
let officerOther: string;
let unitId: string;

beforeAll(async () => {
  test = await createTestApp();
  await createTestUser(test, 'move.manager', [{ role: 'facility_manager', unitCode: 'PRISON_47' }]);
  await createTestUser(test, 'move.officer', [{ role: 'prison_officer', unitCode: 'PRISON_47' }]);
  await createTestUser(test, 'move.elsewhere', [{ role: 'prison_officer', unitCode: 'PRISON_16' }]);
  manager = await signIn(test.app, 'move.manager');
  officer = await signIn(test.app, 'move.officer');
  officerOther = await signIn(test.app, 'move.elsewhere');
  unitId = await insertUnit(test, 'PRISON_47', 'M');
});
afterAll(() => test.close());

const movesOf = (personId: string) => test.database.db.select().from(placementMoves).where(eq(placementMoves.personId, personId));

describe('moving a person between cells', () => {
  it('moves a person into a cell with no conflict and shows where they are', async () => {
    const personId = await insertPerson(test, 'Асанов');
    const cellId = await insertCell(test, unitId, 'M-1');
    const moved = await move(test, manager, personId, { cellId });
    expect(moved.statusCode).toBe(303);
    expect(await cellOf(test, personId)).toBe(cellId);
    const page = await test.app.inject({ url: `/people/${personId}/cell`, headers: { cookie: officer } });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('M-1 камера');
  });

  it('refuses a move into a full cell, says why in Kyrgyz, and saves nothing', async () => {
    const cellId = await insertCell(test, unitId, 'M-2', { capacity: 1 });
    await place(test, await insertPerson(test, 'Бекович'), cellId);
    const personId = await insertPerson(test, 'Жолдошев');
    const refused = await move(test, manager, personId, { cellId, overrideReason: 'Орун жок' });
    expect(refused.statusCode).toBe(409);
    expect(refused.body).toContain('Камера толук.');
    expect(refused.body).toContain('Жокко чыгарууга болбойт');
    expect(await cellOf(test, personId)).toBeUndefined();
    expect(await movesOf(personId)).toHaveLength(0);
  });

  it("refuses a move over the law's separation of men and women, even with a reason", async () => {
    const cellId = await insertCell(test, unitId, 'M-3', { sex: 'female' });
    const personId = await insertPerson(test, 'Калыков');
    const refused = await move(test, manager, personId, { cellId, overrideReason: 'Убактылуу' });
    expect(refused.statusCode).toBe(409);
    expect(refused.body).toContain('Эркектер менен аялдар өзүнчө кармалат');
    expect(await cellOf(test, personId)).toBeUndefined();
  });

  it('explains a must-not-locate-with conflict naming the other person, and refuses it without a reason', async () => {
    const cellId = await insertCell(test, unitId, 'M-4');
    const other = await insertPerson(test, 'Темиров');
    await place(test, other, cellId);
    const personId = await insertPerson(test, 'Усенов');
    await test.database.db
      .insert(personAlerts)
      .values({ personId, type: 'must_not_locate_with', relatedPersonId: other, reason: 'Чыр-чатак', validFrom: bishkekDay(-10) });
    const refused = await move(test, manager, personId, { cellId });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('Эскертүү боюнча бул адам менен чогуу жайгаштырууга болбойт: Темиров Бакыт');
    expect(refused.body).toContain('Жетекчи себебин көрсөтүп жокко чыгара алат');
    expect(await cellOf(test, personId)).toBeUndefined();

    const overridden = await move(test, manager, personId, { cellId, overrideReason: 'Башка орун жок, көзөмөл күчөтүлдү' });
    expect(overridden.statusCode).toBe(303);
    expect(await cellOf(test, personId)).toBe(cellId);
    const [recorded] = await movesOf(personId);
    expect(recorded!.overrideReason).toBe('Башка орун жок, көзөмөл күчөтүлдү');
    expect(recorded!.conflicts).toEqual([{ code: 'must_not_locate_with', kind: 'overridable', withPersonIds: [other] }]);
    const audited = await test.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'placement.move'), eq(auditEvents.personId, personId)));
    expect(audited.map((event) => event.reason)).toEqual(['Башка орун жок, көзөмөл күчөтүлдү']);

    const overrides = await test.app.inject({ url: '/facilities/PRISON_47/overrides', headers: { cookie: manager } });
    expect(overrides.statusCode).toBe(200);
    expect(overrides.body).toContain('Усенов Бакыт');
    expect(overrides.body).toContain('Башка орун жок, көзөмөл күчөтүлдү');
    expect(overrides.body).toContain('<th scope="col" class="govuk-table__header">');

    const timeline = await test.app.inject({ url: `/people/${personId}/timeline`, headers: { cookie: officer } });
    expect(timeline.body).toContain('Карама-каршылыкка карабай M-4 камерага которулду (жокко чыгарылды)');
    const exported = await test.app.inject({ url: `/people/${personId}/subject-access.json`, headers: { cookie: manager } });
    const sections = (JSON.parse(exported.body) as { sections: Record<string, Record<string, unknown>[]> }).sections;
    expect(sections.placement).toEqual([
      expect.objectContaining({
        kind: 'move',
        toCell: 'M-4',
        conflicts: 'must_not_locate_with',
        conflictOverrideReason: 'Башка орун жок, көзөмөл күчөтүлдү',
      }),
    ]);
  });

  it('refuses a stale move: the person was moved since the form was opened', async () => {
    const personId = await insertPerson(test, 'Эсенов');
    const first = await insertCell(test, unitId, 'M-5');
    const second = await insertCell(test, unitId, 'M-6');
    expect((await move(test, manager, personId, { cellId: first })).statusCode).toBe(303);
    const stale = await move(test, manager, personId, { cellId: second, version: '0' });
    expect(stale.statusCode).toBe(409);
    expect(await cellOf(test, personId)).toBe(first);
  });

  it('shows occupancy per unit to officers of the facility, and answers 404 to officers elsewhere', async () => {
    const page = await test.app.inject({ url: '/facilities/PRISON_47/occupancy', headers: { cookie: officer } });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('M-4');
    expect(page.body).toContain('Темиров Бакыт');
    const outside = await test.app.inject({ url: '/facilities/PRISON_47/occupancy', headers: { cookie: officerOther } });
    expect(outside.statusCode).toBe(404);
  });

  it('does not let an officer move anyone', async () => {
    const personId = await insertPerson(test, 'Мамытов');
    const cellId = await insertCell(test, unitId, 'M-7');
    const refused = await move(test, officer, personId, { cellId });
    expect(refused.statusCode).toBe(403);
  });
});
