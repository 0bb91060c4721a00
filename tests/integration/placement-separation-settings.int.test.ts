import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { separationPeriods } from '../../src/modules/placement/placement.tables.ts';
import { createTestApp, createTestUser, signIn, type TestApp } from '../support/app.ts';
import { bishkekDay, insertPerson, unitIdOf } from './classification.fixture.ts';

/**
 * `SEPARATION_BREAK_DAYS` reaches the counter: with a break of 5 days, three days back on the wing do not end
 * the run, so 13 days, a 3-day gap and 6 days are 22 consecutive days, over the limit of 15 (with the default
 * break of 2 days the run would start again and count 6).
 */
let test: TestApp;
let manager: string;
let managerId: string;

beforeAll(async () => {
  test = await createTestApp({ separationBreakDays: 5 });
  managerId = (await createTestUser(test, 'break.manager', [{ role: 'facility_manager', unitCode: 'PRISON_47' }])).id;
  manager = await signIn(test.app, 'break.manager');
});
afterAll(() => test.close());

describe('the configured break in separation', () => {
  it('counts a short return to the wing through, towards the limit', async () => {
    const personId = await insertPerson(test, 'Бообеков');
    const facilityId = await unitIdOf(test, 'PRISON_47');
    const period = { personId, facilityId, reason: 'Коопсуздук үчүн', decidedBy: managerId };
    await test.database.db.insert(separationPeriods).values([
      { ...period, startedOn: bishkekDay(-21), endedOn: bishkekDay(-9) },
      { ...period, startedOn: bishkekDay(-5) },
    ]);
    const page = await test.app.inject({ url: `/people/${personId}/cell`, headers: { cookie: manager } });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('data-separation-warning="over_limit"');
  });
});
