import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../../src/platform/audit/audit.tables.ts';
import { orgUnits } from '../../src/platform/org/org.tables.ts';
import {
  criminalCases,
  custodyEvents,
  identityDocuments,
  people,
  personAlerts,
  personAliases,
  personContacts,
  personMerges,
  pinChanges,
  probationEpisodes,
} from '../../src/modules/people/people.tables.ts';
import { searchTextOf } from '../../src/modules/people/people.transliteration.ts';
import { createTestApp, createTestUser, formSession, signIn, type TestApp } from '../support/app.ts';

let test: TestApp;
let officer: string;
let manager: string;
let secondManager: string;

const unitId = async (code: string) => (await test.database.db.select().from(orgUnits).where(eq(orgUnits.code, code)))[0]!.id;

async function post(cookies: string, url: string, fields: Record<string, string>, formUrl = url) {
  const session = await formSession(test.app, cookies, formUrl);
  return test.app.inject({
    method: 'POST',
    url,
    headers: { cookie: session.cookies, 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams({ _csrf: session.csrf, ...fields }).toString(),
  });
}

async function insertPerson(familyName: string, givenName: string, pin: string | null, unit = 'PRISON_47') {
  const [row] = await test.database.db
    .insert(people)
    .values({
      familyName,
      givenName,
      dateOfBirth: '1987-09-01',
      sex: 'male',
      pin,
      noPinReason: pin ? null : 'unknown',
      unitId: await unitId(unit),
      searchText: searchTextOf([familyName, givenName]),
    })
    .returning();
  return row!;
}

const proposalFor = async (survivorId: string) =>
  (await test.database.db.select().from(personMerges).where(eq(personMerges.survivorId, survivorId)))[0];

beforeAll(async () => {
  test = await createTestApp();
  await createTestUser(test, 'merge.officer', [{ role: 'prison_officer', unitCode: 'PRISON_47' }]);
  await createTestUser(test, 'merge.manager', [{ role: 'facility_manager', unitCode: 'PRISON_47' }]);
  await createTestUser(test, 'merge.manager2', [{ role: 'facility_manager', unitCode: 'PRISON_47' }]);
  officer = await signIn(test.app, 'merge.officer');
  manager = await signIn(test.app, 'merge.manager');
  secondManager = await signIn(test.app, 'merge.manager2');
});
afterAll(() => test.close());

describe('merging two records of one person', () => {
  it('joins both histories once a different manager approves, and the merged record leads to the survivor', async () => {
    const survivor = await insertPerson('Абдыкадыров', 'Мирлан', '20109198700011');
    const merged = await insertPerson('Abdykadyrov', 'Mirlan', '20109198700029');
    const db = test.database.db;
    const office = await unitId('PROBATION_OSH');
    await db.insert(personAliases).values({ personId: merged.id, kind: 'alias', name: 'Мика' });
    await db.insert(personContacts).values({ personId: merged.id, kind: 'phone', value: '+996 555 000 111' });
    await db
      .insert(pinChanges)
      .values({ personId: merged.id, previousPin: '20109198700037', newPin: '20109198700029', changedOn: '2019-05-05', reason: 'Ката' });
    await db.insert(identityDocuments).values({ personId: merged.id, kind: 'passport', number: 'AN1234567' });
    const [crime] = await db.insert(criminalCases).values({ personId: merged.id, caseNumber: '1-234/2019' }).returning();
    await db.insert(custodyEvents).values({ personId: merged.id, kind: 'admission', occurredOn: '2019-06-01', caseId: crime!.id });
    await db
      .insert(probationEpisodes)
      .values({ personId: merged.id, probationType: 'executive', officeId: office, startedOn: '2021-01-01' });
    await db.insert(personAlerts).values({ personId: merged.id, type: 'self_harm_risk', reason: 'Белгиленген', validFrom: '2020-01-01' });
    const other = await insertPerson('Башка', 'Адам', null);
    await db
      .insert(personAlerts)
      .values({ personId: other.id, type: 'must_not_locate_with', relatedPersonId: merged.id, reason: 'Чатак', validFrom: '2020-01-01' });

    const proposed = await post(officer, `/people/${survivor.id}/merge`, { other: '20109198700029', reason: 'Бир эле адам: паспорт' });
    expect(proposed.statusCode).toBe(303);
    const proposal = await proposalFor(survivor.id);
    expect(proposal).toMatchObject({ mergedId: merged.id, status: 'proposed' });

    const list = await test.app.inject({ url: '/people/merges', headers: { cookie: manager } });
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain('Бир эле адам: паспорт');

    const approved = await post(
      manager,
      `/people/merges/${proposal!.id}/decision`,
      { decision: 'approve', note: 'Текшерилди' },
      '/people/merges',
    );
    expect(approved.statusCode).toBe(303);

    for (const table of [personContacts, pinChanges, identityDocuments, criminalCases, custodyEvents, probationEpisodes, personAlerts]) {
      const left = await db.select({ id: table.id }).from(table).where(eq(table.personId, merged.id));
      expect(left).toEqual([]);
    }
    const [moved] = await db.select().from(personAlerts).where(eq(personAlerts.personId, other.id));
    expect(moved?.relatedPersonId).toBe(survivor.id);
    const aliases = await db.select().from(personAliases).where(eq(personAliases.personId, survivor.id));
    expect(aliases).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'alias', name: 'Мика' }),
        expect.objectContaining({ kind: 'previous_name', name: 'Abdykadyrov Mirlan' }),
      ]),
    );
    const [after] = await db.select().from(people).where(eq(people.id, merged.id));
    expect(after?.mergedIntoId).toBe(survivor.id);
    const [kept] = await db.select().from(people).where(eq(people.id, survivor.id));
    expect(kept!.searchText).toContain('mika');
    expect(await proposalFor(survivor.id)).toMatchObject({ status: 'approved', decisionNote: 'Текшерилди' });

    const events = await db.select().from(auditEvents).where(eq(auditEvents.action, 'person.merge'));
    expect(events.map((event) => event.personId).sort()).toEqual([survivor.id, merged.id].sort());
    expect(events[0]?.details).toMatchObject({ survivorId: survivor.id, mergedId: merged.id });

    const redirected = await test.app.inject({ url: `/people/${merged.id}/edit`, headers: { cookie: officer } });
    expect(redirected.statusCode).toBe(303);
    expect(redirected.headers.location).toBe(`/people/${survivor.id}/edit`);
    // Staff of another facility learn nothing: not the merge, not where the record went.
    await createTestUser(test, 'merge.outsider', [{ role: 'prison_officer', unitCode: 'PRISON_16' }]);
    const outsider = await test.app.inject({ url: `/people/${merged.id}`, headers: { cookie: await signIn(test.app, 'merge.outsider') } });
    expect(outsider.statusCode).toBe(404);
    expect(outsider.body).not.toContain(survivor.id);
  });

  it('refuses a decision by the manager who proposed the merge', async () => {
    const survivor = await insertPerson('Турдубаев', 'Канат', null);
    const merged = await insertPerson('Турдубаев', 'Канатбек', null);
    const proposed = await post(manager, `/people/${survivor.id}/merge`, { other: merged.id, reason: 'Окшош' });
    expect(proposed.statusCode).toBe(303);
    const proposal = await proposalFor(survivor.id);
    const refused = await post(manager, `/people/merges/${proposal!.id}/decision`, { decision: 'approve', note: '' }, '/people/merges');
    expect(refused.statusCode).toBe(403);
    expect(await proposalFor(survivor.id)).toMatchObject({ status: 'proposed' });
    const [untouched] = await test.database.db.select().from(people).where(eq(people.id, merged.id));
    expect(untouched?.mergedIntoId).toBeNull();

    const rejected = await post(
      secondManager,
      `/people/merges/${proposal!.id}/decision`,
      { decision: 'reject', note: 'Башка адамдар' },
      '/people/merges',
    );
    expect(rejected.statusCode).toBe(303);
    expect(await proposalFor(survivor.id)).toMatchObject({ status: 'rejected', decisionNote: 'Башка адамдар' });
    const [stillSeparate] = await test.database.db.select().from(people).where(eq(people.id, merged.id));
    expect(stillSeparate?.mergedIntoId).toBeNull();
  });

  it('needs a reason, and does not find a record outside the proposer’s units', async () => {
    const survivor = await insertPerson('Сатаров', 'Элмир', null);
    const elsewhere = await insertPerson('Сатаров', 'Элмирбек', '20109198700045', 'PRISON_16');
    const response = await post(officer, `/people/${survivor.id}/merge`, { other: elsewhere.pin!, reason: '' });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('id="other-error"');
    expect(response.body).toContain('id="reason-error"');
    expect(await proposalFor(survivor.id)).toBeUndefined();
  });

  it('lets only approvers see the list of proposals', async () => {
    const response = await test.app.inject({ url: '/people/merges', headers: { cookie: officer } });
    expect(response.statusCode).toBe(403);
    const audited = await test.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'person.merge_propose'), eq(auditEvents.outcome, 'success')));
    expect(audited.length).toBeGreaterThan(0);
  });
});

describe('a merged record whose survivor is in another facility', () => {
  it('leads staff who see both to the survivor, on the overview (which checks inside its own read) and on other pages', async () => {
    const survivor = await insertPerson('Жумабеков', 'Эрлан', null, 'PRISON_16');
    const merged = await insertPerson('Жумабеков', 'Эрлан', null);
    await test.database.db.update(people).set({ mergedIntoId: survivor.id }).where(eq(people.id, merged.id));
    await createTestUser(test, 'merge.both', [
      { role: 'prison_officer', unitCode: 'PRISON_47' },
      { role: 'prison_officer', unitCode: 'PRISON_16' },
    ]);
    const both = await signIn(test.app, 'merge.both');
    for (const page of ['', '/timeline', '/edit']) {
      const response = await test.app.inject({ url: `/people/${merged.id}${page}`, headers: { cookie: both } });
      expect(response.statusCode).toBe(303);
      expect(response.headers.location).toBe(`/people/${survivor.id}${page}`);
    }
  });

  it('answers 404 to staff who see only the merged record, never revealing where it went', async () => {
    const survivor = await insertPerson('Токтосунов', 'Бакыт', null, 'PRISON_16');
    const merged = await insertPerson('Токтосунов', 'Бакыт', null);
    await test.database.db.update(people).set({ mergedIntoId: survivor.id }).where(eq(people.id, merged.id));
    for (const page of ['', '/timeline', '/edit']) {
      const response = await test.app.inject({ url: `/people/${merged.id}${page}`, headers: { cookie: officer } });
      expect(response.statusCode).toBe(404);
      expect(response.body).not.toContain(survivor.id);
    }
  });
});
