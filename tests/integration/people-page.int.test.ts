import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../../src/platform/audit/audit.tables.ts';
import { orgUnits, territories } from '../../src/platform/org/org.tables.ts';
import {
  criminalCases,
  custodyEvents,
  identityDocuments,
  people,
  personAliases,
  personContacts,
  pinChanges,
  probationEpisodes,
} from '../../src/modules/people/people.tables.ts';
import { searchTextOf } from '../../src/modules/people/people.transliteration.ts';
import { registerTimelineSource } from '../../src/modules/people/people.service.ts';
import { createTestApp, createTestUser, signIn, type TestApp } from '../support/app.ts';

let test: TestApp;
const cookies: Record<string, string> = {};
let personId: string;
let outsideId: string;
const unitIds: Record<string, string> = {};

async function insertPerson(values: Partial<typeof people.$inferInsert> & { familyName: string; givenName: string; unitCode: string }) {
  const { unitCode, ...rest } = values;
  const [row] = await test.database.db
    .insert(people)
    .values({
      dateOfBirth: '1990-04-12',
      sex: 'male',
      noPinReason: rest.pin ? null : 'unknown',
      searchText: searchTextOf([rest.familyName, rest.givenName, rest.patronymic]),
      ...rest,
      unitId: unitIds[unitCode]!,
    })
    .returning({ id: people.id });
  return row!.id;
}

const get = (url: string, as: string) => test.app.inject({ url, headers: { cookie: cookies[as]!, accept: 'text/html' } });

beforeAll(async () => {
  test = await createTestApp();
  for (const unit of await test.database.db.select({ id: orgUnits.id, code: orgUnits.code }).from(orgUnits)) unitIds[unit.code] = unit.id;
  const [district] = await test.database.db.select().from(territories).where(eq(territories.kind, 'district')).limit(1);
  personId = await insertPerson({
    familyName: 'Асанов',
    givenName: 'Бакыт',
    patronymic: 'Токтогулович',
    familyNameLatin: 'Asanov',
    givenNameLatin: 'Bakyt',
    pin: '21204199000123',
    citizenship: 'KGZ',
    languages: ['ky', 'ru'],
    preferredLanguage: 'ky',
    education: 'vocational',
    occupation: 'Дыйкан',
    maritalStatus: 'married',
    dependants: 3,
    registeredAddress: 'Ленин көчөсү, 12',
    registeredTerritoryId: district!.id,
    ethnicity: 'Кыргыз',
    disability: 'II топ',
    unitCode: 'PRISON_47',
    createdAt: new Date('2019-01-01T06:00:00Z'),
  });
  outsideId = await insertPerson({ familyName: 'Сыдыков', givenName: 'Нурлан', unitCode: 'PRISON_16' });
  const db = test.database.db;
  await db.insert(personAliases).values({ personId, kind: 'alias', name: 'Бака' });
  await db
    .insert(personContacts)
    .values({ personId, kind: 'next_of_kin', name: 'Асанова Гүлнара', relationship: 'апасы', value: '+996 555 123 456' });
  await db
    .insert(identityDocuments)
    .values({ personId, kind: 'passport', number: 'ID1234567', issuedBy: 'МКК 50-01', issuedOn: '2015-06-01' });
  await db.insert(pinChanges).values({
    personId,
    previousPin: '21204199000999',
    newPin: '21204199000123',
    changedOn: '2020-02-03',
    reason: 'Паспорттогу ката оңдолду',
  });
  for (const [username, role, unitCode] of [
    ['page.officer47', 'prison_officer', 'PRISON_47'],
    ['page.manager47', 'facility_manager', 'PRISON_47'],
    ['page.psychologist47', 'psychologist', 'PRISON_47'],
    ['page.trainer', 'trainer', 'PRISON_47'],
  ] as const) {
    await createTestUser(test, username, [{ role, unitCode }]);
    cookies[username] = await signIn(test.app, username);
  }
});
afterAll(() => test.close());

describe('the person’s overview', () => {
  it('shows who the person is, in Kyrgyz', async () => {
    const response = await get(`/people/${personId}`, 'page.officer47');
    expect(response.statusCode).toBe(200);
    const body = response.body;
    for (const text of [
      'Асанов Бакыт Токтогулович',
      'Asanov Bakyt',
      'Бака (лакап аты)',
      '12.04.1990',
      'KGZ',
      'ky, ru',
      'Кесиптик',
      'Дыйкан',
      'Үй-бүлөлүү',
      'Ленин көчөсү, 12',
      'Асанова Гүлнара (апасы) +996 555 123 456',
      'ID1234567',
      'МКК 50-01',
      '21204199000999',
      'Паспорттогу ката оңдолду',
    ])
      expect(body).toContain(text);
  });

  it('hides ethnicity and disability from a prison officer', async () => {
    const body = (await get(`/people/${personId}`, 'page.officer47')).body;
    expect(body).not.toContain('Кыргыз</dd>');
    expect(body).not.toContain('II топ');
    expect(body).not.toContain('Купуя маалымат');
  });

  it('shows ethnicity and disability to a facility manager', async () => {
    const body = (await get(`/people/${personId}`, 'page.manager47')).body;
    expect(body).toContain('Купуя маалымат');
    expect(body).toContain('II топ');
  });

  it('offers only the actions the user may take', async () => {
    const officer = (await get(`/people/${personId}`, 'page.officer47')).body;
    expect(officer).toContain(`href="/people/${personId}/edit"`);
    expect(officer).toContain(`href="/people/${personId}/pin"`);
    expect(officer).not.toContain(`href="/people/${personId}/alerts#add-alert"`);
    const psychologist = (await get(`/people/${personId}`, 'page.psychologist47')).body;
    expect(psychologist).not.toContain(`href="/people/${personId}/edit"`);
    expect(psychologist).toContain(`href="/people/${personId}/alerts#add-alert"`);
  });

  it('audits the view as person.view with the person', async () => {
    const before = await test.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'person.view'), eq(auditEvents.personId, personId)));
    await get(`/people/${personId}`, 'page.manager47');
    const after = await test.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'person.view'), eq(auditEvents.personId, personId)));
    expect(after.length).toBe(before.length + 1);
    expect(after.at(-1)).toMatchObject({ username: 'page.manager47', outcome: 'success', resourceType: 'person', resourceId: personId });
  });

  it('answers a person of another facility with 404 and the break-glass offer', async () => {
    const response = await get(`/people/${outsideId}`, 'page.officer47');
    expect(response.statusCode).toBe(404);
    expect(response.body).toContain(`href="/access/break-glass?resourceType=person&resourceId=${outsideId}&`);
    expect(response.body).not.toContain('Сыдыков');
  });

  it('sends a merged record to the record it joined', async () => {
    const mergedId = await insertPerson({ familyName: 'Асанов', givenName: 'Бакыт', unitCode: 'PRISON_47' });
    await test.database.db.update(people).set({ mergedIntoId: personId }).where(eq(people.id, mergedId));
    const response = await get(`/people/${mergedId}`, 'page.officer47');
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe(`/people/${personId}`);
  });

  it('shows names that look like HTML as typed, escaped', async () => {
    const id = await insertPerson({ familyName: '<script>alert(1)</script>', givenName: 'О’Нил', unitCode: 'PRISON_47' });
    const body = (await get(`/people/${id}`, 'page.officer47')).body;
    expect(body).not.toContain('<script>alert(1)</script>');
    expect(body).toContain('&lt;script>alert(1)&lt;/script> О’Нил');
  });

  it('refuses a trainer with 403', async () => {
    for (const path of ['', '/timeline', '/alerts', '/assessments']) {
      expect((await get(`/people/${personId}${path}`, 'page.trainer')).statusCode).toBe(403);
    }
  });
});

describe('the sections still to come', () => {
  it('shows each with the header band and says its module has not arrived', async () => {
    for (const tab of ['documents']) {
      const response = await get(`/people/${personId}/${tab}`, 'page.officer47');
      expect(response.statusCode, tab).toBe(200);
      expect(response.body).toContain('Бул бөлүм өз модулу менен кошулат');
      expect(response.body).toContain('kadam-person-header');
      expect(response.body).toContain(`href="/people/${personId}/${tab}" aria-current="page"`);
    }
  });
});

describe('the timeline', () => {
  it('lists what happened, newest first, from every people table', async () => {
    const db = test.database.db;
    const [caseRow] = await db
      .insert(criminalCases)
      .values({ personId, caseNumber: 'УД-2019-77', court: 'Бишкек шаардык соту', verdictOn: '2019-05-20', articles: ['241'] })
      .returning();
    await db.insert(custodyEvents).values([
      { personId, kind: 'admission', occurredOn: '2019-06-01', facilityId: unitIds.PRISON_16!, caseId: caseRow!.id },
      {
        personId,
        kind: 'transfer',
        occurredOn: '2021-03-10',
        fromFacilityId: unitIds.PRISON_16!,
        facilityId: unitIds.PRISON_47!,
        reason: 'Жакын туугандарына жакын',
      },
      { personId, kind: 'release', occurredOn: '2023-08-15', facilityId: unitIds.PRISON_47!, releaseType: 'to_probation' },
    ]);
    await db.insert(probationEpisodes).values({
      personId,
      probationType: 'post_penitentiary',
      officeId: unitIds.PROBATION_OSH!,
      startedOn: '2023-08-16',
      endedOn: '2024-08-16',
    });
    const response = await get(`/people/${personId}/timeline`, 'page.officer47');
    expect(response.statusCode).toBe(200);
    const kinds = [...response.body.matchAll(/data-kind="([a-z_]+)"/g)].map((match) => match[1]);
    expect(kinds.slice(0, 2)).toEqual(['identity_document', 'probation_end']);
    expect(kinds.indexOf('probation_end')).toBeLessThan(kinds.indexOf('probation_start'));
    expect(kinds.indexOf('probation_start')).toBeLessThan(kinds.indexOf('custody_release'));
    expect(kinds.indexOf('custody_release')).toBeLessThan(kinds.indexOf('custody_transfer'));
    expect(kinds.indexOf('custody_transfer')).toBeLessThan(kinds.indexOf('pin_change'));
    expect(kinds.indexOf('pin_change')).toBeLessThan(kinds.indexOf('custody_admission'));
    expect(kinds.indexOf('custody_admission')).toBeLessThan(kinds.indexOf('case'));
    expect(kinds.at(-1)).toBe('created');
    expect(response.body).toContain('УД-2019-77 иш боюнча өкүм');
    expect(response.body).toContain('Жакын туугандарына жакын');
  });

  it('adds the entries of a source another module registered, in date order, telling it who reads', async () => {
    const readers: string[] = [];
    registerTimelineSource('people-page-test', ({ person, reader }) => {
      if (person.id !== personId) return Promise.resolve([]);
      readers.push(reader.username);
      return Promise.resolve([{ kind: 'registered_source', on: '2022-02-02', label: 'people.page.timeline.created' }]);
    });
    const response = await get(`/people/${personId}/timeline`, 'page.officer47');
    const kinds = [...response.body.matchAll(/data-kind="([a-z_]+)"/g)].map((match) => match[1]);
    expect(kinds.indexOf('custody_release')).toBeLessThan(kinds.indexOf('registered_source'));
    expect(kinds.indexOf('registered_source')).toBeLessThan(kinds.indexOf('custody_transfer'));
    expect(readers).toEqual(['page.officer47']);
  });
});
