import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isAccredited } from '../../src/modules/assessments/accreditations.ts';
import { accreditations, instruments } from '../../src/modules/assessments/assessments.tables.ts';
import { loadDemoData } from '../../src/modules/demo/demo.service.ts';
import { todayInBishkek } from '../../src/modules/people/people.models.ts';
import { findUserByUsername } from '../../src/platform/auth/auth.repository.ts';
import { createTestDatabase, type TestDatabase } from '../support/database.ts';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
  await loadDemoData(database.db);
}, 120_000);
afterAll(() => database.drop());

async function accredited(username: string, code: string, on: string) {
  const user = await findUserByUsername(database.db, username);
  const [instrument] = await database.db.select().from(instruments).where(eq(instruments.code, code));
  return isAccredited(database.db, user!.id, instrument!.id, on);
}

const inYears = (years: number, days = 0) => {
  const date = new Date(`${todayInBishkek()}T00:00:00Z`);
  date.setUTCFullYear(date.getUTCFullYear() + years);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
};

describe('the demo dataset’s accreditations', () => {
  it('lets the demo assessors and reviewers sign their instruments for three years', async () => {
    const today = todayInBishkek();
    for (const username of ['psychologist', 'manager', 'probation.manager'])
      for (const code of ['KADAM_SCREEN', 'KADAM_VE', 'KADAM_RNR'])
        expect([username, code, await accredited(username, code, today)]).toEqual([username, code, true]);
    for (const username of ['officer', 'probation'])
      for (const code of ['KADAM_SCREEN', 'KADAM_RNR'])
        expect([username, code, await accredited(username, code, today)]).toEqual([username, code, true]);
    expect(await accredited('psychologist', 'KADAM_VE', inYears(3))).toBe(true);
    expect(await accredited('psychologist', 'KADAM_VE', inYears(3, 1))).toBe(false);
  });

  it('leaves violent-extremism assessment to the accredited specialists, and accredits no one else', async () => {
    expect(await accredited('officer', 'KADAM_VE', todayInBishkek())).toBe(false);
    expect(await accredited('partner', 'KADAM_SCREEN', todayInBishkek())).toBe(false);
  });

  it('adds nothing when the demo data is loaded again', async () => {
    const before = await database.db.select().from(accreditations);
    await loadDemoData(database.db);
    expect((await database.db.select().from(accreditations)).length).toBe(before.length);
    expect(before.length).toBe(13);
  });
});
