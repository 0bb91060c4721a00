import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMonths } from '../../src/modules/plans/plans.review-schedule.ts';
import { createTestApp, createTestUser, signIn, type TestApp } from '../support/app.ts';
import { bishkekDay, typed } from './classification.fixture.ts';
import {
  actionsOfPlan,
  assessedPerson,
  classifyForSupervision,
  historyOfPlan,
  objectivesOfPlan,
  planOf,
  postPlanForm,
  startPlanFor,
} from './plans.fixture.ts';

let test: TestApp;
let officer: string;
let manager: string;
const ids: Record<string, string> = {};

beforeAll(async () => {
  test = await createTestApp();
  ids.officer = (await createTestUser(test, 'pl.officer', [{ role: 'prison_officer', unitCode: 'PRISON_47' }])).id;
  ids.manager = (await createTestUser(test, 'pl.manager', [{ role: 'facility_manager', unitCode: 'PRISON_47' }])).id;
  ids.probation = (await createTestUser(test, 'pl.probation', [{ role: 'probation_manager', unitCode: 'PROBATION_OSH' }])).id;
  officer = await signIn(test.app, 'pl.officer');
  manager = await signIn(test.app, 'pl.manager');
});
afterAll(() => test.close());

const person = (name: string, ratings: Record<string, 'some' | 'major'> = { RNR_SUBSTANCE_USE: 'major', RNR_LEISURE: 'some' }) =>
  assessedPerson(test, name, { ratings, assessorId: ids.officer!, reviewerId: ids.manager! });

/** A plan with one accepted objective, an action and the person's agreement: ready to send for approval. */
async function readyPlan(name: string) {
  const personId = await person(name, { RNR_ACCOMMODATION: 'major' });
  await startPlanFor(test, officer, personId);
  await postPlanForm(test, officer, personId, '/objectives', { key: 'RNR_ACCOMMODATION', decision: 'accept', wording: '' });
  const plan = await planOf(test, personId);
  const [objective] = await objectivesOfPlan(test, plan!.id);
  await postPlanForm(test, officer, personId, `/objectives/${objective!.id}/actions`, {
    kind: 'general',
    description: 'Жергиликтүү бийлик менен турак жай маселесин чечүү',
    responsibleUserId: ids.officer!,
    responsibleAgency: '',
    targetDate: typed(bishkekDay(30)),
  });
  await postPlanForm(test, officer, personId, '/agreement', {
    agreement: 'agreed',
    words: 'Макулмун, үй керек.',
    on: typed(bishkekDay(0)),
  });
  return personId;
}

describe('starting a plan', () => {
  it('starts one plan per person and refuses a second while the first is open', async () => {
    const personId = await person('Баштоочуев');
    const page = await test.app.inject({ url: `/people/${personId}/plan`, headers: { cookie: officer } });
    expect(page.body).toContain('value="sentence" checked');
    expect((await startPlanFor(test, officer, personId)).statusCode).toBe(303);
    const again = await startPlanFor(test, officer, personId);
    expect(again.statusCode).toBe(409);
    expect(again.body).toContain('Бул адамдын ачык планы бар');
  });

  it('refuses a start without the kind of plan, with the error on the form', async () => {
    const personId = await person('Түрсүзов');
    const response = await startPlanFor(test, officer, personId, '');
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('govuk-error-summary');
    expect(await planOf(test, personId)).toBeUndefined();
  });
});

describe('objectives from needs', () => {
  it('proposes one objective per need, most pressing first, and does not propose an answered need again', async () => {
    const personId = await person('Сунуштуев');
    await startPlanFor(test, officer, personId);
    const page = await test.app.inject({ url: `/people/${personId}/plan/objectives`, headers: { cookie: officer } });
    expect(page.body.indexOf('data-proposal="RNR_SUBSTANCE_USE"')).toBeLessThan(page.body.indexOf('data-proposal="RNR_LEISURE"'));
    const accepted = await postPlanForm(test, officer, personId, '/objectives', {
      key: 'RNR_SUBSTANCE_USE',
      decision: 'accept',
      wording: '',
    });
    expect(accepted.statusCode).toBe(303);
    const [objective] = await objectivesOfPlan(test, (await planOf(test, personId))!.id);
    expect(objective).toMatchObject({ source: 'proposed', needCodes: ['RNR_SUBSTANCE_USE'] });
    expect(objective!.wording).toContain('Спирт ичимдиктерин');
    const after = await test.app.inject({ url: `/people/${personId}/plan/objectives`, headers: { cookie: officer } });
    expect(after.body).not.toContain('data-proposal="RNR_SUBSTANCE_USE"');
    expect(after.body).toContain('data-proposal="RNR_LEISURE"');
  });

  it('records an objective accepted in staff’s own words as edited, keeping the proposal in the history', async () => {
    const personId = await person('Өзгөртүүчүев');
    await startPlanFor(test, officer, personId);
    const own = 'Спорт секциясына катышуу';
    await postPlanForm(test, officer, personId, '/objectives', { key: 'RNR_LEISURE', decision: 'accept', wording: own });
    const plan = (await planOf(test, personId))!;
    const [objective] = await objectivesOfPlan(test, plan.id);
    expect(objective).toMatchObject({ source: 'edited', wording: own });
    const edited = (await historyOfPlan(test, plan.id)).find((entry) => entry.event === 'objective_edited');
    expect(edited?.details.proposed).toContain('Бош убакытта');
    expect(edited?.userId).toBe(ids.officer);
  });

  it('refuses a rejection without a reason and saves nothing; with a reason the need is not proposed again', async () => {
    const personId = await person('Четкеков');
    await startPlanFor(test, officer, personId);
    const refused = await postPlanForm(test, officer, personId, '/objectives', { key: 'RNR_LEISURE', decision: 'reject', reason: ' ' });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('href="#reason-RNR_LEISURE"');
    const rejected = await postPlanForm(test, officer, personId, '/objectives', {
      key: 'RNR_LEISURE',
      decision: 'reject',
      reason: 'Башка максат менен камтылган',
    });
    expect(rejected.statusCode).toBe(303);
    const tab = await test.app.inject({ url: `/people/${personId}/plan`, headers: { cookie: officer } });
    expect(tab.body).toContain('Башка максат менен камтылган');
    const page = await test.app.inject({ url: `/people/${personId}/plan/objectives`, headers: { cookie: officer } });
    expect(page.body).not.toContain('data-proposal="RNR_LEISURE"');
  });

  it('refuses an answer to a proposal that is no longer open', async () => {
    const personId = await person('Жокпроповев');
    await startPlanFor(test, officer, personId);
    await postPlanForm(test, officer, personId, '/objectives', { key: 'RNR_LEISURE', decision: 'accept', wording: '' });
    const again = await postPlanForm(test, officer, personId, '/objectives', { key: 'RNR_LEISURE', decision: 'accept', wording: '' });
    expect(again.statusCode).toBe(409);
    expect(again.body).toContain('Бул сунуш мындан ары ачык эмес');
    expect(await objectivesOfPlan(test, (await planOf(test, personId))!.id)).toHaveLength(1);
  });

  it('adds an objective of staff’s own', async () => {
    const personId = await person('Өзүнчөев');
    await startPlanFor(test, officer, personId);
    await postPlanForm(test, officer, personId, '/objectives', { decision: 'own', ownWording: 'Орус тилин үйрөнүү' });
    const [objective] = await objectivesOfPlan(test, (await planOf(test, personId))!.id);
    expect(objective).toMatchObject({ source: 'staff', wording: 'Орус тилин үйрөнүү', needCodes: [] });
  });
});

describe('actions', () => {
  it('refuses a responsible member of staff who does not work with the person’s unit', async () => {
    const personId = await person('Бөтөнжооптуу');
    await startPlanFor(test, officer, personId);
    await postPlanForm(test, officer, personId, '/objectives', { decision: 'own', ownWording: 'Максат' });
    const plan = (await planOf(test, personId))!;
    const [objective] = await objectivesOfPlan(test, plan.id);
    const response = await postPlanForm(test, officer, personId, `/objectives/${objective!.id}/actions`, {
      kind: 'general',
      description: 'Кеңеш берүү',
      responsibleUserId: ids.probation!,
      responsibleAgency: '',
      targetDate: typed(bishkekDay(10)),
    });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('Ушул адамдын бөлүмү менен иштеген кызматкерди тандаңыз');
    expect(await actionsOfPlan(test, plan.id)).toEqual([]);
  });

  it('refuses an action with nobody responsible and a past target date, keeping what was typed', async () => {
    const personId = await person('Аракетов');
    await startPlanFor(test, officer, personId);
    await postPlanForm(test, officer, personId, '/objectives', { decision: 'own', ownWording: 'Максат' });
    const plan = (await planOf(test, personId))!;
    const [objective] = await objectivesOfPlan(test, plan.id);
    const response = await postPlanForm(test, officer, personId, `/objectives/${objective!.id}/actions`, {
      kind: 'general',
      description: 'Ишке орношуу борборуна баруу',
      responsibleUserId: '',
      responsibleAgency: '',
      targetDate: typed(bishkekDay(-2)),
    });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('Жооптуу кызматкерди тандаңыз же мекемени көрсөтүңүз');
    expect(response.body).toContain('Аткаруу мөөнөтү өтүп кеткен күн боло албайт');
    expect(response.body).toContain('Ишке орношуу борборуна баруу');
    expect(await actionsOfPlan(test, plan.id)).toEqual([]);
  });
});

describe('approval', () => {
  it('refuses to send a plan before the person’s view is recorded', async () => {
    const personId = await person('Пикирсизов');
    await startPlanFor(test, officer, personId);
    await postPlanForm(test, officer, personId, '/objectives', { decision: 'own', ownWording: 'Максат' });
    const response = await postPlanForm(test, officer, personId, '/submit', {});
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('адам план менен макулбу же жокпу, каттаңыз');
    expect((await planOf(test, personId))!.status).toBe('draft');
  });

  it('is given by a second person, puts the plan in force and sets the review 3 months on for a sentence plan', async () => {
    const personId = await readyPlan('Бекитилгенов');
    expect((await postPlanForm(test, officer, personId, '/submit', {})).statusCode).toBe(303);
    expect((await postPlanForm(test, manager, personId, '/decision', { decision: 'approve', comment: '' })).statusCode).toBe(303);
    const plan = (await planOf(test, personId))!;
    expect(plan).toMatchObject({ status: 'approved', approvedBy: ids.manager, nextReviewDate: addMonths(bishkekDay(0), 3) });
    const events = (await historyOfPlan(test, plan.id)).map((entry) => entry.event);
    expect(events).toEqual(['start', 'objective_accepted', 'action_added', 'agreement', 'submit', 'approve']);
  });

  it('keeps a plan awaiting a decision still: no objective can be added until it is decided', async () => {
    const personId = await readyPlan('Күтүүдөгүев');
    await postPlanForm(test, officer, personId, '/submit', {});
    const response = await postPlanForm(test, officer, personId, '/objectives', { decision: 'own', ownWording: 'Кечиккен максат' });
    expect(response.statusCode).toBe(409);
    expect(response.body).toContain('Муну пландын азыркы баскычында жасоого болбойт');
    expect(await objectivesOfPlan(test, (await planOf(test, personId))!.id)).toHaveLength(1);
  });

  it('refuses the approval of a manager who wrote the plan', async () => {
    const personId = await person('Өзүбекитов');
    await startPlanFor(test, manager, personId);
    await postPlanForm(test, manager, personId, '/objectives', { decision: 'own', ownWording: 'Максат' });
    await postPlanForm(test, manager, personId, '/agreement', { agreement: 'agreed_in_part', words: '', on: typed(bishkekDay(0)) });
    await postPlanForm(test, manager, personId, '/submit', {});
    const response = await postPlanForm(test, manager, personId, '/decision', { decision: 'approve', comment: '' });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('аны башка жетекчи бекитиши керек');
    expect((await planOf(test, personId))!.status).toBe('submitted');
  });

  it('refuses a return without a comment, and returns with one for the writer to change', async () => {
    const personId = await readyPlan('Кайтарылганбеков');
    await postPlanForm(test, officer, personId, '/submit', {});
    expect((await postPlanForm(test, manager, personId, '/decision', { decision: 'return', comment: '' })).statusCode).toBe(400);
    await postPlanForm(test, manager, personId, '/decision', { decision: 'return', comment: 'Иш менен камсыз кылуу аракетин кошуңуз' });
    const tab = await test.app.inject({ url: `/people/${personId}/plan`, headers: { cookie: officer } });
    expect(tab.body).toContain('Иш менен камсыз кылуу аракетин кошуңуз');
    expect((await planOf(test, personId))!.status).toBe('returned');
  });

  it('refuses a stale form: a change made after the form was opened is not saved over', async () => {
    const personId = await readyPlan('Эскиформов');
    const opened = (await planOf(test, personId))!.rowVersion;
    await postPlanForm(test, officer, personId, '/objectives', { decision: 'own', ownWording: 'Жаңы максат' });
    const stale = await postPlanForm(test, officer, personId, '/submit', { rowVersion: String(opened) });
    expect(stale.statusCode).toBe(409);
    expect(stale.body).toContain('башка бирөө өзгөрттү');
    expect((await planOf(test, personId))!.status).toBe('draft');
  });

  it('sets a supervision plan’s first review from the supervision intensity (medium: 2 months)', async () => {
    const probationOfficer = await (async () => {
      await createTestUser(test, 'pl.probofficer', [{ role: 'probation_officer', unitCode: 'PROBATION_OSH' }]);
      return signIn(test.app, 'pl.probofficer');
    })();
    const probationManager = await signIn(test.app, 'pl.probation');
    const personId = await assessedPerson(test, 'Көзөмөлдөгүев', {
      ratings: { RNR_EDUCATION_WORK: 'some' },
      assessorId: ids.officer!,
      reviewerId: ids.manager!,
      unit: 'PROBATION_OSH',
      legalStatus: 'probation',
    });
    await classifyForSupervision(test, personId, 'medium', ids.probation!);
    await startPlanFor(test, probationOfficer, personId, 'supervision');
    await postPlanForm(test, probationOfficer, personId, '/objectives', { key: 'RNR_EDUCATION_WORK', decision: 'accept', wording: '' });
    await postPlanForm(test, probationOfficer, personId, '/agreement', { agreement: 'agreed', words: '', on: typed(bishkekDay(0)) });
    await postPlanForm(test, probationOfficer, personId, '/submit', {});
    await postPlanForm(test, probationManager, personId, '/decision', { decision: 'approve', comment: '' });
    expect(await planOf(test, personId)).toMatchObject({
      kind: 'supervision',
      status: 'approved',
      nextReviewDate: addMonths(bishkekDay(0), 2),
    });
  });
});

describe('reviews and closing', () => {
  it('records a review with progress on an objective and moves the next review date; a past date is refused', async () => {
    const personId = await readyPlan('Кароочуев');
    await postPlanForm(test, officer, personId, '/submit', {});
    await postPlanForm(test, manager, personId, '/decision', { decision: 'approve', comment: '' });
    const plan = (await planOf(test, personId))!;
    const [objective] = await objectivesOfPlan(test, plan.id);
    const past = await postPlanForm(test, officer, personId, '/review', { summary: 'Жакшы', nextReviewDate: typed(bishkekDay(-1)) });
    expect(past.statusCode).toBe(400);
    expect(past.body).toContain('бүгүндөн кийин болушу керек');
    const next = bishkekDay(40);
    const done = await postPlanForm(test, officer, personId, '/review', {
      summary: 'Турак жай маселеси чечилүүдө',
      [`note-${objective!.id}`]: 'Акимчилик менен сүйлөштү',
      nextReviewDate: typed(next),
    });
    expect(done.statusCode).toBe(303);
    expect((await planOf(test, personId))!.nextReviewDate).toBe(next);
    const tab = await test.app.inject({ url: `/people/${personId}/plan`, headers: { cookie: officer } });
    expect(tab.body).toContain('Акимчилик менен сүйлөштү');
  });

  it('refuses to close a plan with open actions, with a clear message, until each is done or cancelled with a reason', async () => {
    const personId = await readyPlan('Жабуучуев');
    const plan = (await planOf(test, personId))!;
    const refused = await postPlanForm(test, officer, personId, '/close', { reason: 'Бошотулду' });
    expect(refused.statusCode).toBe(409);
    expect(refused.body).toContain('Планда али пландалган же аткарылып жаткан иш-аракеттер бар');
    expect((await planOf(test, personId))!.status).toBe('draft');
    const [action] = await actionsOfPlan(test, plan.id);
    const noReason = await postPlanForm(test, officer, personId, `/actions/${action!.id}`, { status: 'cancelled', reason: '' });
    expect(noReason.statusCode).toBe(400);
    await postPlanForm(test, officer, personId, `/actions/${action!.id}`, { status: 'cancelled', reason: 'Үй-бүлөсү турак жай тапты' });
    expect((await postPlanForm(test, officer, personId, '/close', { reason: 'Бошотулду' })).statusCode).toBe(303);
    const closed = (await planOf(test, personId))!;
    expect(closed).toMatchObject({ status: 'closed', closeReason: 'Бошотулду', closedBy: ids.officer });
    const history = await test.app.inject({ url: `/people/${personId}/plan/history`, headers: { cookie: officer } });
    expect(history.body).toContain('Үй-бүлөсү турак жай тапты');
    expect(history.body).toContain('План жабылды');
    expect(history.body).toContain('Test pl.officer');
  });
});

describe('the plan outside its tab', () => {
  it('puts the plan, its actions and the person’s own words in the subject access export', async () => {
    const personId = await readyPlan('Сурамов');
    const response = await test.app.inject({
      url: `/people/${personId}/subject-access.json?received=${typed(bishkekDay(0))}`,
      headers: { cookie: manager },
    });
    expect(response.statusCode).toBe(200);
    const { sections } = JSON.parse(response.body) as { sections: Record<string, Record<string, unknown>[]> };
    expect(sections.plans).toEqual([
      expect.objectContaining({ kind: 'sentence', agreement: 'agreed', personWords: 'Макулмун, үй керек.' }),
    ]);
    expect(sections.plan_actions).toEqual([
      expect.objectContaining({ action: 'Жергиликтүү бийлик менен турак жай маселесин чечүү', status: 'planned' }),
    ]);
    expect(sections.plan_reviews).toEqual([]);
  });

  it('shows the plan’s milestones on the person’s timeline, in the words of the plan’s history', async () => {
    const personId = await readyPlan('Убакытов');
    const timeline = await test.app.inject({ url: `/people/${personId}/timeline`, headers: { cookie: officer } });
    expect(timeline.statusCode).toBe(200);
    expect(timeline.body).toContain('План башталды: Жаза өтөө планы');
    expect(timeline.body).not.toContain('Жергиликтүү бийлик менен турак жай маселесин чечүү');
  });
});
