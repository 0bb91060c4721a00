import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contactIntervals } from '../../src/modules/probation/probation.service.ts';
import { probationTypes } from '../../src/modules/probation/probation.tables.ts';
import { createTestApp, createTestUser, signIn, type TestApp } from '../support/app.ts';
import { postForm } from './classification.fixture.ts';

let test: TestApp;
let admin: string;
let officer: string;

beforeAll(async () => {
  test = await createTestApp();
  await createTestUser(test, 'pr.admin', [{ role: 'system_admin', unitCode: 'MINISTRY_OF_JUSTICE' }]);
  await createTestUser(test, 'pr.officer', [{ role: 'probation_officer', unitCode: 'PROBATION_OSH' }]);
  admin = await signIn(test.app, 'pr.admin');
  officer = await signIn(test.app, 'pr.officer');
});
afterAll(() => test.close());

const typeFields = (version: string, nameKy: string) => ({
  version,
  name_ky: nameKy,
  name_ru: 'Исполнительная пробация',
  name_en: 'Executive probation',
  description_ky: 'Көзөмөл',
  description_ru: 'Надзор',
  description_en: 'Supervision',
});

describe('the probation types as reference data', () => {
  it('ships the four types of the law in three languages', async () => {
    const rows = await test.database.db.select().from(probationTypes);
    expect(rows.map((row) => row.code).sort()).toEqual(['executive', 'penitentiary', 'post_penitentiary', 'pre_trial']);
    expect(rows.every((row) => row.name.ky && row.name.ru && row.name.en && row.description.ky)).toBe(true);
  });

  it('lets an administrator edit a type’s names, and refuses a stale edit', async () => {
    const saved = await postForm(
      test,
      admin,
      '/probation/types/executive',
      '/probation/types/executive',
      typeFields('1', 'Аткаруу пробациясы'),
    );
    expect(saved.statusCode).toBe(303);
    const [row] = await test.database.db.select().from(probationTypes).where(eq(probationTypes.code, 'executive'));
    expect(row).toMatchObject({ version: 2, name: { ky: 'Аткаруу пробациясы' } });
    const list = await test.app.inject({ url: '/probation/types', headers: { cookie: officer } });
    expect(list.body).toContain('Аткаруу пробациясы');
    const stale = await postForm(test, admin, '/probation/types/executive', '/probation/types/executive', typeFields('1', 'Эски'));
    expect(stale.statusCode).toBe(409);
    expect(stale.body).toContain('value="Эски"');
  });

  it('refuses the edit to an officer', async () => {
    expect((await test.app.inject({ url: '/probation/types/executive', headers: { cookie: officer } })).statusCode).toBe(403);
  });
});

describe('the supervision settings', () => {
  const settings = (version: string, high: string) => ({
    version,
    interval_high: high,
    interval_medium: '14',
    interval_low: '30',
    interval_unclassified: '14',
    capacity: '35',
  });

  it('lets an administrator change the contact intervals, refusing a value out of range', async () => {
    const version = /name="version" value="(\d+)"/.exec(
      (await test.app.inject({ url: '/probation/types', headers: { cookie: admin } })).body,
    )![1]!;
    const refused = await postForm(test, admin, '/probation/types', '/probation/settings', settings(version, '0'));
    expect(refused.statusCode).toBe(400);
    expect((await contactIntervals(test.database.db)).high).toBe(7);
    const saved = await postForm(test, admin, '/probation/types', '/probation/settings', settings(version, '5'));
    expect(saved.statusCode).toBe(303);
    expect((await contactIntervals(test.database.db)).high).toBe(5);
    const stale = await postForm(test, admin, '/probation/types', '/probation/settings', settings(version, '6'));
    expect(stale.statusCode).toBe(409);
    expect((await contactIntervals(test.database.db)).high).toBe(5);
  });
});
