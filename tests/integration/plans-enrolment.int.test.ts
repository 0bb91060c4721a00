import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { programmeEnrolments, programmeGroups, programmes, programmeSessions } from '../../src/modules/programmes/programmes.tables.ts';
import { emitEnrolmentOutcome } from '../../src/platform/events/programme-events.ts';
import { createTestApp, createTestUser, signIn, type TestApp } from '../support/app.ts';
import { bishkekDay, postForm, typed, unitIdOf } from './classification.fixture.ts';
import { actionsOfPlan, assessedPerson, historyOfPlan, objectivesOfPlan, planOf, postPlanForm, startPlanFor } from './plans.fixture.ts';

let test: TestApp;
let officer: string;
const ids: Record<string, string> = {};

beforeAll(async () => {
  test = await createTestApp();
  ids.officer = (await createTestUser(test, 'en.officer', [{ role: 'prison_officer', unitCode: 'PRISON_47' }])).id;
  ids.manager = (await createTestUser(test, 'en.manager', [{ role: 'facility_manager', unitCode: 'PRISON_47' }])).id;
  ids.facilitator = (await createTestUser(test, 'en.facilitator', [{ role: 'programme_facilitator', unitCode: 'PRISON_47' }])).id;
  officer = await signIn(test.app, 'en.officer');
});
afterAll(() => test.close());

/** A programme group at the person's facility with sessions still to come, straight into the tables. */
async function openGroup(capacity: number, code: string, rules: { sexes?: string[] } = {}): Promise<string> {
  const db = test.database.db;
  const title = { ky: 'Сынчыл ой жүгүртүү', ru: 'Критическое мышление', en: 'Critical thinking' };
  const [programme] = await db
    .insert(programmes)
    .values({ code, title, description: title, deliveryLanguages: ['ky', 'ru'], sessionCount: 3, defaultCapacity: capacity, ...rules })
    .returning({ id: programmes.id });
  const [group] = await db
    .insert(programmeGroups)
    .values({
      programmeId: programme!.id,
      unitId: await unitIdOf(test, 'PRISON_47'),
      facilitatorId: ids.facilitator!,
      startsOn: bishkekDay(3),
      room: '12',
      roomPlaces: capacity,
      capacity,
      language: 'ky',
      createdBy: ids.manager!,
    })
    .returning({ id: programmeGroups.id });
  await db.insert(programmeSessions).values(
    [3, 10, 17].map((days, index) => ({
      groupId: group!.id,
      number: index + 1,
      heldOn: bishkekDay(days),
      startsAt: '10:00',
      endsAt: '11:30',
    })),
  );
  return group!.id;
}

/** A person with a draft plan holding one programme action, ready to enrol. */
async function programmeAction(name: string) {
  const personId = await assessedPerson(test, name, {
    ratings: { RNR_ATTITUDES: 'major' },
    assessorId: ids.officer!,
    reviewerId: ids.manager!,
  });
  await startPlanFor(test, officer, personId);
  await postPlanForm(test, officer, personId, '/objectives', { key: 'RNR_ATTITUDES', decision: 'accept', wording: '' });
  const plan = (await planOf(test, personId))!;
  const [objective] = await objectivesOfPlan(test, plan.id);
  await postPlanForm(test, officer, personId, `/objectives/${objective!.id}/actions`, {
    kind: 'programme',
    description: 'Сынчыл ой жүгүртүү программасы',
    responsibleUserId: '',
    responsibleAgency: 'Түрмөнүн психологиялык кызматы',
    targetDate: typed(bishkekDay(60)),
  });
  const [action] = await actionsOfPlan(test, plan.id);
  return { personId, planId: plan.id, actionId: action!.id };
}

describe('enrolling from a plan action', () => {
  it('lists the open groups and enrols the person, keeping the place on the action, now in progress', async () => {
    const groupId = await openGroup(10, 'PLAN_TEST_A');
    const { personId, planId, actionId } = await programmeAction('Жазылуучуев');
    const page = await test.app.inject({ url: `/people/${personId}/plan/actions/${actionId}/enrol`, headers: { cookie: officer } });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(`data-group="${groupId}"`);
    const response = await postPlanForm(test, officer, personId, `/actions/${actionId}/enrol`, { groupId });
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toContain('done=enrolled');
    const [action] = await actionsOfPlan(test, planId);
    const [enrolment] = await test.database.db.select().from(programmeEnrolments).where(eq(programmeEnrolments.personId, personId));
    expect(enrolment).toMatchObject({ groupId, status: 'enrolled' });
    expect(action).toMatchObject({ enrolmentId: enrolment!.id, status: 'in_progress' });
  });

  it('puts the person on the waiting list of a full group and leaves the action planned', async () => {
    const groupId = await openGroup(1, 'PLAN_TEST_B');
    const first = await programmeAction('Биринчиев');
    await postPlanForm(test, officer, first.personId, `/actions/${first.actionId}/enrol`, { groupId });
    const second = await programmeAction('Экинчиев');
    const response = await postPlanForm(test, officer, second.personId, `/actions/${second.actionId}/enrol`, { groupId });
    expect(response.headers.location).toContain('done=waiting');
    const [action] = await actionsOfPlan(test, second.planId);
    expect(action!.status).toBe('planned');
    expect(action!.enrolmentId).not.toBeNull();
  });

  it('puts the waiting action in progress when a place frees up, and says so on the plan and in its history', async () => {
    const groupId = await openGroup(1, 'PLAN_TEST_MOVED_UP');
    const first = await programmeAction('Орунбеков');
    await postPlanForm(test, officer, first.personId, `/actions/${first.actionId}/enrol`, { groupId });
    const second = await programmeAction('Күтүүчүев');
    await postPlanForm(test, officer, second.personId, `/actions/${second.actionId}/enrol`, { groupId });
    const waiting = await test.app.inject({ url: `/people/${second.personId}/plan`, headers: { cookie: officer } });
    expect(waiting.body).toContain('Күтүү тизмесинде: 1-орун');

    const facilitator = await signIn(test.app, 'en.facilitator');
    const [place] = await test.database.db.select().from(programmeEnrolments).where(eq(programmeEnrolments.personId, first.personId));
    const ended = await postForm(test, facilitator, `/programmes/groups/${groupId}`, `/programmes/groups/${groupId}/outcome`, {
      enrolmentId: place!.id,
      version: String(place!.version),
      outcome: 'not_completed',
      reason: 'transferred',
      note: '',
    });
    expect(ended.statusCode).toBe(303);
    const [action] = await actionsOfPlan(test, second.planId);
    expect(action!.status).toBe('in_progress');
    const movedUp = (await historyOfPlan(test, second.planId)).find((entry) => entry.event === 'action_moved_up');
    expect(movedUp).toMatchObject({ userId: ids.facilitator });
    const tab = await test.app.inject({ url: `/people/${second.personId}/plan`, headers: { cookie: officer } });
    expect(tab.body).toContain('Топто: 0/3 сабакка катышты');
  });

  it('refuses to enrol from an action that is not a programme action', async () => {
    const groupId = await openGroup(10, 'PLAN_TEST_F');
    const { personId, planId } = await programmeAction('Жалпыаракетов');
    const [objective] = await objectivesOfPlan(test, planId);
    await postPlanForm(test, officer, personId, `/objectives/${objective!.id}/actions`, {
      kind: 'general',
      description: 'Китепканага баруу',
      responsibleUserId: ids.officer!,
      responsibleAgency: '',
      targetDate: typed(bishkekDay(30)),
    });
    const general = (await actionsOfPlan(test, planId)).find((action) => action.kind === 'general')!;
    const response = await postPlanForm(test, officer, personId, `/actions/${general.id}/enrol`, { groupId });
    expect(response.statusCode).toBe(409);
    expect(response.body).toContain('«программа» түрүндөгү иш-аракет гана');
    expect(await test.database.db.select().from(programmeEnrolments).where(eq(programmeEnrolments.personId, personId))).toEqual([]);
  });

  it('shows the programme’s refusal of an ineligible person with its reasons, and saves nothing', async () => {
    const groupId = await openGroup(10, 'PLAN_TEST_G', { sexes: ['female'] });
    const { personId, planId, actionId } = await programmeAction('Талапсызов');
    const response = await postPlanForm(test, officer, personId, `/actions/${actionId}/enrol`, { groupId });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('Бул адам бул топко кошула албайт.');
    expect(response.body).toContain('Программа бул жыныстагы адамдар үчүн эмес.');
    const [action] = await actionsOfPlan(test, planId);
    expect(action).toMatchObject({ enrolmentId: null, status: 'planned' });
  });

  it('refuses to enrol twice from the same action, and saves nothing', async () => {
    const groupId = await openGroup(10, 'PLAN_TEST_C');
    const { personId, actionId } = await programmeAction('Экиджолуев');
    await postPlanForm(test, officer, personId, `/actions/${actionId}/enrol`, { groupId });
    const again = await postPlanForm(test, officer, personId, `/actions/${actionId}/enrol`, { groupId });
    expect(again.statusCode).toBe(409);
    const enrolments = await test.database.db.select().from(programmeEnrolments).where(eq(programmeEnrolments.personId, personId));
    expect(enrolments).toHaveLength(1);
  });
});

describe('the programme outcome recorded back on the plan', () => {
  it('marks the action done on completion, in the plan history under the facilitator', async () => {
    const groupId = await openGroup(10, 'PLAN_TEST_D');
    const { personId, planId, actionId } = await programmeAction('Бүтүрүүчүев');
    await postPlanForm(test, officer, personId, `/actions/${actionId}/enrol`, { groupId });
    const [enrolment] = await test.database.db.select().from(programmeEnrolments).where(eq(programmeEnrolments.personId, personId));
    const before = (await planOf(test, personId))!.rowVersion;
    await test.database.db.transaction((tx) =>
      emitEnrolmentOutcome(tx, {
        enrolmentId: enrolment!.id,
        personId,
        programmeCode: 'PLAN_TEST_D',
        outcome: 'completed',
        reason: null,
        userId: ids.facilitator!,
        today: bishkekDay(0),
      }),
    );
    const [action] = await actionsOfPlan(test, planId);
    expect(action).toMatchObject({ id: actionId, status: 'done', statusReason: null });
    const outcome = (await historyOfPlan(test, planId)).find((entry) => entry.event === 'action_outcome');
    expect(outcome).toMatchObject({ userId: ids.facilitator, details: { to: 'done', group: 'PLAN_TEST_D' } });
    expect((await planOf(test, personId))!.rowVersion).toBe(before + 1);
  });

  it('marks the action not completed with the reason given', async () => {
    const groupId = await openGroup(10, 'PLAN_TEST_E');
    const { personId, planId, actionId } = await programmeAction('Бүтпөгөнов');
    await postPlanForm(test, officer, personId, `/actions/${actionId}/enrol`, { groupId });
    const [enrolment] = await test.database.db.select().from(programmeEnrolments).where(eq(programmeEnrolments.personId, personId));
    await test.database.db.transaction((tx) =>
      emitEnrolmentOutcome(tx, {
        enrolmentId: enrolment!.id,
        personId,
        programmeCode: 'PLAN_TEST_E',
        outcome: 'not_completed',
        reason: 'Башка колонияга которулду',
        userId: ids.facilitator!,
        today: bishkekDay(0),
      }),
    );
    const [action] = await actionsOfPlan(test, planId);
    expect(action).toMatchObject({ status: 'not_completed', statusReason: 'Башка колонияга которулду' });
    const tab = await test.app.inject({ url: `/people/${personId}/plan`, headers: { cookie: officer } });
    expect(tab.body).toContain('Аягына чыккан жок');
    expect(tab.body).toContain('Башка колонияга которулду');
  });

  it('leaves plans alone for a place not taken from a plan action', async () => {
    const { personId, planId } = await programmeAction('Плансызов');
    const before = await historyOfPlan(test, planId);
    await test.database.db.transaction((tx) =>
      emitEnrolmentOutcome(tx, {
        enrolmentId: '00000000-0000-4000-8000-000000000001',
        personId,
        programmeCode: 'X',
        outcome: 'completed',
        reason: null,
        userId: ids.facilitator!,
        today: bishkekDay(0),
      }),
    );
    expect(await historyOfPlan(test, planId)).toHaveLength(before.length);
  });
});
