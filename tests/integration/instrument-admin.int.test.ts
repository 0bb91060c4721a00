import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assessments, instruments, instrumentVersions } from '../../src/modules/assessments/assessments.tables.ts';
import { fixtureInstrument } from '../../src/modules/assessments/instruments/instrument.fixture.ts';
import { contentHash } from '../../src/modules/assessments/instruments/instrument.hash.ts';
import { people } from '../../src/modules/people/people.tables.ts';
import { orgUnits } from '../../src/platform/org/org.tables.ts';
import { createTestApp, createTestUser, formSession, signIn, type TestApp } from '../support/app.ts';

let test: TestApp;
let adminCookies: string;
let adminId: string;

beforeAll(async () => {
  test = await createTestApp();
  adminId = (await createTestUser(test, 'instruments.admin', [{ role: 'system_admin', unitCode: 'MINISTRY_OF_JUSTICE' }])).id;
  await createTestUser(test, 'instruments.officer', [{ role: 'prison_officer', unitCode: 'PRISON_47' }]);
  adminCookies = await signIn(test.app, 'instruments.admin');
}, 60_000);
afterAll(() => test.close());

const get = (url: string, cookies = adminCookies) => test.app.inject({ url, headers: { cookie: cookies, accept: 'text/html' } });

async function post(url: string, fields: Record<string, string>) {
  const session = await formSession(test.app, adminCookies, '/admin/instruments/new');
  return test.app.inject({
    method: 'POST',
    url,
    headers: { cookie: session.cookies, 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
    payload: new URLSearchParams({ _csrf: session.csrf, ...fields }).toString(),
  });
}

/** What a textarea gives back, unescaped: the page must keep exactly what was typed. */
function textareaOf(html: string): string {
  const match = /<textarea[^>]*name="definition"[^>]*>([\s\S]*?)<\/textarea>/.exec(html);
  if (!match) throw new Error('no definition textarea');
  const entities: Record<string, string> = { '&quot;': '"', '&#34;': '"', '&#39;': "'", '&lt;': '<', '&gt;': '>', '&amp;': '&' };
  return match[1]!.replace(/&(quot|#34|#39|lt|gt|amp);/g, (entity) => entities[entity]!);
}

const rowVersionOf = (html: string) => /name="rowVersion" value="(\d+)"/.exec(html)?.[1] ?? '';

async function versionRow(code: string, number: number) {
  const [row] = await test.database.db
    .select({ version: instrumentVersions })
    .from(instrumentVersions)
    .innerJoin(instruments, eq(instruments.id, instrumentVersions.instrumentId))
    .where(and(eq(instruments.code, code), eq(instrumentVersions.version, number)));
  return row!.version;
}

describe('instrument administration', () => {
  it('lists Kadam’s three instruments, published at start, and refuses a prison officer', async () => {
    const page = await get('/admin/instruments');
    expect(page.statusCode).toBe(200);
    for (const code of ['KADAM_SCREEN', 'KADAM_VE', 'KADAM_RNR']) expect(page.body).toContain(`/admin/instruments/${code}"`);
    const officer = await signIn(test.app, 'instruments.officer');
    expect((await get('/admin/instruments', officer)).statusCode).toBe(403);
  });

  it('lists every problem of an invalid definition by its path, in the user’s language, and keeps what was typed', async () => {
    const definition = fixtureInstrument();
    definition.sections[0]!.indicators[0]!.scale = 'NO_SUCH_SCALE';
    const typed = JSON.stringify(definition, null, 2);
    const response = await post('/admin/instruments/new', { definition: typed });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('sections.0.indicators.0.scale: инструментте NO_SUCH_SCALE деген баалоо шкаласы жок');
    expect(textareaOf(response.body)).toBe(typed);
    expect(await test.database.db.select().from(instruments).where(eq(instruments.code, 'TEST_SCREEN'))).toEqual([]);
  });

  it('says so when the text is not JSON, and when nothing was pasted', async () => {
    const broken = await post('/admin/instruments/new', { definition: '{ "code": ' });
    expect(broken.statusCode).toBe(400);
    expect(broken.body).toContain('Текст туура JSON эмес');
    expect(textareaOf(broken.body)).toBe('{ "code": ');
    expect((await post('/admin/instruments/new', { definition: '  ' })).body).toContain('JSON форматында киргизиңиз');
  });

  it('loads a valid definition as draft version 1 of a new instrument', async () => {
    const response = await post('/admin/instruments/new', { definition: JSON.stringify(fixtureInstrument()) });
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe('/admin/instruments/TEST_SCREEN?loaded=1#version-1');
    expect((await versionRow('TEST_SCREEN', 1)).status).toBe('draft');
    const list = await get('/admin/instruments/TEST_SCREEN?loaded=1');
    expect(list.body).toContain('/admin/instruments/TEST_SCREEN/versions/1/edit');
    expect(list.body).toContain('1-версия долбоор катары жүктөлдү');
  });

  it('shows a version readable section by section, and its exact JSON as a download', async () => {
    const page = await get('/admin/instruments/TEST_SCREEN/versions/1');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Жүрүм-турум (BEHAVIOUR)');
    const json = await get('/admin/instruments/TEST_SCREEN/versions/1.json');
    expect(json.headers['content-disposition']).toContain('TEST_SCREEN-v1.json');
    expect(JSON.parse(json.body)).toEqual(fixtureInstrument());
  });

  it('saves an edited draft (a translation) and refuses a stale edit, keeping what was typed', async () => {
    const form = await get('/admin/instruments/TEST_SCREEN/versions/1/edit');
    const opened = rowVersionOf(form.body);
    const translated = fixtureInstrument();
    translated.name.en = 'Test screening, corrected';
    const saved = await post('/admin/instruments/TEST_SCREEN/versions/1/edit', {
      definition: JSON.stringify(translated),
      rowVersion: opened,
    });
    expect(saved.statusCode).toBe(303);
    expect((await versionRow('TEST_SCREEN', 1)).definition.name.en).toBe('Test screening, corrected');

    const stale = JSON.stringify({ ...translated, summary: { ...translated.summary, en: 'Mine' } });
    const refused = await post('/admin/instruments/TEST_SCREEN/versions/1/edit', { definition: stale, rowVersion: opened });
    expect(refused.statusCode).toBe(409);
    expect(refused.body).toContain('Сиз ачкандан кийин муну башка бирөө сактап койгон');
    expect(textareaOf(refused.body)).toBe(stale);
    expect((await versionRow('TEST_SCREEN', 1)).definition.summary.en).toBe('For tests only');
  });

  it('publishes a draft after asking once more, freezing it with its content hash', async () => {
    expect((await get('/admin/instruments/TEST_SCREEN/versions/1/publish')).statusCode).toBe(200);
    const response = await post('/admin/instruments/TEST_SCREEN/versions/1/publish', {});
    expect(response.statusCode).toBe(303);
    const published = await versionRow('TEST_SCREEN', 1);
    expect(published.status).toBe('published');
    expect(published.publishedBy).toBe(adminId);
    expect(published.contentHash).toBe(contentHash(published.definition));
  });

  it('offers no edit for a published version and refuses one sent anyway', async () => {
    const page = await get('/admin/instruments/TEST_SCREEN');
    expect(page.body).not.toContain('/versions/1/edit');
    expect(page.body).not.toContain('/versions/1/publish');
    expect((await get('/admin/instruments/TEST_SCREEN/versions/1/edit')).statusCode).toBe(409);
    const { rowVersion, definition } = await versionRow('TEST_SCREEN', 1);
    const refused = await post('/admin/instruments/TEST_SCREEN/versions/1/edit', {
      definition: JSON.stringify({ ...definition, summary: { ...definition.summary, en: 'Changed' } }),
      rowVersion: String(rowVersion),
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.body).toContain('жарыяланган версиялар өзгөрбөйт');
    expect((await versionRow('TEST_SCREEN', 1)).definition.summary.en).toBe('For tests only');
  });

  it('has the database refuse any change to a published definition, whoever asks', async () => {
    const { id } = await versionRow('TEST_SCREEN', 1);
    await expect(test.database.pool.query(`UPDATE instrument_versions SET definition = '{}'::jsonb WHERE id = $1`, [id])).rejects.toThrow(
      /published and cannot change/,
    );
  });

  it('retires a published version only with a reason, kept in the audit trail', async () => {
    const missing = await post('/admin/instruments/TEST_SCREEN/versions/1/retire', { reason: ' ' });
    expect(missing.statusCode).toBe(400);
    expect(missing.body).toContain('Версия эмне үчүн колдонуудан чыгарылып жатканын жазыңыз');
    expect((await versionRow('TEST_SCREEN', 1)).status).toBe('published');

    const retired = await post('/admin/instruments/TEST_SCREEN/versions/1/retire', { reason: 'Replaced by a tested version' });
    expect(retired.statusCode).toBe(303);
    const row = await versionRow('TEST_SCREEN', 1);
    expect(row.status).toBe('retired');
    const audit = await test.database.pool.query<{ details: { reason: string } }>(
      `SELECT details FROM audit_events WHERE action = 'instrument.version.retire' AND resource_id = $1`,
      [row.id],
    );
    expect(audit.rows.map((event) => event.details.reason)).toEqual(['Replaced by a tested version']);
  });

  it('never changes an assessment made with an earlier version when a new version is published', async () => {
    const first = fixtureInstrument();
    first.code = 'TEST_KEPT';
    await post('/admin/instruments/new', { definition: JSON.stringify(first) });
    await post('/admin/instruments/TEST_KEPT/versions/1/publish', {});
    const v1 = await versionRow('TEST_KEPT', 1);
    const assessmentId = await insertAssessment(v1.id);

    const second = structuredClone(first);
    second.summary.en = 'Second version';
    expect((await post('/admin/instruments/new', { definition: JSON.stringify(second) })).headers.location).toContain('loaded=2');
    await post('/admin/instruments/TEST_KEPT/versions/2/publish', {});
    expect((await versionRow('TEST_KEPT', 2)).status).toBe('published');

    const [kept] = await test.database.db
      .select({ definition: instrumentVersions.definition, hash: instrumentVersions.contentHash })
      .from(assessments)
      .innerJoin(instrumentVersions, eq(instrumentVersions.id, assessments.instrumentVersionId))
      .where(eq(assessments.id, assessmentId));
    expect(kept).toEqual({ definition: first, hash: v1.contentHash });
  });
});

/** An assessment row made with a version, straight into the table: this test is about versions, not the workflow. */
async function insertAssessment(instrumentVersionId: string): Promise<string> {
  const [unit] = await test.database.db.select({ id: orgUnits.id }).from(orgUnits).where(eq(orgUnits.code, 'PRISON_47'));
  const [person] = await test.database.db
    .insert(people)
    .values({
      familyName: 'Версиялык',
      givenName: 'Тест',
      dateOfBirth: '1990-01-01',
      sex: 'male',
      noPinReason: 'unknown',
      unitId: unit!.id,
      legalStatus: 'convicted',
      searchText: 'версиялык тест',
    })
    .returning({ id: people.id });
  const [row] = await test.database.db
    .insert(assessments)
    .values({
      personId: person!.id,
      instrumentVersionId,
      reason: 'admission',
      answers: { ratings: {}, freeText: {}, judgements: {} },
      assessorId: adminId,
      contributorIds: [adminId],
    })
    .returning({ id: assessments.id });
  return row!.id;
}
