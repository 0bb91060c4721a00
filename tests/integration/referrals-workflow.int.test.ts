import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { referralSessions } from '../../src/modules/referrals/referrals.tables.ts';
import { users } from '../../src/platform/auth/auth.tables.ts';
import { createTestApp, createTestUser, signIn, type TestApp } from '../support/app.ts';
import { contactsOfOrder, insertOrder } from './probation.fixture.ts';
import {
  bishkekDay,
  demoPartners,
  insertConsent,
  insertPerson,
  postForm,
  referralById,
  referralIdFrom,
  typed,
} from './referrals.fixture.ts';

let test: TestApp;
const cookies: Record<string, string> = {};
let officerId: string;
let partners: { women: string; legal: string };

beforeAll(async () => {
  test = await createTestApp();
  partners = await demoPartners(test);
  officerId = (await createTestUser(test, 'rw.officer', [{ role: 'probation_officer', unitCode: 'PROBATION_OSH' }])).id;
  await createTestUser(test, 'rw.partner', [{ role: 'partner_worker', unitCode: 'DEMO_PARTNER_OSH_WOMEN' }]);
  await createTestUser(test, 'rw.manager', [{ role: 'probation_manager', unitCode: 'PROBATION_OSH' }]);
  // The officer and the partner work in Russian: the whole journey is checked in it.
  await test.database.db.update(users).set({ locale: 'ru' }).where(eq(users.username, 'rw.officer'));
  await test.database.db.update(users).set({ locale: 'ru' }).where(eq(users.username, 'rw.partner'));
  for (const name of ['rw.officer', 'rw.partner', 'rw.manager']) cookies[name] = await signIn(test.app, name);
});
afterAll(() => test.close());

const get = (url: string, who: string) => test.app.inject({ url, headers: { cookie: cookies[who]! } });
const version = async (id: string) => String((await referralById(test, id)).version);
const partnerPost = async (id: string, step: string, fields: Record<string, string>) =>
  postForm(test, cookies['rw.partner']!, '/', `/partner/referrals/${id}/${step}`, { version: await version(id), ...fields });
const officerPost = async (personId: string, id: string, step: string, fields: Record<string, string>) =>
  postForm(test, cookies['rw.officer']!, '/', `/people/${personId}/referrals/${id}/${step}`, { version: await version(id), ...fields });

async function referred(familyName: string) {
  const personId = await insertPerson(test, familyName, { unit: 'PROBATION_OSH', legalStatus: 'probation' });
  await insertConsent(test, { personId, partnerUnitId: partners.women, scope: ['identity', 'contact'], recordedBy: officerId });
  const response = await postForm(test, cookies['rw.officer']!, '/', `/people/${personId}/referrals/new`, {
    partnerService: `${partners.women}:psychosocial_support`,
    reason: 'Нужна психосоциальная поддержка',
  });
  expect(response.statusCode).toBe(303);
  return { personId, id: referralIdFrom(response.headers.location) };
}

describe('the partner’s answer', () => {
  it('refuses a decline without a reason, then records it with the reason for the officer to see', async () => {
    const { personId, id } = await referred('Отказов');
    const bare = await partnerPost(id, 'decision', { decision: 'decline' });
    expect(bare.statusCode).toBe(400);
    expect(bare.body).toContain('Укажите, почему вы отклоняете направление.');
    expect((await referralById(test, id)).status).toBe('sent');
    expect((await partnerPost(id, 'decision', { decision: 'decline', reason: 'Нет мест до весны' })).statusCode).toBe(303);
    expect(await referralById(test, id)).toMatchObject({ status: 'declined', declineReason: 'Нет мест до весны', closedOn: bishkekDay() });
    const page = await get(`/people/${personId}/referrals/${id}`, 'rw.officer');
    expect(page.body).toContain('Отклонено');
    expect(page.body).toContain('Нет мест до весны');
    const worklist = await get('/worklist', 'rw.officer');
    expect(worklist.body).toContain('Направления, отклонённые партнёрами');
  });

  it('refuses an answer made on a page that is out of date, and saves nothing', async () => {
    const { id } = await referred('Устарелов');
    const stale = await postForm(test, cookies['rw.partner']!, '/', `/partner/referrals/${id}/decision`, {
      decision: 'accept',
      version: '0',
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.body).toContain('кто-то другой изменил это направление');
    expect((await referralById(test, id)).status).toBe('sent');
  });
});

describe('from acceptance to the end-of-service report, in Russian', () => {
  it('runs the action plan, its approval, two sessions and the report, and the officer sees each step', async () => {
    const { personId, id } = await referred('Полный');
    expect((await partnerPost(id, 'decision', { decision: 'accept' })).statusCode).toBe(303);
    expect((await partnerPost(id, 'sessions', { heldOn: typed(bishkekDay()), attended: 'yes' })).statusCode).toBe(409);
    expect((await partnerPost(id, 'plan', { plan: 'Шесть встреч с психологом раз в неделю' })).statusCode).toBe(303);
    const worklist = await get('/worklist', 'rw.officer');
    expect(worklist.body).toContain('Планы действий партнёров на утверждение');
    const noComment = await officerPost(personId, id, 'plan', { decision: 'return' });
    expect(noComment.statusCode).toBe(400);
    expect(noComment.body).toContain('Перед возвратом плана укажите, что партнёру нужно изменить.');
    expect((await officerPost(personId, id, 'plan', { decision: 'return', comment: 'Добавьте работу с семьёй' })).statusCode).toBe(303);
    expect(await referralById(test, id)).toMatchObject({
      status: 'accepted',
      actionPlanStatus: 'returned',
      actionPlanComment: 'Добавьте работу с семьёй',
    });
    expect((await partnerPost(id, 'plan', { plan: 'Шесть встреч и две встречи с семьёй' })).statusCode).toBe(303);
    expect((await officerPost(personId, id, 'plan', { decision: 'approve' })).statusCode).toBe(303);
    expect(await referralById(test, id)).toMatchObject({ status: 'in_progress', actionPlanStatus: 'approved' });

    const future = await partnerPost(id, 'sessions', { heldOn: typed(bishkekDay(1)), attended: 'yes' });
    expect(future.statusCode).toBe(400);
    expect(future.body).toContain('Нельзя записать встречу, которая ещё не состоялась.');
    expect((await partnerPost(id, 'sessions', { heldOn: typed(bishkekDay()), attended: 'yes', note: 'Первая встреча' })).statusCode).toBe(
      303,
    );
    expect((await partnerPost(id, 'sessions', { heldOn: typed(bishkekDay()), attended: 'no' })).statusCode).toBe(303);
    const sessions = await test.database.db.select().from(referralSessions).where(eq(referralSessions.referralId, id));
    expect(sessions.map((session) => session.attended).sort()).toEqual([false, true]);

    const noOutcome = await partnerPost(id, 'end', { report: 'Итоги' });
    expect(noOutcome.statusCode).toBe(400);
    expect(noOutcome.body).toContain('Выберите итог услуги.');
    expect((await partnerPost(id, 'end', { outcome: 'partly_achieved', report: 'Посетил одну встречу из двух' })).statusCode).toBe(303);
    expect(await referralById(test, id)).toMatchObject({ status: 'completed', endOutcome: 'partly_achieved', closedOn: bishkekDay() });

    const tab = await get(`/people/${personId}/referrals`, 'rw.officer');
    expect(tab.body).toContain('Завершено');
    const page = await get(`/people/${personId}/referrals/${id}`, 'rw.officer');
    for (const text of [
      'Посетил одну встречу из двух',
      'Цели достигнуты частично',
      'Первая встреча',
      'Не присутствовал(а)',
      'План действий утверждён',
    ])
      expect(page.body).toContain(text);
    expect((await get('/worklist', 'rw.officer')).body).toContain('Полученные отчёты о завершении услуги');
    expect((await get('/referrals', 'rw.officer')).body).toContain(`/people/${personId}/referrals/${id}`);
    expect((await partnerPost(id, 'sessions', { heldOn: typed(bishkekDay()), attended: 'yes' })).statusCode).toBe(409);
  });
});

describe('supervision under a probation order', () => {
  it('counts each session the partner reports as a contact “with partner” on the person’s active order', async () => {
    const { personId, id } = await referred('Поднадзорный');
    const orderId = await insertOrder(test, { personId, createdBy: officerId, officerId });
    await partnerPost(id, 'decision', { decision: 'accept' });
    await partnerPost(id, 'plan', { plan: 'Встречи раз в неделю' });
    await officerPost(personId, id, 'plan', { decision: 'approve' });
    expect((await partnerPost(id, 'sessions', { heldOn: typed(bishkekDay()), attended: 'yes' })).statusCode).toBe(303);
    expect((await partnerPost(id, 'sessions', { heldOn: typed(bishkekDay()), attended: 'no' })).statusCode).toBe(303);
    const contacts = await contactsOfOrder(test, orderId);
    expect(contacts.map((contact) => [contact.kind, contact.attended, contact.referralId]).sort()).toEqual([
      ['with_partner', false, id],
      ['with_partner', true, id],
    ]);
  });
});

describe('the person’s record', () => {
  it('puts consents and referral steps on the timeline and in the subject access export', async () => {
    const { personId, id } = await referred('Хронологов');
    await partnerPost(id, 'decision', { decision: 'accept' });
    const timeline = await get(`/people/${personId}/timeline`, 'rw.officer');
    expect(timeline.body).toContain('Согласие на передачу сведений');
    expect(timeline.body).toContain('принял направление');
    const exported = await get(`/people/${personId}/subject-access.json`, 'rw.manager');
    expect(exported.statusCode).toBe(200);
    const sections = (JSON.parse(exported.body) as { sections: Record<string, { id: string; history?: { kind: string }[] }[]> }).sections;
    expect(sections.referralConsents).toHaveLength(1);
    expect(sections.referrals?.map((row) => row.id)).toEqual([id]);
    expect(sections.referrals?.[0]?.history?.map((step) => step.kind)).toEqual(['sent', 'accepted']);
  });
});
