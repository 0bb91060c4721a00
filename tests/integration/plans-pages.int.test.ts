import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, createTestUser, signIn, type TestApp } from '../support/app.ts';
import { bishkekDay, insertPerson, typed } from './classification.fixture.ts';
import { assessedPerson, postPlanForm, startPlanFor } from './plans.fixture.ts';

let test: TestApp;
let officer: string;
let facilitator: string;
const ids: Record<string, string> = {};

beforeAll(async () => {
  test = await createTestApp();
  ids.officer = (await createTestUser(test, 'pp.officer', [{ role: 'prison_officer', unitCode: 'PRISON_47' }])).id;
  ids.manager = (await createTestUser(test, 'pp.manager', [{ role: 'facility_manager', unitCode: 'PRISON_47' }])).id;
  await createTestUser(test, 'pp.facilitator', [{ role: 'programme_facilitator', unitCode: 'PRISON_47' }]);
  officer = await signIn(test.app, 'pp.officer');
  facilitator = await signIn(test.app, 'pp.facilitator');
});
afterAll(() => test.close());

const get = (url: string, cookie = officer) => test.app.inject({ url, headers: { cookie } });

describe('the plan tab', () => {
  it('says there is no plan and offers to start one, in Kyrgyz, with the plan tab current', async () => {
    const personId = await insertPerson(test, 'Пландуубеков');
    const page = await get(`/people/${personId}/plan`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Бул адамдын ачык планы жок.');
    expect(page.body).toContain('План баштоо');
    expect(page.body).toContain(`href="/people/${personId}/plan" aria-current="page"`);
    expect(page.body).not.toContain('Бул бөлүм өз модулу менен кошулат');
  });

  it('shows the plan’s objectives, actions with who and by when, and the count of proposals waiting', async () => {
    const personId = await assessedPerson(test, 'Көрсөтүүчүев', {
      ratings: { RNR_FAMILY: 'major', RNR_FINANCES: 'some' },
      assessorId: ids.officer!,
      reviewerId: ids.manager!,
    });
    await startPlanFor(test, officer, personId);
    await postPlanForm(test, officer, personId, '/objectives', { key: 'RNR_FAMILY', decision: 'accept', wording: '' });
    const withObjective = await get(`/people/${personId}/plan`);
    const objectiveId = /data-objective="([0-9a-f-]{36})"/.exec(withObjective.body)![1]!;
    await postPlanForm(test, officer, personId, `/objectives/${objectiveId}/actions`, {
      kind: 'general',
      description: 'Үй-бүлө менен жолугушуу уюштуруу',
      responsibleUserId: ids.officer!,
      responsibleAgency: '',
      targetDate: typed(bishkekDay(20)),
    });
    const page = await get(`/people/${personId}/plan?done=action`);
    expect(page.body).toContain('Жаза өтөө планы');
    expect(page.body).toContain('Колдоо көрсөткөн үй-бүлөлүк мамилелерди калыбына келтирип, бекемдөө');
    expect(page.body).toContain('Үй-бүлө менен жолугушуу уюштуруу');
    expect(page.body).toContain('Test pp.officer');
    expect(page.body).toContain(typed(bishkekDay(20)));
    expect(page.body).toContain('1 сунушталган максатты кароо');
    expect(page.body).toContain('Иш-аракет кошулду.');
  });

  it('is refused to a facilitator, who may not read plans', async () => {
    const personId = await insertPerson(test, 'Жабыкбеков');
    expect((await get(`/people/${personId}/plan`, facilitator)).statusCode).toBe(403);
  });

  it('answers 404 for a step page when the person has no open plan, and for another plan’s action', async () => {
    const personId = await insertPerson(test, 'Баракчаев');
    expect((await get(`/people/${personId}/plan/agreement`)).statusCode).toBe(404);
    const other = await insertPerson(test, 'Башкаев');
    await startPlanFor(test, officer, other);
    expect((await get(`/people/${other}/plan/actions/00000000-0000-4000-8000-000000000000`)).statusCode).toBe(404);
    expect((await get(`/people/${other}/plan/actions/not-an-id`)).statusCode).toBe(404);
  });

  it('shows each page of a plan’s steps in Russian for a Russian-speaking user', async () => {
    const personId = await insertPerson(test, 'Русскоязычный');
    await startPlanFor(test, officer, personId);
    await createTestUser(test, 'pp.russian', [{ role: 'prison_officer', unitCode: 'PRISON_47' }]);
    await test.database.pool.query(`UPDATE users SET locale = 'ru' WHERE username = 'pp.russian'`);
    const page = await get(`/people/${personId}/plan/agreement`, await signIn(test.app, 'pp.russian'));
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Согласен ли человек с планом?');
  });
});
