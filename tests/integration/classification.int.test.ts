import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { placementPolicies } from '../../src/modules/assessments/classification.tables.ts';
import { personAlerts } from '../../src/modules/people/people.tables.ts';
import { createTestApp, createTestUser, signIn, type TestApp } from '../support/app.ts';
import {
  bishkekDay,
  classificationsOfPerson,
  insertApprovedAssessment,
  insertPerson,
  postForm,
  unitIdOf,
} from './classification.fixture.ts';

let test: TestApp;
let psychologist: string;
let member: string;
let probationManager: string;
const ids: Record<string, string> = {};

beforeAll(async () => {
  test = await createTestApp();
  ids.psychologist = (
    await createTestUser(test, 'clf.psychologist', [
      { role: 'psychologist', unitCode: 'PRISON_47' },
      { role: 'psychologist', unitCode: 'PRISON_16' },
    ])
  ).id;
  ids.reviewer = (await createTestUser(test, 'clf.reviewer', [{ role: 'psychologist', unitCode: 'PRISON_47' }])).id;
  await createTestUser(test, 'clf.member', [{ role: 'classification_member', unitCode: 'PRISON_47' }]);
  await createTestUser(test, 'clf.probation', [{ role: 'probation_manager', unitCode: 'PROBATION_OSH' }]);
  psychologist = await signIn(test.app, 'clf.psychologist');
  member = await signIn(test.app, 'clf.member');
  probationManager = await signIn(test.app, 'clf.probation');
});
afterAll(() => test.close());

/** A person with an approved violent-extremism assessment judging these levels. */
async function assessedPerson(name: string, judgements: Record<string, 'low' | 'moderate' | 'high'>, options = {}) {
  const personId = await insertPerson(test, name, options);
  await insertApprovedAssessment(test, {
    personId,
    instrument: 'KADAM_VE',
    judgements,
    nextReviewDate: bishkekDay(180),
    assessorId: ids.psychologist!,
    reviewerId: ids.reviewer!,
  });
  return personId;
}

const propose = (cookies: string, personId: string) =>
  postForm(test, cookies, `/people/${personId}/placement`, `/people/${personId}/placement/propose`, {});

async function proposal(personId: string) {
  const rows = await classificationsOfPerson(test, personId);
  return rows.find((row) => row.status === 'proposed')!;
}

const decide = async (cookies: string, personId: string, fields: Record<string, string>) => {
  const open = await proposal(personId);
  return postForm(test, cookies, `/people/${personId}/placement`, `/people/${personId}/placement/${open.id}/decide`, {
    rowVersion: String(open.rowVersion),
    ...fields,
  });
};

const HIGH = { VIOLENCE: 'high', INFLUENCE: 'moderate', VULNERABILITY: 'low' } as const;

describe('Kadam’s proposal and the committee’s decision', () => {
  it('proposes, labels the proposal as not a decision with its reasons in Kyrgyz, and a confirmation puts the alert in force', async () => {
    const personId = await assessedPerson('Сунушов', HIGH);
    expect((await propose(psychologist, personId)).statusCode).toBe(303);
    const page = await test.app.inject({ url: `/people/${personId}/placement`, headers: { cookie: member } });
    expect(page.body).toContain('Кадамдын сунушу — бул чечим эмес');
    expect(page.body).toContain('Бекитилген баалоодо зомбулук же башкаларга таасир этүү тобокелдиги жогору деп бааланган.');
    expect(page.body).toContain('Өзүнчө кармоо: атайын бөлүк (акыркы чара)');
    expect((await decide(member, personId, { action: 'confirm' })).statusCode).toBe(303);
    const [decided] = await classificationsOfPerson(test, personId);
    expect(decided).toMatchObject({ status: 'confirmed', decision: { category: 'violent_extremist_offender', placement: 'separation' } });
    const alerts = await test.database.db.select().from(personAlerts).where(eq(personAlerts.personId, personId));
    expect(alerts.map((alert) => alert.type)).toEqual(['violent_extremist_offender']);
    const after = await test.app.inject({ url: `/people/${personId}/placement`, headers: { cookie: psychologist } });
    expect(after.body).toContain('Кадамдын сунушун комиссия ырастады');
    expect(after.body).toContain('Test clf.member');
    expect(after.body).toContain(`/people/${personId}/placement/${decided!.id}/document.pdf?lang=ky`);
  });

  it('says clearly when there is no approved assessment to propose from', async () => {
    const personId = await insertPerson(test, 'Баалоосуз');
    const response = await propose(psychologist, personId);
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('бул адамда зомбулуктуу экстремизм же жалпы тобокелдик боюнча бекитилген баалоо азырынча жок');
    expect(await classificationsOfPerson(test, personId)).toEqual([]);
  });

  it('refuses an override without a reason, keeping what was chosen, and records one with a reason', async () => {
    const personId = await assessedPerson('Башкачаев', HIGH);
    await propose(psychologist, personId);
    const choice = {
      action: 'override',
      category: 'at_risk_of_radicalisation',
      violence: 'moderate',
      influence: 'moderate',
      vulnerability: 'low',
      reoffending: 'none',
      placement: 'concentration',
    };
    const refused = await decide(member, personId, { ...choice, overrideReason: '  ' });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('href="#overrideReason"');
    expect(refused.body).toMatch(/<option value="concentration" selected/);
    expect((await proposal(personId)).status).toBe('proposed');
    const missing = await decide(member, personId, { ...choice, placement: '', overrideReason: 'Комиссия башкача баалады' });
    expect(missing.statusCode).toBe(400);
    expect(missing.body).toContain('Тандаңыз: Жайгаштыруу варианты');
    expect((await decide(member, personId, { ...choice, overrideReason: 'Комиссия башкача баалады' })).statusCode).toBe(303);
    const [decided] = await classificationsOfPerson(test, personId);
    expect(decided).toMatchObject({
      status: 'overridden',
      decisionReason: 'Комиссия башкача баалады',
      decision: {
        category: 'at_risk_of_radicalisation',
        violence: 'moderate',
        reoffending: null,
        placement: 'concentration',
        intensity: null,
      },
    });
  });

  it('refuses a return without a comment and records one with it', async () => {
    const personId = await assessedPerson('Кайтаров', HIGH);
    await propose(psychologist, personId);
    const refused = await decide(member, personId, { action: 'return', returnComment: '' });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('href="#returnComment"');
    expect((await decide(member, personId, { action: 'return', returnComment: 'Жалпы баалоо керек' })).statusCode).toBe(303);
    const [returned] = await classificationsOfPerson(test, personId);
    expect(returned).toMatchObject({ status: 'returned', returnComment: 'Жалпы баалоо керек' });
  });

  it('refuses a decision made on a stale page', async () => {
    const personId = await assessedPerson('Эскиев', HIGH);
    await propose(psychologist, personId);
    const stale = await decide(member, personId, { action: 'confirm', rowVersion: '7' });
    expect(stale.statusCode).toBe(409);
    expect(stale.body).toContain('Сиз ачкандан кийин муну башка бирөө сактап койгон');
    expect((await proposal(personId)).status).toBe('proposed');
  });
});

describe('probation clients and facility policies', () => {
  it('gives a probation client an intensity, not a placement, and the one who asked cannot decide', async () => {
    const personId = await assessedPerson('Пробациев', HIGH, { unit: 'PROBATION_OSH', legalStatus: 'probation' });
    expect((await propose(probationManager, personId)).statusCode).toBe(303);
    expect((await proposal(personId)).proposal).toMatchObject({ placement: null, intensity: 'high' });
    const page = await test.app.inject({ url: `/people/${personId}/placement`, headers: { cookie: probationManager } });
    expect(page.body).toContain('Көзөмөлдүн деңгээли');
    const refused = await decide(probationManager, personId, { action: 'confirm' });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('Бул классификацияны сиз сунуштагансыз');
    expect((await proposal(personId)).status).toBe('proposed');
  });

  it('gives a prisoner a placement within the facility’s policy, saying the policy limited it', async () => {
    await test.database.db
      .insert(placementPolicies)
      .values({ unitId: await unitIdOf(test, 'PRISON_16'), options: ['dispersal', 'concentration'] });
    const personId = await assessedPerson('Саясатов', { VIOLENCE: 'high', INFLUENCE: 'high', VULNERABILITY: 'low' }, { unit: 'PRISON_16' });
    await propose(psychologist, personId);
    expect((await proposal(personId)).proposal).toMatchObject({ placement: 'concentration', intensity: null });
    const page = await test.app.inject({ url: `/people/${personId}/placement`, headers: { cookie: psychologist } });
    expect(page.body).toContain('Мекеменин саясаты тобокелдик талап кылган вариантты колдонбойт');
  });

  it('shows the proposal but no decision forms to someone who may not decide', async () => {
    const personId = await assessedPerson('Көрүүчүев', HIGH);
    await propose(psychologist, personId);
    const page = await test.app.inject({ url: `/people/${personId}/placement`, headers: { cookie: psychologist } });
    expect(page.body).toContain('data-section="proposal"');
    expect(page.body).not.toContain('data-section="decide"');
    const alerts = await test.database.db
      .select()
      .from(personAlerts)
      .where(and(eq(personAlerts.personId, personId), eq(personAlerts.type, 'violent_extremist_offender')));
    expect(alerts).toEqual([]);
  });
});
