import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { referralConsents } from '../../src/modules/referrals/referrals.tables.ts';
import { eq } from 'drizzle-orm';
import { createTestApp, createTestUser, signIn, type TestApp } from '../support/app.ts';
import {
  bishkekDay,
  demoPartners,
  eventsOf,
  insertConsent,
  insertPerson,
  postForm,
  referralIdFrom,
  referralsOf,
  typed,
} from './referrals.fixture.ts';

let test: TestApp;
let officer: string;
let officerId: string;
let partners: { women: string; legal: string };

beforeAll(async () => {
  test = await createTestApp();
  partners = await demoPartners(test);
  officerId = (await createTestUser(test, 'rc.officer', [{ role: 'probation_officer', unitCode: 'PROBATION_OSH' }])).id;
  officer = await signIn(test.app, 'rc.officer');
});
afterAll(() => test.close());

const client = (name: string) => insertPerson(test, name, { unit: 'PROBATION_OSH', legalStatus: 'probation' });
const send = (personId: string, fields: Record<string, string>) =>
  postForm(test, officer, `/people/${personId}/referrals/new`, `/people/${personId}/referrals/new`, fields);

describe('making a referral', () => {
  it('refuses a referral without a consent in force, says why in the user’s language, and saves nothing', async () => {
    const personId = await client('Макулдуксуз');
    const response = await send(personId, { partnerService: `${partners.women}:psychosocial_support`, reason: 'Колдоо керек' });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('адамдын бул өнөктөш менен маалымат бөлүшүүгө күчүндөгү макулдугу жок');
    expect(response.body).toContain('Колдоо керек');
    expect(await referralsOf(test, personId)).toEqual([]);
  });

  it('refuses a referral under a withdrawn or expired consent as if there were none', async () => {
    const personId = await client('Мөөнөтү өткөн');
    await insertConsent(test, {
      personId,
      partnerUnitId: partners.women,
      scope: ['identity'],
      recordedBy: officerId,
      givenOn: bishkekDay(-60),
      validUntil: bishkekDay(-1),
    });
    const withdrawn = await insertConsent(test, { personId, partnerUnitId: partners.women, scope: ['identity'], recordedBy: officerId });
    await test.database.db
      .update(referralConsents)
      .set({ withdrawnOn: bishkekDay(), withdrawalReason: 'Адам баш тартты', withdrawnBy: officerId, withdrawnAt: new Date() })
      .where(eq(referralConsents.id, withdrawn));
    expect((await send(personId, { partnerService: `${partners.women}:employment`, reason: 'Жумуш' })).statusCode).toBe(400);
    expect(await referralsOf(test, personId)).toEqual([]);
  });

  it('refuses a service the partner does not offer', async () => {
    const personId = await client('Юристсиз');
    await insertConsent(test, { personId, partnerUnitId: partners.women, scope: ['identity'], recordedBy: officerId });
    const response = await send(personId, { partnerService: `${partners.women}:legal_aid`, reason: 'Укуктук жардам' });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('Бул өнөктөш тандалган кызматты көрсөтпөйт.');
  });

  it('records a consent from the form, then sends the referral under it, each audited once', async () => {
    const personId = await client('Макулдуу');
    const consent = await postForm(
      test,
      officer,
      `/people/${personId}/referrals/consents/new`,
      `/people/${personId}/referrals/consents/new`,
      {
        partnerUnitId: partners.women,
        scope: 'identity',
        givenOn: typed(bishkekDay()),
        validUntil: typed(bishkekDay(90)),
        formReference: 'Форма №5/2026',
      },
    );
    expect(consent.statusCode).toBe(303);
    expect((await eventsOf(test, consent)).map((event) => event.action)).toEqual(['referral.consent.record']);
    const response = await send(personId, { partnerService: `${partners.women}:family_mediation`, reason: 'Үй-бүлө менен мамиле' });
    expect(response.statusCode).toBe(303);
    const [referral] = await referralsOf(test, personId);
    expect(referralIdFrom(response.headers.location)).toBe(referral!.id);
    expect(referral).toMatchObject({ status: 'sent', service: 'family_mediation', partnerUnitId: partners.women, sentOn: bishkekDay() });
    expect((await eventsOf(test, response)).map((event) => [event.action, event.outcome])).toEqual([['referral.make', 'success']]);
    const tab = await test.app.inject({ url: `/people/${personId}/referrals`, headers: { cookie: officer } });
    expect(tab.body).toContain('Жөнөтүлдү');
    expect(tab.body).toContain('Күчүндө');
  });
});

describe('the consent form', () => {
  it('refuses bad input with every message and keeps what was typed', async () => {
    const personId = await client('Катачы');
    const response = await postForm(
      test,
      officer,
      `/people/${personId}/referrals/consents/new`,
      `/people/${personId}/referrals/consents/new`,
      {
        givenOn: typed(bishkekDay(1)),
        validUntil: '31.02.2026',
        formReference: 'Форма №9',
      },
    );
    expect(response.statusCode).toBe(400);
    for (const message of [
      'Адам маалымат бөлүшүүгө макул болгон өнөктөштү тандаңыз.',
      'Адам бөлүшүүгө макул болгон жок дегенде бир маалымат түрүн белгилеңиз.',
      'Макулдук берилген күн келечекте боло албайт.',
      '«Жарактуу мөөнөтү» чыныгы күн катары жазыңыз',
    ])
      expect(response.body).toContain(message);
    expect(response.body).toContain('value="Форма №9"');
    expect(await test.database.db.select().from(referralConsents).where(eq(referralConsents.personId, personId))).toEqual([]);
  });

  it('never ticks risk information by default', async () => {
    const personId = await client('Демейки');
    const page = await test.app.inject({ url: `/people/${personId}/referrals/consents/new`, headers: { cookie: officer } });
    expect(page.statusCode).toBe(200);
    expect(page.body).toMatch(/id="scope-identity"[^>]*checked/);
    expect(page.body).not.toMatch(/id="scope-risk"[^>]*checked/);
  });
});
