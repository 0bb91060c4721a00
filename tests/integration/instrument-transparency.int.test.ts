import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, createTestUser, signIn, type TestApp } from '../support/app.ts';

let test: TestApp;

beforeAll(async () => {
  test = await createTestApp();
  await createTestUser(test, 'transparency.officer', [{ role: 'prison_officer', unitCode: 'PRISON_47' }]);
  await createTestUser(test, 'transparency.partner', [{ role: 'partner_worker', unitCode: 'CRIME_PREVENTION_OSH' }]);
}, 60_000);
afterAll(() => test.close());

describe('instrument transparency records', () => {
  it('lists every published instrument for a prison officer and for a partner worker', async () => {
    for (const username of ['transparency.officer', 'transparency.partner']) {
      const page = await test.app.inject({ url: '/instruments', headers: { cookie: await signIn(test.app, username) } });
      expect([username, page.statusCode]).toEqual([username, 200]);
      for (const code of ['KADAM_SCREEN', 'KADAM_VE', 'KADAM_RNR']) expect(page.body).toContain(`href="/instruments/${code}"`);
    }
  });

  it('shows the record, the religion safeguard, the version and hash, and every indicator by title', async () => {
    const cookies = await signIn(test.app, 'transparency.partner');
    const page = await test.app.inject({ url: '/instruments/KADAM_VE', headers: { cookie: cookies } });
    expect(page.statusCode).toBe(200);
    const { rows } = await test.database.pool.query<{ version: number; content_hash: string; definition: VeDefinition }>(
      `SELECT v.version, v.content_hash, v.definition FROM instrument_versions v JOIN instruments i ON i.id = v.instrument_id
       WHERE i.code = 'KADAM_VE' AND v.status = 'published'`,
    );
    const [current] = rows;
    expect(page.body).toContain(current!.content_hash);
    for (const label of ['Максаты', 'Ким жана качан колдонот', 'Адамдын көзөмөлү', 'Колдонулган маалыматтар', 'Белгилүү чектөөлөрү'])
      expect(page.body).toContain(label);
    expect(page.body).toContain('Диний ишеним же диний практика эч качан көрсөткүч болбойт');
    const titles = current!.definition.sections.flatMap((section) => section.indicators.map((indicator) => indicator.title.ky));
    expect(titles.length).toBeGreaterThan(5);
    for (const title of titles) expect(page.body).toContain(escapeHtml(title));
  });

  it('answers 404 for an instrument that does not exist', async () => {
    const cookies = await signIn(test.app, 'transparency.officer');
    expect((await test.app.inject({ url: '/instruments/NO_SUCH', headers: { cookie: cookies } })).statusCode).toBe(404);
  });
});

type VeDefinition = { sections: { indicators: { title: { ky: string } }[] }[] };
const escapeHtml = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&#34;');
