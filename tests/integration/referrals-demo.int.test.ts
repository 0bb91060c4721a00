import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoReferrals } from '../../src/modules/referrals/referrals.service.ts';
import { referralConsents, referrals } from '../../src/modules/referrals/referrals.tables.ts';
import { createTestApp, createTestUser, signIn, type TestApp } from '../support/app.ts';
import { demoPartners, insertPerson } from './referrals.fixture.ts';

let test: TestApp;

beforeAll(async () => {
  test = await createTestApp();
  await demoPartners(test);
  await createTestUser(test, 'probation', [{ role: 'probation_officer', unitCode: 'PROBATION_OSH' }]);
  await createTestUser(test, 'partner.osh', [{ role: 'partner_worker', unitCode: 'DEMO_PARTNER_OSH_WOMEN' }]);
});
afterAll(() => test.close());

describe('the demo referral', () => {
  it('waits for the demo partner worker’s answer, under a consent, and is added only once', async () => {
    await loadDemoReferrals(test.database.db);
    expect(await test.database.db.select().from(referrals)).toEqual([]);
    await insertPerson(test, 'Демоуулу', { unit: 'PROBATION_OSH', legalStatus: 'probation' });
    await loadDemoReferrals(test.database.db);
    await loadDemoReferrals(test.database.db);
    const rows = await test.database.db.select().from(referrals);
    expect(rows.map((row) => [row.status, row.service])).toEqual([['sent', 'psychosocial_support']]);
    expect(await test.database.db.select().from(referralConsents)).toHaveLength(1);
    const list = await test.app.inject({ url: '/partner/referrals', headers: { cookie: await signIn(test.app, 'partner.osh') } });
    expect(list.body).toContain(`/partner/referrals/${rows[0]!.id}`);
    expect(list.body).toContain('Демоуулу');
  });
});
