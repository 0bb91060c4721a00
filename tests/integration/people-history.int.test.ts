import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadReferenceData } from '../../src/modules/reference/reference.seeds.ts';
import { criminalCases, criminalCodeArticles, custodyEvents, people, probationEpisodes } from '../../src/modules/people/people.tables.ts';
import { searchTextOf } from '../../src/modules/people/people.transliteration.ts';
import { auditEvents } from '../../src/platform/audit/audit.tables.ts';
import { orgUnits } from '../../src/platform/org/org.tables.ts';
import { createTestApp, createTestUser, formSession, signIn, type TestApp } from '../support/app.ts';

let test: TestApp;
let officer: string;
let psychologist: string;

const unitId = async (code: string) => (await test.database.db.select().from(orgUnits).where(eq(orgUnits.code, code)))[0]!.id;

async function insertPerson(familyName: string, unit = 'PRISON_47') {
  const [row] = await test.database.db
    .insert(people)
    .values({
      familyName,
      givenName: 'Азамат',
      dateOfBirth: '1990-05-01',
      sex: 'male',
      noPinReason: 'unknown',
      unitId: await unitId(unit),
      searchText: searchTextOf([familyName, 'Азамат']),
    })
    .returning();
  return row!;
}

const personRow = async (id: string) => (await test.database.db.select().from(people).where(eq(people.id, id)))[0]!;

/** Posts a history form as the signed-in user would, with the CSRF token of the form's own page. */
async function post(cookies: string, url: string, fields: Record<string, string>) {
  const session = await formSession(test.app, cookies, url);
  return test.app.inject({
    method: 'POST',
    url,
    headers: { cookie: session.cookies, 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams({ _csrf: session.csrf, ...fields }).toString(),
  });
}

beforeAll(async () => {
  test = await createTestApp();
  await createTestUser(test, 'history.officer', [
    { role: 'prison_officer', unitCode: 'PRISON_47' },
    { role: 'prison_officer', unitCode: 'SIZO_1' },
  ]);
  await createTestUser(test, 'history.psychologist', [{ role: 'psychologist', unitCode: 'PRISON_47' }]);
  officer = await signIn(test.app, 'history.officer');
  psychologist = await signIn(test.app, 'history.psychologist');
});
afterAll(async () => {
  await test.close();
});

describe('the Criminal Code list', () => {
  it('is loaded with the reference data, and loading it again changes nothing', async () => {
    const before = await test.database.db.select().from(criminalCodeArticles);
    expect(before.length).toBeGreaterThanOrEqual(20);
    const outcomes = await loadReferenceData(test.database.db);
    expect(outcomes.find((outcome) => outcome.file === 'criminal-code.json')?.status).toBe('unchanged');
    expect(await test.database.db.select().from(criminalCodeArticles)).toHaveLength(before.length);
  });

  it('marks the extremist-materials article and the terrorism articles, and tags them on the history tab', async () => {
    const [article315] = await test.database.db.select().from(criminalCodeArticles).where(eq(criminalCodeArticles.code, '315'));
    expect(article315).toMatchObject({ extremism: true });
    expect(
      (await test.database.db.select().from(criminalCodeArticles).where(eq(criminalCodeArticles.terrorism, true))).length,
    ).toBeGreaterThan(0);
    const person = await insertPerson('Тегдеров');
    const response = await post(officer, `/people/${person.id}/history/cases/new`, {
      caseNumber: 'УД-2024-15',
      articles: '315, 205',
      verdictOn: '01.02.2024',
    });
    expect(response.statusCode).toBe(303);
    const page = await test.app.inject({ url: `/people/${person.id}/history`, headers: { cookie: officer } });
    expect(page.body).toContain('УД-2024-15');
    expect(page.body).toContain('govuk-tag--orange');
  });
});

describe('cases and sentences', () => {
  it('refuses an expected release before the sentence starts, in Kyrgyz, keeping what was typed', async () => {
    const person = await insertPerson('Мөөнөтов');
    const response = await post(officer, `/people/${person.id}/history/cases/new`, {
      caseNumber: 'УД-77',
      articles: '122',
      startOn: '10.03.2024',
      releaseOn: '09.03.2024',
    });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('Болжолдуу бошотулуу күнү жазанын башталышынан мурун боло албайт');
    expect(response.body).toContain('value="09.03.2024"');
    expect(await test.database.db.select().from(criminalCases).where(eq(criminalCases.personId, person.id))).toEqual([]);
  });

  it('refuses an expected release before the admission to custody, in Kyrgyz, and saves nothing', async () => {
    const person = await insertPerson('Кабылов');
    const admitted = await post(officer, `/people/${person.id}/history/custody/admission`, {
      occurredOn: '10.02.2024',
      facility: 'PRISON_47',
      basis: 'convicted',
    });
    expect(admitted.statusCode).toBe(303);
    const response = await post(officer, `/people/${person.id}/history/cases/new`, {
      caseNumber: 'УД-78',
      articles: '122',
      releaseOn: '09.02.2024',
    });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('Болжолдуу бошотулуу күнү адам камакка кабыл алынган күндөн мурун боло албайт');
    expect(response.body).toContain('value="09.02.2024"');
    expect(await test.database.db.select().from(criminalCases).where(eq(criminalCases.personId, person.id))).toEqual([]);
  });

  it('refuses article numbers that are not in the list', async () => {
    const person = await insertPerson('Беренеев');
    const response = await post(officer, `/people/${person.id}/history/cases/new`, { caseNumber: 'УД-78', articles: '999' });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('Булар Кадамдагы Кылмыш кодексинин тизмесиндеги беренелер эмес: 999');
  });

  it('refuses a stale edit with 409 and audits a saved one with its field changes', async () => {
    const person = await insertPerson('Версиев');
    await post(officer, `/people/${person.id}/history/cases/new`, { caseNumber: 'УД-1', articles: '205' });
    const [row] = await test.database.db.select().from(criminalCases).where(eq(criminalCases.personId, person.id));
    const url = `/people/${person.id}/history/cases/${row!.id}/edit`;
    expect((await post(officer, url, { caseNumber: 'УД-1', articles: '205, 209', version: '1' })).statusCode).toBe(303);
    const stale = await post(officer, url, { caseNumber: 'УД-1-б', articles: '205', version: '1' });
    expect(stale.statusCode).toBe(409);
    const [after] = await test.database.db.select().from(criminalCases).where(eq(criminalCases.id, row!.id));
    expect(after).toMatchObject({ caseNumber: 'УД-1', articles: ['205', '209'], version: 2 });
    const [event] = await test.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'person.case.update'), eq(auditEvents.personId, person.id)));
    expect(event?.changes).toEqual([{ field: 'articles', from: ['205'], to: ['205', '209'] }]);
  });
});

describe('custody movements', () => {
  it('keep the legal status and the unit in step with admission, transfer and release', async () => {
    const person = await insertPerson('Жүрүшов');
    const base = `/people/${person.id}/history/custody`;
    expect((await post(officer, `${base}/admission`, { occurredOn: '01.02.2024', facility: 'SIZO_1', basis: 'remand' })).statusCode).toBe(
      303,
    );
    expect(await personRow(person.id)).toMatchObject({ legalStatus: 'remand', unitId: await unitId('SIZO_1') });
    const transfer = await post(officer, `${base}/transfer`, {
      occurredOn: '01.03.2024',
      facility: 'PRISON_47',
      basis: 'convicted',
      reason: 'Өкүм күчүнө кирди',
    });
    expect(transfer.headers.location).toBe(`/people/${person.id}/history?saved=1`);
    expect(await personRow(person.id)).toMatchObject({ legalStatus: 'convicted', unitId: await unitId('PRISON_47') });
    expect((await post(officer, `${base}/release`, { occurredOn: '01.04.2024', releaseType: 'end_of_sentence' })).statusCode).toBe(303);
    expect(await personRow(person.id)).toMatchObject({ legalStatus: 'released', unitId: await unitId('PRISON_47') });
    const events = await test.database.db.select().from(custodyEvents).where(eq(custodyEvents.personId, person.id));
    expect(events.map((event) => event.kind).sort()).toEqual(['admission', 'release', 'transfer']);
    // The regime was left empty, so the transfer took the colony's own (strengthened) regime.
    expect(events.find((event) => event.kind === 'transfer')?.regime).toBe('strengthened');
    const [audited] = await test.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'person.custody.admission'), eq(auditEvents.personId, person.id)));
    expect(audited?.changes).toEqual(expect.arrayContaining([{ field: 'legalStatus', from: 'other', to: 'remand' }]));
  });

  it('refuse a release without an admission, an admission while held, and a release dated before the admission', async () => {
    const person = await insertPerson('Тартипов');
    const base = `/people/${person.id}/history/custody`;
    const release = await post(officer, `${base}/release`, { occurredOn: '01.04.2024', releaseType: 'amnesty' });
    expect(release.statusCode).toBe(400);
    expect(release.body).toContain('Адам камакта эмес: адегенде кабыл алууну каттаңыз');
    await post(officer, `${base}/admission`, { occurredOn: '10.02.2024', facility: 'PRISON_47', basis: 'convicted' });
    const again = await post(officer, `${base}/admission`, { occurredOn: '11.02.2024', facility: 'PRISON_47', basis: 'convicted' });
    expect(again.body).toContain('Адам буга чейин эле камакта');
    const early = await post(officer, `${base}/release`, { occurredOn: '09.02.2024', releaseType: 'amnesty' });
    expect(early.statusCode).toBe(400);
    expect(early.body).toContain('Бул күн акыркы катталган көчүрүүдөн мурун');
    const future = await post(officer, `${base}/release`, { occurredOn: '01.01.2999', releaseType: 'amnesty' });
    expect(future.body).toContain('Бул күн келечекте боло албайт');
    expect(await personRow(person.id)).toMatchObject({ legalStatus: 'convicted' });
  });

  it('offer only custody facilities, and refuse a probation office as a facility', async () => {
    const person = await insertPerson('Мекемеев');
    const page = await test.app.inject({ url: `/people/${person.id}/history/custody/admission`, headers: { cookie: officer } });
    expect(page.body).toContain('value="SIZO_1"');
    expect(page.body).not.toContain('value="PROBATION_OSH"');
    const response = await post(officer, `/people/${person.id}/history/custody/admission`, {
      occurredOn: '01.02.2024',
      facility: 'PROBATION_OSH',
      basis: 'remand',
    });
    expect(response.statusCode).toBe(400);
  });

  it('move a person transferred to another facility out of the officer’s scope: a notice, then 404', async () => {
    const person = await insertPerson('Которулган');
    const base = `/people/${person.id}/history/custody`;
    await post(officer, `${base}/admission`, { occurredOn: '01.02.2024', facility: 'PRISON_47', basis: 'convicted' });
    const transfer = await post(officer, `${base}/transfer`, { occurredOn: '05.02.2024', facility: 'PRISON_16', reason: 'Коопсуздук' });
    expect(transfer.statusCode).toBe(303);
    expect(transfer.headers.location).toBe('/people?transferredTo=PRISON_16');
    expect(await personRow(person.id)).toMatchObject({ unitId: await unitId('PRISON_16'), legalStatus: 'convicted' });
    const after = await test.app.inject({ url: `/people/${person.id}/history`, headers: { cookie: officer } });
    expect(after.statusCode).toBe(404);
    // The officer lands on the search page, told where the record went.
    const landing = await test.app.inject({ url: transfer.headers.location as string, headers: { cookie: officer } });
    expect(landing.statusCode).toBe(200);
    expect(landing.body).toContain('govuk-notification-banner--success');
  });
});

describe('probation episodes and access', () => {
  it('put a person on probation at a probation office (and nowhere else), refusing an end before the start', async () => {
    const person = await insertPerson('Пробациев');
    const base = `/people/${person.id}/history`;
    const added = await post(officer, `${base}/probation/new`, {
      probationType: 'post_penitentiary',
      office: 'PROBATION_OSH',
      startedOn: '01.03.2024',
      endedOn: '01.02.2024',
    });
    expect(added.statusCode).toBe(400);
    expect(added.body).toContain('Аяктаган күнү башталган күндөн мурун боло албайт');
    const notAnOffice = await post(officer, `${base}/probation/new`, {
      probationType: 'executive',
      office: 'PRISON_47',
      startedOn: '01.03.2024',
    });
    expect(notAnOffice.statusCode).toBe(400);
    expect(notAnOffice.body).toContain('«Пробация органы»: тизмеден тандаңыз');
    const ok = await post(officer, `${base}/probation/new`, {
      probationType: 'post_penitentiary',
      office: 'PROBATION_OSH',
      startedOn: '01.03.2024',
    });
    expect(ok.headers.location).toBe('/people?transferredTo=PROBATION_OSH');
    expect(await personRow(person.id)).toMatchObject({ legalStatus: 'probation', unitId: await unitId('PROBATION_OSH') });
  });

  it('end an open episode with a reason, leaving the person released, and refuse a stale second end with 409', async () => {
    const probationOfficer = 'history.probation';
    await createTestUser(test, probationOfficer, [{ role: 'probation_officer', unitCode: 'PROBATION_OSH' }]);
    const cookies = await signIn(test.app, probationOfficer);
    const person = await insertPerson('Бүткөнов', 'PROBATION_OSH');
    await post(cookies, `/people/${person.id}/history/probation/new`, {
      probationType: 'executive',
      office: 'PROBATION_OSH',
      startedOn: '01.03.2024',
    });
    const [episode] = await test.database.db.select().from(probationEpisodes).where(eq(probationEpisodes.personId, person.id));
    const url = `/people/${person.id}/history/probation/${episode!.id}/end`;
    expect((await post(cookies, url, { endedOn: '01.05.2024', endReason: 'Мөөнөтү бүттү', version: '1' })).statusCode).toBe(303);
    expect(await personRow(person.id)).toMatchObject({ legalStatus: 'released', unitId: await unitId('PROBATION_OSH') });
    expect((await post(cookies, url, { endedOn: '02.05.2024', endReason: 'Кайра', version: '1' })).statusCode).toBe(409);
  });

  it('let a psychologist read the tab but not open its forms', async () => {
    const person = await insertPerson('Окуучуев');
    expect((await test.app.inject({ url: `/people/${person.id}/history`, headers: { cookie: psychologist } })).statusCode).toBe(200);
    expect((await test.app.inject({ url: `/people/${person.id}/history/cases/new`, headers: { cookie: psychologist } })).statusCode).toBe(
      403,
    );
  });
});
