import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { people } from '../../src/modules/people/people.tables.ts';
import { createTestApp, createTestUser, signIn, type TestApp } from '../support/app.ts';
import {
  bishkekDay,
  demoPartners,
  eventsOf,
  insertConsent,
  insertPerson,
  postForm,
  referralById,
  referralIdFrom,
} from './referrals.fixture.ts';

let test: TestApp;
const cookies: Record<string, string> = {};
let officerId: string;
let partners: { women: string; legal: string };

beforeAll(async () => {
  test = await createTestApp();
  partners = await demoPartners(test);
  officerId = (await createTestUser(test, 'rp.officer', [{ role: 'probation_officer', unitCode: 'PROBATION_OSH' }])).id;
  await createTestUser(test, 'rp.women', [{ role: 'partner_worker', unitCode: 'DEMO_PARTNER_OSH_WOMEN' }]);
  await createTestUser(test, 'rp.legal', [{ role: 'partner_worker', unitCode: 'DEMO_PARTNER_OSH_LEGAL' }]);
  for (const name of ['rp.officer', 'rp.women', 'rp.legal']) cookies[name] = await signIn(test.app, name);
});
afterAll(() => test.close());

const get = (url: string, who: string) => test.app.inject({ url, headers: { cookie: cookies[who]! } });
const partnerPost = (id: string, step: string, fields: Record<string, string>, who = 'rp.women') =>
  postForm(test, cookies[who]!, '/', `/partner/referrals/${id}/${step}`, fields);
const version = async (id: string) => String((await referralById(test, id)).version);

/** A probation client with an address, a consent to the women's committee, and a referral under it. */
async function referred(familyName: string, scope: string[], extra: Record<string, string> = {}) {
  const personId = await insertPerson(test, familyName, { unit: 'PROBATION_OSH', legalStatus: 'probation' });
  await test.database.db.update(people).set({ actualAddress: 'Ош ш., Курманжан Датка к., 9' }).where(eq(people.id, personId));
  await insertConsent(test, { personId, partnerUnitId: partners.women, scope, recordedBy: officerId });
  const response = await postForm(test, cookies['rp.officer']!, `/people/${personId}/referrals/new`, `/people/${personId}/referrals/new`, {
    partnerService: `${partners.women}:psychosocial_support`,
    reason: 'Психологиялык колдоо керек',
    riskNote: 'Ачууланганда коркутат',
    ...extra,
  });
  expect(response.statusCode).toBe(303);
  return { personId, id: referralIdFrom(response.headers.location) };
}

describe('what a partner worker sees', () => {
  it('lists only the referrals sent to their organisation', async () => {
    const { id } = await referred('Тизмелүү', ['identity']);
    expect((await get('/partner/referrals', 'rp.women')).body).toContain(`/partner/referrals/${id}`);
    expect((await get('/partner/referrals', 'rp.legal')).body).not.toContain(id);
  });

  it('answers 404 to another organisation opening the referral, and audits the attempt', async () => {
    const { id } = await referred('Бөтөн', ['identity']);
    const response = await get(`/partner/referrals/${id}`, 'rp.legal');
    expect(response.statusCode).toBe(404);
    expect((await eventsOf(test, response)).map((event) => [event.action, event.outcome, event.reason, event.resourceId])).toEqual([
      ['referral.partner.view', 'denied', 'out_of_scope', id],
    ]);
    expect((await partnerPost(id, 'decision', { decision: 'accept', version: await version(id) }, 'rp.legal')).statusCode).toBe(404);
    expect((await referralById(test, id)).status).toBe('sent');
  });

  it('shows only the groups of fields the consent shares, and risk information only when it is named', async () => {
    const nameOnly = await referred('Атыгана', ['identity']);
    const page = await get(`/partner/referrals/${nameOnly.id}`, 'rp.women');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Атыгана Бакыт');
    expect(page.body).toContain('04.03.1992');
    expect(page.body).not.toContain('Курманжан Датка');
    expect(page.body).not.toContain('Ачууланганда коркутат');
    const withRisk = await referred('Тобокелдүү', ['address', 'risk']);
    const riskPage = await get(`/partner/referrals/${withRisk.id}`, 'rp.women');
    expect(riskPage.body).toContain('Курманжан Датка');
    expect(riskPage.body).toContain('Ачууланганда коркутат');
    expect(riskPage.body).not.toContain('Тобокелдүү Бакыт');
    expect(riskPage.body).toContain('Аты-жөнү берилген эмес');
  });

  it('finds the new referrals counted on the home page, with a link to their list', async () => {
    await referred('Жаңы', ['identity']);
    const home = await get('/', 'rp.women');
    expect(home.body).toMatch(/data-worklist-summary="[1-9]/);
    expect(home.body).toContain('class="govuk-link" href="/partner/referrals"');
  });

  it('never reaches a person’s record, search, the worklist or staff lists', async () => {
    const { personId } = await referred('Жабык', ['identity']);
    for (const url of [
      '/people',
      `/people/${personId}`,
      `/people/${personId}/referrals`,
      '/worklist',
      '/referrals',
      '/partners',
      `/people?q=${encodeURIComponent('Жабык')}`,
    ])
      expect([url, (await get(url, 'rp.women')).statusCode]).toEqual([url, 403]);
  });
});

describe('consent withdrawal', () => {
  it('ends the partner’s access in the same request: 404, audited with the reason', async () => {
    const { personId, id } = await referred('Кайтарган', ['identity']);
    const consent = (await referralById(test, id)).consentId;
    const withdrawal = await postForm(
      test,
      cookies['rp.officer']!,
      `/people/${personId}/referrals/consents/${consent}/withdraw`,
      `/people/${personId}/referrals/consents/${consent}/withdraw`,
      { reason: 'Адам макулдугун кайтарып алды' },
    );
    expect(withdrawal.statusCode).toBe(303);
    expect((await referralById(test, id)).status).toBe('withdrawn');
    const response = await get(`/partner/referrals/${id}`, 'rp.women');
    expect(response.statusCode).toBe(404);
    expect((await eventsOf(test, response)).map((event) => [event.outcome, event.reason, event.resourceId])).toEqual([
      ['denied', 'consent_not_valid', id],
    ]);
    expect((await get('/partner/referrals', 'rp.women')).body).not.toContain(id);
  });

  it('treats an expired consent as withdrawn', async () => {
    const personId = await insertPerson(test, 'Эскирген', { unit: 'PROBATION_OSH', legalStatus: 'probation' });
    const consentId = await insertConsent(test, { personId, partnerUnitId: partners.women, scope: ['identity'], recordedBy: officerId });
    const response = await postForm(
      test,
      cookies['rp.officer']!,
      `/people/${personId}/referrals/new`,
      `/people/${personId}/referrals/new`,
      {
        partnerService: `${partners.women}:employment`,
        reason: 'Жумуш',
      },
    );
    const id = referralIdFrom(response.headers.location);
    await test.database.pool.query(`update referral_consents set given_on = $1, valid_until = $2 where id = $3`, [
      bishkekDay(-40),
      bishkekDay(-1),
      consentId,
    ]);
    const page = await get(`/partner/referrals/${id}`, 'rp.women');
    expect(page.statusCode).toBe(404);
    const [event] = await eventsOf(test, page);
    expect([event?.reason, (event?.details as { consent?: string } | null)?.consent]).toEqual(['consent_not_valid', 'expired']);
  });
});
