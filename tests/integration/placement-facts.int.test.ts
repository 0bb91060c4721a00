import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { personAssociations } from '../../src/modules/associations/associations.tables.ts';
import { classifications } from '../../src/modules/assessments/classification.tables.ts';
import { custodyEvents, people, personAlerts } from '../../src/modules/people/people.tables.ts';
import { createTestApp, createTestUser, signIn, type TestApp } from '../support/app.ts';
import { bishkekDay, insertPerson, unitIdOf } from './classification.fixture.ts';
import { cellOf, insertCell, insertUnit, move, place } from './placement.fixture.ts';

/** The facts the check reads at the moment of the move: the classification in force, alerts, the court's regime. */
let test: TestApp;
let manager: string;
let unitId: string;
let deciderId: string;

beforeAll(async () => {
  test = await createTestApp();
  deciderId = (await createTestUser(test, 'facts.manager', [{ role: 'facility_manager', unitCode: 'PRISON_47' }])).id;
  manager = await signIn(test.app, 'facts.manager');
  unitId = await insertUnit(test, 'PRISON_47', 'F');
});
afterAll(() => test.close());

async function classifyAsViolentExtremist(personId: string, placement: 'dispersal' | 'separation') {
  const content = {
    category: 'violent_extremist_offender',
    violence: 'high',
    influence: 'high',
    vulnerability: 'low',
    reoffending: 'moderate',
    placement,
    intensity: null,
  } as const;
  await test.database.db.insert(classifications).values({
    personId,
    status: 'confirmed',
    basisAssessmentIds: [],
    proposal: content,
    decision: content,
    proposedBy: deciderId,
    decidedBy: deciderId,
    decidedAt: new Date(),
    nextReviewDate: bishkekDay(180),
  });
}

describe('the facts of the placement check', () => {
  it('finds a high risk of recruiting next to someone flagged vulnerable, and a separation the cell cannot give', async () => {
    const cellId = await insertCell(test, unitId, 'F-1');
    const vulnerable = await insertPerson(test, 'Алиев');
    await test.database.db
      .insert(personAlerts)
      .values({ personId: vulnerable, type: 'vulnerable_to_recruitment', reason: 'Жаш, жалгыз', validFrom: bishkekDay(-5) });
    await place(test, vulnerable, cellId);
    const personId = await insertPerson(test, 'Рахимов');
    await classifyAsViolentExtremist(personId, 'separation');
    const refused = await move(test, manager, personId, { cellId });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('data-conflict="separation_needs_separation_unit"');
    expect(refused.body).toContain('Башкаларды тартуу тобокелдиги жогору адам тартууга алсыз адамдын жанында: Алиев Бакыт');
    expect(await cellOf(test, personId)).toBeUndefined();
  });

  it("refuses a cell of another regime than the court's, read from the last custody movement", async () => {
    const cellId = await insertCell(test, unitId, 'F-2', { regime: 'general' });
    const personId = await insertPerson(test, 'Сатыбалдиев');
    await test.database.db.insert(custodyEvents).values({
      personId,
      kind: 'admission',
      occurredOn: bishkekDay(-100),
      facilityId: await unitIdOf(test, 'PRISON_47'),
      regime: 'strict',
    });
    const refused = await move(test, manager, personId, { cellId, overrideReason: 'Орун жок' });
    expect(refused.statusCode).toBe(409);
    expect(refused.body).toContain('data-conflict="regime"');
    expect(await cellOf(test, personId)).toBeUndefined();
  });

  it('keeps a violent extremist offender out of a cell with a co-defendant recorded on the links tab, unless overridden', async () => {
    const cellId = await insertCell(test, unitId, 'F-3');
    const coDefendant = await insertPerson(test, 'Курманов');
    await place(test, coDefendant, cellId);
    const personId = await insertPerson(test, 'Шаршеев');
    await classifyAsViolentExtremist(personId, 'dispersal');
    await test.database.db.insert(personAssociations).values({
      personId: coDefendant,
      otherPersonId: personId,
      kind: 'co_defendant',
      source: 'court_judgment',
      knownSince: bishkekDay(-400),
      recordedBy: deciderId,
    });
    const refused = await move(test, manager, personId, { cellId });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('data-conflict="associate_in_cell"');
    expect(refused.body).toContain('Бул камерада шериги же ошол эле топтун мүчөсү бар: Курманов Бакыт');
    expect(await cellOf(test, personId)).toBeUndefined();
    const overridden = await move(test, manager, personId, { cellId, overrideReason: 'Башка орун жок, күзөт күчөтүлдү' });
    expect(overridden.statusCode).toBe(303);
    expect(await cellOf(test, personId)).toBe(cellId);
  });

  it('finds a co-defendant link recorded on a record since merged into the person', async () => {
    const cellId = await insertCell(test, unitId, 'F-4');
    const coDefendant = await insertPerson(test, 'Бейшеналиев');
    await place(test, coDefendant, cellId);
    const personId = await insertPerson(test, 'Тилекматов');
    const duplicateId = await insertPerson(test, 'Тилекматов');
    await classifyAsViolentExtremist(personId, 'dispersal');
    await test.database.db.insert(personAssociations).values({
      personId: duplicateId,
      otherPersonId: coDefendant,
      kind: 'same_group',
      source: 'case_file',
      knownSince: bishkekDay(-400),
      recordedBy: deciderId,
    });
    await test.database.db.update(people).set({ mergedIntoId: personId }).where(eq(people.id, duplicateId));
    const refused = await move(test, manager, personId, { cellId });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('data-conflict="associate_in_cell"');
    expect(await cellOf(test, personId)).toBeUndefined();
  });
});
