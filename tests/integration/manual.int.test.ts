import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualAcknowledgements } from '../../src/modules/manual/manual.tables.ts';
import { users } from '../../src/platform/auth/auth.tables.ts';
import { createTestApp, createTestUser, signIn, type TestApp } from '../support/app.ts';
import { postFields } from './concerns.fixture.ts';

let test: TestApp;
const cookies: Record<string, string> = {};
const MANUAL = '/manual/recruitment_prevention';

beforeAll(async () => {
  test = await createTestApp();
  await createTestUser(test, 'man.reader', [{ role: 'prison_officer', unitCode: 'PRISON_47' }]);
  await createTestUser(test, 'man.unread', [{ role: 'programme_facilitator', unitCode: 'PRISON_47' }]);
  await createTestUser(test, 'man.far', [{ role: 'prison_officer', unitCode: 'PRISON_16' }]);
  await createTestUser(test, 'man.manager', [{ role: 'facility_manager', unitCode: 'PRISON_47' }]);
  await createTestUser(test, 'man.admin', [{ role: 'system_admin', unitCode: 'MINISTRY_OF_JUSTICE' }]);
  const russian = await createTestUser(test, 'man.russian', [{ role: 'prison_officer', unitCode: 'PRISON_47' }]);
  await test.database.db.update(users).set({ locale: 'ru' }).where(eq(users.id, russian.id));
  for (const name of ['reader', 'manager', 'admin', 'russian']) cookies[name] = await signIn(test.app, `man.${name}`);
});
afterAll(() => test.close());

const get = (url: string, who: string) => test.app.inject({ url, headers: { cookie: cookies[who]! } });

describe('reading the manual', () => {
  it('lists the manual in the library and shows its sections in the reader’s language', async () => {
    const library = await get('/manual', 'reader');
    expect(library.statusCode).toBe(200);
    expect(library.body).toContain('Түрмөлөрдө тартуунун алдын алуу');
    expect(library.body).toContain('Али окула элек');
    const page = await get(MANUAL, 'reader');
    expect(page.body).toContain('Дин белги болуп саналбайт');
    expect(page.body).toContain('id="section-3"');
    const russian = await get(MANUAL, 'russian');
    expect(russian.body).toContain('Религия — не признак');
  });

  it('finds sections by the start of a word in the reader’s language, and nothing for words not in it', async () => {
    const kyrgyz = await get(`${MANUAL}?q=${encodeURIComponent('сакал')}`, 'reader');
    const results = /id="search-results"[\s\S]*?<\/ul>/.exec(kyrgyz.body)?.[0] ?? '';
    expect(results).toContain(`${MANUAL}#section-3`);
    const russian = await get(`${MANUAL}?q=${encodeURIComponent('одиночн')}`, 'russian');
    expect(/id="search-results"[\s\S]*?<\/ul>/.exec(russian.body)?.[0]).toContain('Раздельное содержание');
    const none = await get(`${MANUAL}?q=${encodeURIComponent('одиночн')}`, 'reader'); // a Russian word in the Kyrgyz text
    expect(none.body).toContain('0 бөлүм табылды');
  });

  it('records “read and understood” once per person and version', async () => {
    for (let time = 0; time < 2; time += 1) {
      const response = await postFields(test, cookies.reader!, MANUAL, `${MANUAL}/acknowledge`, { version: '1' });
      expect(response.statusCode).toBe(303);
    }
    const [reader] = await test.database.db.select().from(users).where(eq(users.username, 'man.reader'));
    const rows = await test.database.db.select().from(manualAcknowledgements).where(eq(manualAcknowledgements.userId, reader!.id));
    expect(rows).toHaveLength(1);
    expect((await get(MANUAL, 'reader')).body).toContain('id="acknowledged"');
  });
});

describe('the report of who has not read the current version', () => {
  it('lists staff in the manager’s units who have not acknowledged it, not those who have nor other facilities', async () => {
    const report = await get(`${MANUAL}/report`, 'manager');
    expect(report.statusCode).toBe(200);
    const table = /id="not-read"[\s\S]*?<\/table>/.exec(report.body)?.[0] ?? '';
    expect(table).toContain('man.unread');
    expect(table).not.toContain('man.reader');
    expect(table).not.toContain('man.far');
    expect((await get(`${MANUAL}/report`, 'reader')).statusCode).toBe(403);
  });
});

describe('publishing a new version', () => {
  const section = (title: string) => ({
    title_0_ky: `${title} (ky)`,
    title_0_ru: `${title} (ru)`,
    title_0_en: title,
    body_0_ky: 'Жаңы текст',
    body_0_ru: 'Новый текст',
    body_0_en: 'New text',
  });

  it('publishes version 2, keeps version 1 readable, and asks everyone to read the new one', async () => {
    const response = await postFields(test, cookies.admin!, `${MANUAL}/publish`, `${MANUAL}/publish`, {
      basedOn: '1',
      changeNote: 'Бөлүмдөр кыскартылды',
      ...section('Short version'),
    });
    expect(response.statusCode).toBe(303);
    const current = await get(MANUAL, 'reader');
    expect(current.body).toContain('Short version (ky)');
    expect(current.body).toContain('action="/manual/recruitment_prevention/acknowledge"');
    const earlier = await get(`${MANUAL}?version=1`, 'reader');
    expect(earlier.body).toContain('id="earlier-version"');
    expect(earlier.body).toContain('Дин белги болуп саналбайт');
    const stale = await postFields(test, cookies.reader!, `${MANUAL}?version=1`, `${MANUAL}/acknowledge`, { version: '1' });
    expect(stale.statusCode).toBe(409);
    expect(stale.body).toContain('Бул колдонмонун жаңы версиясы жарыяланды.');
    const report = await get(`${MANUAL}/report`, 'manager');
    expect(/id="not-read"[\s\S]*?<\/table>/.exec(report.body)?.[0]).toContain('man.reader');
  });

  it('refuses a version built on one that is no longer current, and a section missing a language', async () => {
    const stale = await postFields(test, cookies.admin!, `${MANUAL}/publish`, `${MANUAL}/publish`, {
      basedOn: '1',
      changeNote: 'Эски негизде',
      ...section('Late edit'),
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.body).toContain('Late edit'); // what was typed is kept
    const missing = await postFields(test, cookies.admin!, `${MANUAL}/publish`, `${MANUAL}/publish`, {
      basedOn: '2',
      changeNote: 'Котормосуз',
      ...section('No Russian'),
      body_0_ru: '',
    });
    expect(missing.statusCode).toBe(400);
    expect((await get(MANUAL, 'reader')).body).not.toContain('Late edit');
  });
});
