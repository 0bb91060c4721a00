import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enrolmentsOfPerson, enrolPerson, ProgrammeRefused } from '../../src/modules/programmes/programmes.service.ts';
import { programmeEnrolments } from '../../src/modules/programmes/programmes.tables.ts';
import { type EnrolmentOutcomeEvent, onEnrolmentOutcome } from '../../src/platform/events/programme-events.ts';
import { createTestApp, createTestUser, signIn, type TestApp } from '../support/app.ts';
import { postForm } from './classification.fixture.ts';
import { bishkekDay, insertGroup, insertPerson } from './programmes.fixture.ts';

let test: TestApp;
const ids: Record<string, string> = {};
let facilitator: string;

beforeAll(async () => {
  test = await createTestApp();
  ids.facilitator = (await createTestUser(test, 'prog.facilitator', [{ role: 'programme_facilitator', unitCode: 'PRISON_47' }])).id;
  ids.officer = (await createTestUser(test, 'prog.officer', [{ role: 'prison_officer', unitCode: 'PRISON_47' }])).id;
  facilitator = await signIn(test.app, 'prog.facilitator');
});
afterAll(() => test.close());

const today = bishkekDay();
const enrol = (personId: string, groupId: string) =>
  test.database.db.transaction((tx) => enrolPerson(tx, { personId, groupId, userId: ids.officer!, today }));
const refusalOf = async (work: Promise<unknown>) => {
  const error = await work.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ProgrammeRefused);
  return error as ProgrammeRefused;
};
const placesOf = (groupId: string) =>
  test.database.db.select().from(programmeEnrolments).where(eq(programmeEnrolments.groupId, groupId)).orderBy(programmeEnrolments.queuedAt);

describe('enrolling in a group', () => {
  it('enrols while places are left, then puts people on the waiting list in the order they came', async () => {
    const { groupId } = await insertGroup(test, { facilitatorId: ids.facilitator!, capacity: 2, days: [1, 8] });
    const people: string[] = [];
    for (const name of ['Биринчиев', 'Экинчиев', 'Үчүнчүев', 'Төртүнчүев']) people.push(await insertPerson(test, name));
    const statuses = [];
    for (const personId of people) statuses.push((await enrol(personId, groupId)).status);
    expect(statuses).toEqual(['enrolled', 'enrolled', 'waiting', 'waiting']);
    const fourth = await test.database.db.transaction((tx) => enrolmentsOfPerson(tx, people[3]!));
    expect(fourth).toMatchObject([
      { status: 'waiting', waitingPosition: 2, sessionsPlanned: 2, sessionsHeld: 0, programmeCode: 'EDUCATION_LITERACY' },
    ]);
  });

  it('never gives the last place twice when two officers enrol at the same moment', async () => {
    const { groupId } = await insertGroup(test, { facilitatorId: ids.facilitator!, capacity: 1, days: [2] });
    const first = await insertPerson(test, 'Бирге');
    const second = await insertPerson(test, 'Катар');
    const results = await Promise.all([enrol(first, groupId), enrol(second, groupId)]);
    expect(results.map((result) => result.status).sort()).toEqual(['enrolled', 'waiting']);
  });

  it('refuses a second place on the same programme and saves nothing', async () => {
    const one = await insertGroup(test, { facilitatorId: ids.facilitator!, capacity: 5, days: [3] });
    const other = await insertGroup(test, { facilitatorId: ids.facilitator!, capacity: 5, days: [4] });
    const personId = await insertPerson(test, 'Кайталоов');
    await enrol(personId, one.groupId);
    expect((await refusalOf(enrol(personId, other.groupId))).refusal).toBe('already_enrolled');
    expect(await placesOf(other.groupId)).toHaveLength(0);
  });

  it('refuses an ineligible person with every reason, as message keys', async () => {
    const { groupId } = await insertGroup(test, {
      programme: 'VEP_REHABILITATION',
      facilitatorId: ids.facilitator!,
      capacity: 5,
      days: [5],
    });
    const personId = await insertPerson(test, 'Жашыраак', { dateOfBirth: bishkekDay(-16 * 365), legalStatus: 'probation' });
    const refusal = await refusalOf(enrol(personId, groupId));
    expect(refusal.refusal).toBe('ineligible');
    expect(refusal.status).toBe(400);
    expect(refusal.details).toEqual({
      reasons: ['programmes.ineligible.too_young', 'programmes.ineligible.risk_unknown', 'programmes.ineligible.legal_status'],
    });
    expect(await placesOf(groupId)).toHaveLength(0);
  });

  it('refuses a group whose last session day has passed', async () => {
    const { groupId } = await insertGroup(test, { facilitatorId: ids.facilitator!, capacity: 5, days: [-20, -13] });
    const personId = await insertPerson(test, 'Кечиккен');
    expect((await refusalOf(enrol(personId, groupId))).refusal).toBe('group_finished');
  });
});

describe('ending a place', () => {
  const outcome = (groupId: string, fields: Record<string, string>) =>
    postForm(test, facilitator, `/programmes/groups/${groupId}`, `/programmes/groups/${groupId}/outcome`, fields);

  it('moves the first person of the waiting list up when an enrolled person does not complete', async () => {
    const { groupId } = await insertGroup(test, { facilitatorId: ids.facilitator!, capacity: 1, days: [-1, 6] });
    const leaving = await insertPerson(test, 'Кеткен');
    const firstWaiting = await insertPerson(test, 'Биринчи');
    const secondWaiting = await insertPerson(test, 'Экинчи');
    const place = await enrol(leaving, groupId);
    await enrol(firstWaiting, groupId);
    await enrol(secondWaiting, groupId);
    const response = await outcome(groupId, {
      enrolmentId: place.enrolmentId,
      version: '1',
      outcome: 'not_completed',
      reason: 'transferred',
      note: 'Башка колонияга которулду',
    });
    expect(response.statusCode).toBe(303);
    const places = await placesOf(groupId);
    expect(places.map((row) => [row.personId, row.status])).toEqual([
      [leaving, 'not_completed'],
      [firstWaiting, 'enrolled'],
      [secondWaiting, 'waiting'],
    ]);
    expect(places[1]!.enrolledOn).toBe(today);
  });

  it('refuses a non-completion without a reason, in Kyrgyz, and saves nothing', async () => {
    const { groupId } = await insertGroup(test, { facilitatorId: ids.facilitator!, capacity: 3, days: [-1, 6] });
    const place = await enrol(await insertPerson(test, 'Себепсиз'), groupId);
    const response = await outcome(groupId, { enrolmentId: place.enrolmentId, version: '1', outcome: 'not_completed', reason: '' });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('Себебин тандаңыз.');
    expect((await placesOf(groupId))[0]!.status).toBe('enrolled');
  });

  it('emits the outcome event in the transaction that records a completion', async () => {
    const events: EnrolmentOutcomeEvent[] = [];
    onEnrolmentOutcome('test.capture', async (_tx, event) => {
      events.push(event);
    });
    const { groupId } = await insertGroup(test, { facilitatorId: ids.facilitator!, capacity: 3, days: [-7, 0] });
    const personId = await insertPerson(test, 'Бүтүрүүчү');
    const { enrolmentId } = await enrol(personId, groupId);
    const response = await outcome(groupId, { enrolmentId, version: '1', outcome: 'completed' });
    expect(response.statusCode).toBe(303);
    expect(events).toMatchObject([
      { enrolmentId, personId, programmeCode: 'EDUCATION_LITERACY', outcome: 'completed', reason: null, today },
    ]);
    onEnrolmentOutcome('test.capture', async () => {});
  });

  it('saves nothing when a subscriber of the outcome fails', async () => {
    onEnrolmentOutcome('test.failing', async () => {
      throw new Error('the plan could not be updated');
    });
    const { groupId } = await insertGroup(test, { facilitatorId: ids.facilitator!, capacity: 3, days: [-1, 6] });
    const place = await enrol(await insertPerson(test, 'Сакталбаган'), groupId);
    const response = await outcome(groupId, { enrolmentId: place.enrolmentId, version: '1', outcome: 'completed' });
    onEnrolmentOutcome('test.failing', async () => {});
    expect(response.statusCode).toBe(500);
    expect((await placesOf(groupId))[0]!.status).toBe('enrolled');
  });
});
