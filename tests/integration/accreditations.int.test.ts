import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isAccredited } from '../../src/modules/assessments/accreditations.ts';
import { accreditations, instruments } from '../../src/modules/assessments/assessments.tables.ts';
import { createTestApp, createTestUser, formSession, signIn, type TestApp } from '../support/app.ts';

let test: TestApp;
let managerCookies: string;
let psychologistId: string;
let instrumentId: string;
const TODAY = '2026-03-15';

beforeAll(async () => {
  test = await createTestApp();
  await createTestUser(test, 'accreditations.manager', [{ role: 'facility_manager', unitCode: 'PRISON_47' }]);
  psychologistId = (await createTestUser(test, 'accreditations.psychologist', [{ role: 'psychologist', unitCode: 'PRISON_47' }])).id;
  managerCookies = await signIn(test.app, 'accreditations.manager');
  const [instrument] = await test.database.db.select().from(instruments).where(eq(instruments.code, 'KADAM_VE'));
  instrumentId = instrument!.id;
}, 60_000);
afterAll(() => test.close());

async function post(url: string, fields: Record<string, string>) {
  const session = await formSession(test.app, managerCookies, '/admin/accreditations');
  return test.app.inject({
    method: 'POST',
    url,
    headers: { cookie: session.cookies, 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
    payload: new URLSearchParams({ _csrf: session.csrf, ...fields }).toString(),
  });
}

const grant = (validFrom: string, validUntil: string, username = 'accreditations.psychologist') =>
  post('/admin/accreditations', { username, instrumentCode: 'KADAM_VE', validFrom, validUntil, note: 'Course 2026/1' });

const accredited = (on: string) => isAccredited(test.database.db, psychologistId, instrumentId, on);

async function removeAll() {
  await test.database.db
    .delete(accreditations)
    .where(and(eq(accreditations.userId, psychologistId), eq(accreditations.instrumentId, instrumentId)));
}

describe('accreditations', () => {
  it('grants an accreditation valid from its first day to its last, inclusive', async () => {
    const response = await grant('2026-01-01', '2026-12-31');
    expect(response.statusCode).toBe(303);
    expect(await accredited('2026-01-01')).toBe(true);
    expect(await accredited('2026-12-31')).toBe(true);
    const page = await test.app.inject({ url: '/admin/accreditations', headers: { cookie: managerCookies } });
    expect(page.body).toContain('Test accreditations.psychologist (accreditations.psychologist)');
  });

  it('does not accredit before an accreditation starts or after it expires', async () => {
    await removeAll();
    await grant('2026-06-01', '2026-06-30');
    expect(await accredited('2026-05-31')).toBe(false);
    expect(await accredited('2026-07-01')).toBe(false);
    expect(await accredited('2026-06-15')).toBe(true);
  });

  it('accredits with no end date when "valid until" is left empty', async () => {
    await removeAll();
    expect((await grant('2025-01-01', '')).statusCode).toBe(303);
    expect(await accredited('2040-01-01')).toBe(true);
  });

  it('refuses an unknown user and an end before the start, keeping what was typed', async () => {
    const unknown = await grant('2026-01-01', '2026-12-31', 'no.such.person');
    expect(unknown.statusCode).toBe(400);
    expect(unknown.body).toContain('«no.such.person» деген колдонуучу жок');
    expect(unknown.body).toContain('value="no.such.person"');
    const backwards = await grant('2026-12-31', '2026-01-01');
    expect(backwards.statusCode).toBe(400);
    expect(backwards.body).toContain('Аккредитация башталганга чейин бүтө албайт');
    expect(backwards.body).toContain('value="2026-12-31"');
    expect(backwards.body).toContain('Course 2026/1');
  });

  it('revokes an accreditation only with a reason, and a revoked one no longer accredits', async () => {
    const [held] = await test.database.db.select().from(accreditations).where(eq(accreditations.userId, psychologistId));
    const missing = await post(`/admin/accreditations/${held!.id}/revoke`, { reason: '' });
    expect(missing.statusCode).toBe(400);
    expect(missing.body).toContain('Аккредитация эмне үчүн жокко чыгарылып жатканын жазыңыз');
    expect(await accredited(TODAY)).toBe(true);

    const revoked = await post(`/admin/accreditations/${held!.id}/revoke`, { reason: 'Left the service' });
    expect(revoked.statusCode).toBe(303);
    expect(await accredited(TODAY)).toBe(false);
    const [row] = await test.database.db.select().from(accreditations).where(eq(accreditations.id, held!.id));
    expect(row!.revocationReason).toBe('Left the service');
  });

  it('lets a manager accredit only the staff of their own units', async () => {
    await createTestUser(test, 'accreditations.far', [{ role: 'psychologist', unitCode: 'PRISON_16' }]);
    const far = await grant('2026-01-01', '2026-12-31', 'accreditations.far');
    expect(far.statusCode).toBe(404);
    const [farUser] = (await test.database.pool.query<{ id: string }>(`SELECT id FROM users WHERE username = 'accreditations.far'`)).rows;
    expect(await test.database.db.select().from(accreditations).where(eq(accreditations.userId, farUser!.id))).toEqual([]);
  });

  it('is managed only by those who may accredit', async () => {
    await createTestUser(test, 'accreditations.officer', [{ role: 'prison_officer', unitCode: 'PRISON_47' }]);
    const officer = await signIn(test.app, 'accreditations.officer');
    expect((await test.app.inject({ url: '/admin/accreditations', headers: { cookie: officer } })).statusCode).toBe(403);
  });
});
