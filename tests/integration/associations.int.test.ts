import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messages } from '../../src/messages.ts';
import { personAssociations } from '../../src/modules/associations/associations.tables.ts';
import { people } from '../../src/modules/people/people.tables.ts';
import { auditEvents } from '../../src/platform/audit/audit.tables.ts';
import { createI18n } from '../../src/platform/i18n/translator.ts';
import { createTestApp, createTestUser, signIn, type TestApp } from '../support/app.ts';
import { bishkekDay, insertPerson, postForm, typed } from './classification.fixture.ts';

let test: TestApp;
let lead: string;
let officer: string;
let elsewhere: string;
let manager: string;

beforeAll(async () => {
  test = await createTestApp();
  await createTestUser(test, 'links.lead', [{ role: 'psychologist', unitCode: 'PRISON_47' }]);
  await createTestUser(test, 'links.officer', [{ role: 'prison_officer', unitCode: 'PRISON_47' }]);
  await createTestUser(test, 'links.elsewhere', [{ role: 'psychologist', unitCode: 'PRISON_16' }]);
  await createTestUser(test, 'links.manager', [{ role: 'facility_manager', unitCode: 'PRISON_47' }]);
  lead = await signIn(test.app, 'links.lead');
  officer = await signIn(test.app, 'links.officer');
  elsewhere = await signIn(test.app, 'links.elsewhere');
  manager = await signIn(test.app, 'links.manager');
});
afterAll(() => test.close());

const get = (url: string, cookie: string) => test.app.inject({ url, headers: { cookie } });
const linksOf = (personId: string) => test.database.db.select().from(personAssociations).where(eq(personAssociations.personId, personId));
const auditOf = (action: string, personId: string) =>
  test.database.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.action, action), eq(auditEvents.resourceId, personId)));

/** Records a link through the form, as the lead would after choosing the other person from the search. */
function record(personId: string, fields: Record<string, string>, cookie = lead) {
  return postForm(test, cookie, `/people/${personId}/associations/new`, `/people/${personId}/associations`, {
    query: 'x',
    kind: 'co_defendant',
    source: 'court_judgment',
    sourceReference: '',
    knownSince: typed(bishkekDay(-30)),
    note: '',
    ...fields,
  });
}

describe('recording a link between two people', () => {
  it('finds the other person by name, records the link with its source, and shows it on both people’s tabs', async () => {
    const personId = await insertPerson(test, 'Осмонов');
    const otherId = await insertPerson(test, 'Токтогулов');
    const search = await get(`/people/${personId}/associations/new?q=${encodeURIComponent('Токтогулов')}`, lead);
    expect(search.statusCode).toBe(200);
    expect(search.body).toContain(`value="${otherId}"`);
    // The person themself is never offered.
    const self = await get(`/people/${personId}/associations/new?q=${encodeURIComponent('Осмонов')}`, lead);
    expect(self.body).not.toContain(`name="otherPersonId" type="radio" value="${personId}"`);
    const saved = await record(personId, { otherPersonId: otherId, sourceReference: 'Өкүм № 1-55/2024' });
    expect(saved.statusCode).toBe(303);
    expect(saved.headers.location).toBe(`/people/${personId}/associations?done=recorded`);
    const tab = await get(`/people/${personId}/associations?done=recorded`, officer);
    expect(tab.statusCode).toBe(200);
    expect(tab.body).toContain('Байланыш катталды.');
    expect(tab.body).toContain('Токтогулов Бакыт');
    expect(tab.body).toContain('Шериги (бир иш боюнча)');
    expect(tab.body).toContain('Соттун өкүмү');
    expect(tab.body).toContain('Өкүм № 1-55/2024');
    // The small graph: the person in the middle, the co-defendant around, one line of that kind between them.
    expect(tab.body).toContain('role="img"');
    expect(tab.body).toContain(`<g data-person="${otherId}">`);
    expect(tab.body.match(/<line [^>]*data-kind="co_defendant"/g)).toHaveLength(1);
    const theirs = await get(`/people/${otherId}/associations`, officer);
    expect(theirs.body).toContain('Осмонов Бакыт');
    const [event] = await auditOf('association.record', personId);
    expect(event).toMatchObject({
      outcome: 'success',
      details: { otherPersonId: otherId, kind: 'co_defendant', source: 'court_judgment' },
    });
    expect(JSON.stringify(event)).not.toContain('1-55/2024');
  });

  it('draws the links among the linked people too, so a group shows', async () => {
    const personId = await insertPerson(test, 'Жумабеков');
    const a = await insertPerson(test, 'Сыдыков');
    const b = await insertPerson(test, 'Мамытов');
    await record(personId, { otherPersonId: a, kind: 'same_group' });
    await record(personId, { otherPersonId: b, kind: 'same_group' });
    await record(a, { otherPersonId: b, kind: 'same_group' });
    const tab = await get(`/people/${personId}/associations`, lead);
    expect(tab.body.match(/<line [^>]*data-kind="same_group"/g)).toHaveLength(3);
  });

  it('tells a visitor of the person from someone the person visits', async () => {
    const visited = await insertPerson(test, 'Абдрахманов');
    const visitor = await insertPerson(test, 'Керимов', { legalStatus: 'probation' });
    await record(visited, { otherPersonId: visitor, kind: 'visitor', source: 'visits_log' });
    expect((await get(`/people/${visited}/associations`, lead)).body).toContain('Келүүчү (бул адамга келет)');
    expect((await get(`/people/${visitor}/associations`, lead)).body).toContain('Ага барат');
  });

  it('finds someone held in another facility only by their exact PIN', async () => {
    const personId = await insertPerson(test, 'Эсенов');
    const farId = await insertPerson(test, 'Бекташев', { unit: 'PRISON_16' });
    await test.database.db.update(people).set({ pin: '10403199200017', noPinReason: null }).where(eq(people.id, farId));
    const byName = await get(`/people/${personId}/associations/new?q=${encodeURIComponent('Бекташев')}`, lead);
    expect(byName.body).not.toContain(`value="${farId}"`);
    expect(byName.body).toContain('Эч ким табылган жок');
    const byPin = await get(`/people/${personId}/associations/new?q=10403199200017`, lead);
    expect(byPin.body).toContain(`value="${farId}"`);
    // Their date of birth tells them from a namesake; where they are held is not shown before a link exists.
    expect(byPin.body).toContain('04.03.1992 туулган');
    expect(byPin.body).not.toContain('№16');
    // Their id sent without their PIN, as if found by name: refused like an unknown person, nothing saved.
    const guessed = await record(personId, { query: 'Бекташев', otherPersonId: farId });
    expect(guessed.statusCode).toBe(400);
    expect(guessed.body).toContain('Байланышкан адамды издөөнүн жыйынтыгынан тандаңыз');
    expect(await linksOf(personId)).toHaveLength(0);
    expect((await record(personId, { query: '10403199200017', otherPersonId: farId })).statusCode).toBe(303);
  });
});

describe('merged records', () => {
  it('shows a link recorded on a record since merged, with the person it was merged into, and no link to oneself', async () => {
    const personId = await insertPerson(test, 'Сулайманов');
    const duplicateId = await insertPerson(test, 'Сулайманов');
    const otherId = await insertPerson(test, 'Өмүрзаков');
    const otherDuplicateId = await insertPerson(test, 'Өмүрзаков');
    await record(duplicateId, { otherPersonId: otherDuplicateId, kind: 'family' });
    await record(personId, { otherPersonId: duplicateId, kind: 'frequent_contact' });
    await test.database.db.update(people).set({ mergedIntoId: personId }).where(eq(people.id, duplicateId));
    await test.database.db.update(people).set({ mergedIntoId: otherId }).where(eq(people.id, otherDuplicateId));
    const tab = await get(`/people/${personId}/associations`, lead);
    expect(tab.body).toContain(`href="/people/${otherId}"`);
    expect(tab.body).not.toContain(`href="/people/${otherDuplicateId}"`);
    // One row: the family link; the link between the person's own two records is not shown.
    expect(tab.body.match(/data-link-id=/g)).toHaveLength(1);
    expect(tab.body.match(/<line [^>]*data-kind="family"/g)).toHaveLength(1);
  });
});

describe('bad input', () => {
  it('refuses a form with nothing chosen in Kyrgyz, keeps what was typed, and saves nothing', async () => {
    const personId = await insertPerson(test, 'Назаров');
    const found = await insertPerson(test, 'Назарбеков');
    const refused = await record(personId, {
      query: 'Назарбеков',
      otherPersonId: '',
      kind: '',
      source: 'visits_log',
      knownSince: '01.01.2099',
      note: 'Жолугушууда көрүлгөн',
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('Байланышкан адамды издөөнүн жыйынтыгынан тандаңыз');
    expect(refused.body).toContain('Байланыштын түрүн тандаңыз');
    expect(refused.body).toContain('Байланыш белгилүү болгон күн келечекте боло албайт');
    expect(refused.body).toContain('value="01.01.2099"');
    expect(refused.body).toContain('Жолугушууда көрүлгөн');
    expect(refused.body).toMatch(/<option value="visits_log" selected/);
    // The search is run again, so the person can still be chosen.
    expect(refused.body).toContain(`value="${found}"`);
    expect(await linksOf(personId)).toHaveLength(0);
  });

  it('refuses linking a person to themself, and a link already recorded from either side', async () => {
    const personId = await insertPerson(test, 'Алымбеков');
    const otherId = await insertPerson(test, 'Исаков');
    const self = await record(personId, { otherPersonId: personId });
    expect(self.statusCode).toBe(400);
    expect(self.body).toContain('Адамды өзү менен байланыштырууга болбойт');
    expect((await record(personId, { otherPersonId: otherId, kind: 'family' })).statusCode).toBe(303);
    const again = await record(otherId, { otherPersonId: personId, kind: 'family' });
    expect(again.statusCode).toBe(400);
    expect(again.body).toContain('Бул эки адамдын ортосундагы мындай байланыш мурунтан катталган');
    // Another kind between the same two people is another link.
    expect((await record(otherId, { otherPersonId: personId, kind: 'frequent_contact' })).statusCode).toBe(303);
    expect(await linksOf(otherId)).toHaveLength(1);
  });

  it('lets officers read links but not record them, and keeps people outside the reader’s units out', async () => {
    const personId = await insertPerson(test, 'Садыков');
    const otherId = await insertPerson(test, 'Турдубаев');
    expect((await get(`/people/${personId}/associations`, officer)).body).not.toContain(`/people/${personId}/associations/new`);
    expect((await get(`/people/${personId}/associations/new`, officer)).statusCode).toBe(403);
    expect((await get(`/people/${personId}/associations`, elsewhere)).statusCode).toBe(404);
    const outside = await record(personId, { otherPersonId: otherId }, elsewhere);
    expect(outside.statusCode).toBe(404);
    expect(await linksOf(personId)).toHaveLength(0);
  });
});

describe('ending a link', () => {
  it('needs a reason, keeps the link in the history, and shows both on the timeline', async () => {
    const personId = await insertPerson(test, 'Кадыров');
    const otherId = await insertPerson(test, 'Маматов');
    await record(personId, { otherPersonId: otherId, kind: 'frequent_contact', source: 'staff_observation' });
    const [link] = await linksOf(personId);
    const endUrl = `/people/${personId}/associations/${link!.id}/end`;
    const refused = await postForm(test, lead, endUrl, endUrl, { reason: ' ', version: '1' });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('Байланыш эмне үчүн токтотуларын жазыңыз');
    const ended = await postForm(test, lead, endUrl, endUrl, { reason: 'Башка блокко которулду', version: '1' });
    expect(ended.statusCode).toBe(303);
    const tab = await get(`/people/${personId}/associations?done=ended`, lead);
    expect(tab.body).toContain('id="ended-links"');
    expect(tab.body).toContain('Башка блокко которулду');
    expect(tab.body).toContain('id="no-links"');
    const timeline = await get(`/people/${personId}/timeline`, lead);
    expect(timeline.body).toContain('Байланыш катталды — Тез-тез байланышат: Маматов Бакыт');
    expect(timeline.body).toContain('Байланыш токтотулду — Тез-тез байланышат: Маматов Бакыт');
    // The form of the version before the end is stale: refused, and nothing changes.
    const stale = await postForm(test, lead, `/people/${personId}/associations`, endUrl, { reason: 'Дагы', version: '1' });
    expect(stale.statusCode).toBe(409);
    const [after] = await linksOf(personId);
    expect(after).toMatchObject({ endReason: 'Башка блокко которулду', version: 2 });
    expect(await auditOf('association.end', personId)).toHaveLength(1);
  });
});

describe('the links in the subject access export', () => {
  it('holds every link, ended ones too, with a label for every field in Kyrgyz and Russian', async () => {
    const personId = await insertPerson(test, 'Байтиков');
    const otherId = await insertPerson(test, 'Орозов');
    await record(personId, { otherPersonId: otherId, kind: 'family', source: 'person_stated', note: 'Агасы' });
    const response = await get(`/people/${personId}/subject-access.json`, manager);
    expect(response.statusCode).toBe(200);
    const rows = (JSON.parse(response.body) as { sections: Record<string, Record<string, unknown>[]> }).sections.associations!;
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ kind: 'family', otherPerson: 'Орозов Бакыт', source: 'person_stated', note: 'Агасы', endedAt: null });
    for (const locale of ['ky', 'ru'] as const) {
      const { t } = createI18n(messages, locale);
      for (const field of Object.keys(rows[0]!))
        expect(t(`subjectAccess.field.${field}` as never), field).not.toBe(`subjectAccess.field.${field}`);
    }
  });
});
