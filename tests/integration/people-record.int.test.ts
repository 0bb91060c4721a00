import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../../src/platform/audit/audit.tables.ts';
import { orgUnits, territories } from '../../src/platform/org/org.tables.ts';
import { people, personAliases, personContacts, pinChanges } from '../../src/modules/people/people.tables.ts';
import { searchTextOf } from '../../src/modules/people/people.transliteration.ts';
import { createTestApp, createTestUser, formSession, signIn, type TestApp } from '../support/app.ts';

let test: TestApp;
let officer: string;
let manager: string;
let prison47: string;
let prison16: string;
let district: string;

const unitId = async (code: string) => (await test.database.db.select().from(orgUnits).where(eq(orgUnits.code, code)))[0]!.id;

/** Posts a form as a browser would: repeated keys for checkboxes, the page's CSRF token and cookies. */
async function post(cookies: string, url: string, fields: Record<string, string | string[]>, formUrl = url) {
  const session = await formSession(test.app, cookies, formUrl);
  const body = new URLSearchParams({ _csrf: session.csrf });
  for (const [key, value] of Object.entries(fields)) for (const entry of [value].flat()) body.append(key, entry);
  return test.app.inject({
    method: 'POST',
    url,
    headers: { cookie: session.cookies, 'content-type': 'application/x-www-form-urlencoded' },
    payload: body.toString(),
  });
}

/** A complete registration: a man born 05.03.1990, PIN 2 05031990 00011. */
const complete = (overrides: Record<string, string | string[]> = {}) => ({
  familyName: 'Үсөнов',
  givenName: 'Азамат',
  patronymic: 'Токтогулович',
  familyNameLatin: 'Usonov',
  givenNameLatin: 'Azamat',
  patronymicLatin: 'Toktogulovich',
  aliases: 'Аза\nUsenov Azamat',
  dateOfBirth: '05.03.1990',
  sex: 'male',
  citizenship: 'KGZ',
  languages: ['ky', 'ru'],
  preferredLanguage: 'ky',
  education: 'secondary',
  occupation: 'Айдоочу',
  maritalStatus: 'married',
  dependants: '2',
  phone: '+996 555 123 456',
  kinName: 'Үсөнова Гүлнара',
  kinRelationship: 'аялы',
  kinPhone: '+996 700 111 222',
  registeredAddress: 'Ош ш., Ленин көч., 5',
  registeredTerritoryId: district,
  actualAddress: 'Бишкек ш., Манас пр., 10',
  actualTerritoryId: district,
  ethnicity: 'кыргыз',
  disability: 'жок',
  unitId: prison47,
  pinChoice: 'pin',
  pin: '20503199000011',
  noPinReason: '',
  ...overrides,
});

const withoutValues = (html: string) => html.replace(/value="[^"]*"/g, '');

/** Names unlike Үсөнов Азамат's, so the duplicate guard stays quiet. */
const otherNames = (familyName: string, givenName: string) => ({
  familyName,
  givenName,
  patronymic: '',
  familyNameLatin: '',
  givenNameLatin: '',
  patronymicLatin: '',
  aliases: '',
});

const personByFamilyName = async (familyName: string) =>
  (await test.database.db.select().from(people).where(eq(people.familyName, familyName)))[0];

/** Inserts a person directly, as other modules' tests do. */
async function insertPerson(values: { familyName: string; givenName: string; dateOfBirth: string; pin?: string | null; unit: string }) {
  const [row] = await test.database.db
    .insert(people)
    .values({
      familyName: values.familyName,
      givenName: values.givenName,
      dateOfBirth: values.dateOfBirth,
      sex: 'male',
      pin: values.pin ?? null,
      noPinReason: values.pin ? null : 'unknown',
      unitId: await unitId(values.unit),
      searchText: searchTextOf([values.familyName, values.givenName]),
    })
    .returning();
  return row!;
}

beforeAll(async () => {
  test = await createTestApp();
  await createTestUser(test, 'record.officer', [{ role: 'prison_officer', unitCode: 'PRISON_47' }]);
  await createTestUser(test, 'record.manager', [{ role: 'facility_manager', unitCode: 'PRISON_47' }]);
  officer = await signIn(test.app, 'record.officer');
  manager = await signIn(test.app, 'record.manager');
  prison47 = await unitId('PRISON_47');
  prison16 = await unitId('PRISON_16');
  district = (await test.database.db.select().from(territories).where(eq(territories.kind, 'district')))[0]!.id;
});
afterAll(() => test.close());

describe('registering a person', () => {
  it('saves every field, the aliases and contacts, and audits person.create with the values', async () => {
    const response = await post(manager, '/people/new', complete());
    expect(response.statusCode).toBe(303);
    const person = await personByFamilyName('Үсөнов');
    expect(response.headers.location).toBe(`/people/${person!.id}`);
    expect(person).toMatchObject({
      givenName: 'Азамат',
      patronymic: 'Токтогулович',
      familyNameLatin: 'Usonov',
      dateOfBirth: '1990-03-05',
      sex: 'male',
      citizenship: 'KGZ',
      languages: ['ky', 'ru'],
      preferredLanguage: 'ky',
      education: 'secondary',
      occupation: 'Айдоочу',
      maritalStatus: 'married',
      dependants: 2,
      registeredTerritoryId: district,
      ethnicity: 'кыргыз',
      disability: 'жок',
      pin: '20503199000011',
      noPinReason: null,
      unitId: prison47,
    });
    expect(person!.searchText).toContain('usonov');
    expect(person!.searchText).toContain('usenov');
    const aliases = await test.database.db.select().from(personAliases).where(eq(personAliases.personId, person!.id));
    expect(aliases.map((alias) => alias.name).sort()).toEqual(['Usenov Azamat', 'Аза']);
    const contacts = await test.database.db.select().from(personContacts).where(eq(personContacts.personId, person!.id));
    expect(contacts).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'phone', value: '+996 555 123 456' }),
        expect.objectContaining({ kind: 'next_of_kin', name: 'Үсөнова Гүлнара', relationship: 'аялы', value: '+996 700 111 222' }),
      ]),
    );
    const [event] = await test.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'person.create'), eq(auditEvents.personId, person!.id)));
    expect(event?.outcome).toBe('success');
    const changed = new Map(event!.changes!.map((change) => [change.field, change.to]));
    expect(changed.get('familyName')).toBe('Үсөнов');
    expect(changed.get('pin')).toBe('20503199000011');
    // Sensitive values are recorded as set, not spelled out; empty fields are not listed at all.
    expect(changed.get('ethnicity')).toBe('recorded');
    expect(changed.has('noPinReason')).toBe(false);
  });

  it('shows the sensitive fields to a facility manager but neither shows nor takes them from a prison officer', async () => {
    const managerPage = await test.app.inject({ url: '/people/new', headers: { cookie: manager } });
    expect(managerPage.body).toContain('name="ethnicity"');
    const officerPage = await test.app.inject({ url: '/people/new', headers: { cookie: officer } });
    expect(officerPage.statusCode).toBe(200);
    expect(officerPage.body).not.toContain('name="ethnicity"');
    expect(officerPage.body).not.toContain('name="disability"');
    const response = await post(officer, '/people/new', complete({ ...otherNames('Бакиров', 'Нурлан'), pin: '20503199000029' }));
    expect(response.statusCode).toBe(303);
    const person = await personByFamilyName('Бакиров');
    expect(person).toMatchObject({ ethnicity: null, disability: null });
  });
});

describe('the PIN on registration', () => {
  it('refuses a PIN whose date digits do not match the date of birth, keeping what was typed', async () => {
    const response = await post(officer, '/people/new', complete({ ...otherNames('Асанов', 'Бакыт'), pin: '20503199100011' }));
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('id="pin-error"');
    expect(response.body).toContain('value="20503199100011"');
    expect(response.body).toContain('value="Асанов"');
    expect(await personByFamilyName('Асанов')).toBeUndefined();
  });

  it('refuses a PIN that is not 14 digits', async () => {
    const response = await post(officer, '/people/new', complete({ ...otherNames('Асанов', 'Бакыт'), pin: '2050319900A' }));
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('id="pin-error"');
  });

  it('shows the sex-digit warning and saves only once the PIN is confirmed as entered', async () => {
    const fields = complete({ ...otherNames('Алиева', 'Айгүл'), sex: 'female', pin: '20503199000037' });
    const warned = await post(officer, '/people/new', fields);
    expect(warned.statusCode).toBe(400);
    expect(warned.body).toContain('id="pinConfirmed-error"');
    expect(await personByFamilyName('Алиева')).toBeUndefined();
    const confirmed = await post(officer, '/people/new', { ...fields, pinConfirmed: 'yes' });
    expect(confirmed.statusCode).toBe(303);
    expect(await personByFamilyName('Алиева')).toMatchObject({ pin: '20503199000037', sex: 'female' });
  });

  it('registers a person without a PIN when the reason is given, and not without it', async () => {
    const fields = complete({ ...otherNames('Каримов', 'Шерзод'), citizenship: 'UZB', pinChoice: 'none', pin: '' });
    const refused = await post(officer, '/people/new', fields);
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('id="noPinReason-error"');
    const saved = await post(officer, '/people/new', { ...fields, noPinReason: 'foreign_national' });
    expect(saved.statusCode).toBe(303);
    expect(await personByFamilyName('Каримов')).toMatchObject({ pin: null, noPinReason: 'foreign_national', citizenship: 'UZB' });
  });
});

describe('bad input on registration', () => {
  it('refuses a date of birth in the future', async () => {
    const response = await post(
      officer,
      '/people/new',
      complete({ ...otherNames('Келечек', 'Бала'), dateOfBirth: '01.01.2999', pinChoice: 'none', noPinReason: 'unknown' }),
    );
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('id="dateOfBirth-error"');
    expect(response.body).toContain('value="01.01.2999"');
  });

  it('refuses a unit outside the user’s scope, an unknown district and a name without letters', async () => {
    const response = await post(
      officer,
      '/people/new',
      complete({ ...otherNames('12345', 'Бакыт'), unitId: prison16, registeredTerritoryId: '00000000-0000-0000-0000-000000000000' }),
    );
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('id="unitId-error"');
    expect(response.body).toContain('id="registeredTerritoryId-error"');
    expect(response.body).toContain('id="familyName-error"');
  });

  it('stores HTML- and SQL-looking names as typed and shows them escaped', async () => {
    const familyName = '<script>alert(1)</script>';
    const givenName = "Robert'); DROP TABLE people;--";
    const refused = await post(officer, '/people/new', complete({ ...otherNames(familyName, givenName), dateOfBirth: '31.02.1990' }));
    expect(refused.statusCode).toBe(400);
    // Kept as typed inside a quoted value attribute (where "<" is inert), never as markup.
    expect(refused.body).toContain('value="<script>alert(1)</script>"');
    expect(withoutValues(refused.body)).not.toContain('<script>alert');
    const saved = await post(
      officer,
      '/people/new',
      complete({ ...otherNames(familyName, givenName), pinChoice: 'none', noPinReason: 'unknown' }),
    );
    expect(saved.statusCode).toBe(303);
    const person = await personByFamilyName(familyName);
    expect(person?.givenName).toBe(givenName);
    const edit = await test.app.inject({ url: `/people/${person!.id}/edit`, headers: { cookie: officer } });
    expect(edit.statusCode).toBe(200);
    expect(withoutValues(edit.body)).not.toContain('<script>alert');
    expect(edit.body).toContain('&lt;script>alert(1)&lt;/script>');
  });

  it('accepts apostrophes, hyphens and the Kyrgyz letters ң ө ү', async () => {
    const response = await post(
      officer,
      '/people/new',
      complete({
        ...otherNames('Жаңыл-Өмүрбекова', "Д'Артаньян Үмүт"),
        sex: 'female',
        pinChoice: 'none',
        noPinReason: 'documents_unresolved',
      }),
    );
    expect(response.statusCode).toBe(303);
    expect(await personByFamilyName('Жаңыл-Өмүрбекова')).toMatchObject({ givenName: "Д'Артаньян Үмүт" });
  });
});

describe('the duplicate guard', () => {
  it('refuses a PIN already recorded in the user’s units, linking to that record', async () => {
    const existing = await insertPerson({
      familyName: 'Токтосунов',
      givenName: 'Эрлан',
      dateOfBirth: '1985-07-12',
      pin: '21207198500015',
      unit: 'PRISON_47',
    });
    const response = await post(
      officer,
      '/people/new',
      complete({ ...otherNames('Башкача', 'Адам'), dateOfBirth: '12.07.1985', pin: '21207198500015', notDuplicate: 'yes' }),
    );
    expect(response.statusCode).toBe(409);
    expect(response.body).toContain(`href="/people/${existing.id}"`);
    expect(await personByFamilyName('Башкача')).toBeUndefined();
  });

  it('finds a record by a PIN it had before', async () => {
    const existing = await insertPerson({
      familyName: 'Мамытов',
      givenName: 'Руслан',
      dateOfBirth: '1979-01-02',
      pin: '20201197900018',
      unit: 'PRISON_47',
    });
    await test.database.db.insert(pinChanges).values({
      personId: existing.id,
      previousPin: '20201197900026',
      newPin: '20201197900018',
      changedOn: '2020-01-01',
      reason: 'Жаңы паспорт',
    });
    const response = await post(
      officer,
      '/people/new',
      complete({ ...otherNames('Жаңы', 'Киши'), dateOfBirth: '02.01.1979', pin: '20201197900026' }),
    );
    expect(response.statusCode).toBe(409);
    expect(response.body).toContain(`href="/people/${existing.id}"`);
    expect(response.body).toContain('id="notDuplicate"');
  });

  it('shows a similar name with the same date of birth first, and creates only when none is the same person', async () => {
    const existing = await insertPerson({ familyName: 'Жусупов', givenName: 'Бакыт', dateOfBirth: '1992-11-20', unit: 'PRISON_47' });
    const fields = complete({ ...otherNames('Zhusupov', 'Bakyt'), dateOfBirth: '20.11.1992', pinChoice: 'none', noPinReason: 'unknown' });
    const shown = await post(officer, '/people/new', fields);
    expect(shown.statusCode).toBe(409);
    expect(shown.body).toContain('id="possible-matches"');
    expect(shown.body).toContain(`href="/people/${existing.id}"`);
    expect(await personByFamilyName('Zhusupov')).toBeUndefined();
    const created = await post(officer, '/people/new', { ...fields, notDuplicate: 'yes' });
    expect(created.statusCode).toBe(303);
    expect(await personByFamilyName('Zhusupov')).toBeDefined();
  });

  it('counts, but does not show, a similar record in another unit', async () => {
    const elsewhere = await insertPerson({ familyName: 'Орозбеков', givenName: 'Талант', dateOfBirth: '1988-04-04', unit: 'PRISON_16' });
    const response = await post(
      officer,
      '/people/new',
      complete({ ...otherNames('Орозбеков', 'Таалант'), dateOfBirth: '04.04.1988', pinChoice: 'none', noPinReason: 'unknown' }),
    );
    expect(response.statusCode).toBe(409);
    expect(response.body).not.toContain(elsewhere.id);
    expect(response.body).not.toContain('Талант');
    expect(response.body).toContain('id="notDuplicate"');
  });
});

describe('correcting a record', () => {
  const editFields = (version: number, overrides: Record<string, string | string[]> = {}) =>
    complete({
      ...otherNames('Исаков', 'Марат'),
      dateOfBirth: '10.10.1980',
      version: String(version),
      reason: 'Паспорт боюнча оңдолду',
      ...overrides,
    });

  it('saves a correction with its reason and field changes in the audit', async () => {
    const person = await insertPerson({ familyName: 'Исаков', givenName: 'Марат', dateOfBirth: '1980-10-10', unit: 'PRISON_47' });
    const response = await post(
      officer,
      `/people/${person.id}/edit`,
      editFields(1, { givenName: 'Марат-Бек', aliases: 'Марик' }),
      `/people/${person.id}/edit`,
    );
    expect(response.statusCode).toBe(303);
    const saved = await personByFamilyName('Исаков');
    expect(saved).toMatchObject({ givenName: 'Марат-Бек', version: 2, ethnicity: null });
    expect(saved!.searchText).toContain('marik');
    const [event] = await test.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'person.update'), eq(auditEvents.personId, person.id)));
    expect(event?.reason).toBe('Паспорт боюнча оңдолду');
    expect(event?.changes).toEqual(expect.arrayContaining([{ field: 'givenName', from: 'Марат', to: 'Марат-Бек' }]));
  });

  it('requires a reason for the correction', async () => {
    const person = await insertPerson({ familyName: 'Себепсиз', givenName: 'Адам', dateOfBirth: '1980-10-10', unit: 'PRISON_47' });
    const response = await post(
      officer,
      `/people/${person.id}/edit`,
      editFields(1, { ...otherNames('Себепсиз', 'Адам'), reason: '  ' }),
      `/people/${person.id}/edit`,
    );
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('id="reason-error"');
  });

  it('refuses a stale version with 409 and keeps what was typed', async () => {
    const person = await insertPerson({ familyName: 'Эскирген', givenName: 'Нуржан', dateOfBirth: '1980-10-10', unit: 'PRISON_47' });
    await test.database.db.update(people).set({ version: 3 }).where(eq(people.id, person.id));
    const response = await post(
      officer,
      `/people/${person.id}/edit`,
      editFields(1, { ...otherNames('Эскирген', 'Жаңы ат'), occupation: 'Терген сөз' }),
      `/people/${person.id}/edit`,
    );
    expect(response.statusCode).toBe(409);
    expect(response.body).toContain('value="Жаңы ат"');
    expect(response.body).toContain('value="Терген сөз"');
    expect(await personByFamilyName('Эскирген')).toMatchObject({ givenName: 'Нуржан', version: 3 });
  });

  it('answers 404 for a person outside the user’s units', async () => {
    const person = await insertPerson({ familyName: 'Башкада', givenName: 'Жүрөт', dateOfBirth: '1980-10-10', unit: 'PRISON_16' });
    const response = await test.app.inject({ url: `/people/${person.id}/edit`, headers: { cookie: officer } });
    expect(response.statusCode).toBe(404);
  });

  it('adds and removes identity documents, audited', async () => {
    const person = await insertPerson({ familyName: 'Документов', givenName: 'Айбек', dateOfBirth: '1980-10-10', unit: 'PRISON_47' });
    const url = `/people/${person.id}/edit/documents`;
    const bad = await post(
      officer,
      url,
      { docKind: 'passport', docNumber: '', docIssuedOn: '01.01.2020', docExpiresOn: '01.01.2019', docCountry: 'KGZ' },
      `/people/${person.id}/edit`,
    );
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('id="docNumber-error"');
    expect(bad.body).toContain('id="docExpiresOn-error"');
    const added = await post(
      officer,
      url,
      {
        docKind: 'id_card',
        docNumber: 'ID1234567',
        docIssuedBy: 'МКК 50-01',
        docIssuedOn: '01.01.2020',
        docExpiresOn: '01.01.2030',
        docCountry: 'kgz',
      },
      `/people/${person.id}/edit`,
    );
    expect(added.statusCode).toBe(303);
    const page = await test.app.inject({ url: `/people/${person.id}/edit`, headers: { cookie: officer } });
    expect(page.body).toContain('ID1234567');
    const documentId = /\/edit\/documents\/([0-9a-f-]{36})\/remove/.exec(page.body)?.[1];
    const removed = await post(officer, `${url}/${documentId}/remove`, {}, `/people/${person.id}/edit`);
    expect(removed.statusCode).toBe(303);
    const actions = await test.database.db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(eq(auditEvents.personId, person.id));
    expect(actions.map((event) => event.action)).toEqual(expect.arrayContaining(['person.document_add', 'person.document_remove']));
    const after = await test.app.inject({ url: `/people/${person.id}/edit`, headers: { cookie: officer } });
    expect(after.body).not.toContain('ID1234567');
  });
});

describe('changing a PIN', () => {
  it('keeps every change in the PIN history with its date and reason', async () => {
    const person = await insertPerson({
      familyName: 'Пинов',
      givenName: 'Элдияр',
      dateOfBirth: '1995-06-15',
      pin: '21506199500012',
      unit: 'PRISON_47',
    });
    const url = `/people/${person.id}/pin`;
    const noReason = await post(officer, url, {
      pinChoice: 'pin',
      pin: '21506199500020',
      changedOn: '01.02.2024',
      reason: '',
      version: '1',
    });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.body).toContain('id="reason-error"');
    const wrongDate = await post(officer, url, {
      pinChoice: 'pin',
      pin: '21506199600020',
      changedOn: '01.02.2024',
      reason: 'Жаңы паспорт',
      version: '1',
    });
    expect(wrongDate.statusCode).toBe(400);
    expect(wrongDate.body).toContain('id="pin-error"');
    const changed = await post(officer, url, {
      pinChoice: 'pin',
      pin: '21506199500020',
      changedOn: '01.02.2024',
      reason: 'Жаңы паспорт',
      version: '1',
    });
    expect(changed.statusCode).toBe(303);
    const none = await post(officer, url, {
      pinChoice: 'none',
      noPinReason: 'documents_unresolved',
      changedOn: '01.03.2024',
      reason: 'ПИН жокко чыгарылды',
      version: '2',
    });
    expect(none.statusCode).toBe(303);
    const history = await test.database.db
      .select()
      .from(pinChanges)
      .where(eq(pinChanges.personId, person.id))
      .orderBy(pinChanges.changedOn);
    expect(history).toMatchObject([
      { previousPin: '21506199500012', newPin: '21506199500020', changedOn: '2024-02-01', reason: 'Жаңы паспорт' },
      { previousPin: '21506199500020', newPin: null, changedOn: '2024-03-01', reason: 'ПИН жокко чыгарылды' },
    ]);
    expect(await personByFamilyName('Пинов')).toMatchObject({ pin: null, noPinReason: 'documents_unresolved', version: 3 });
    const page = await test.app.inject({ url, headers: { cookie: officer } });
    expect(page.body).toContain('id="pin-history"');
    expect(page.body).toContain('Жаңы паспорт');
    const [event] = await test.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'person.pin_change'), eq(auditEvents.personId, person.id)));
    expect(event?.reason).toBe('Жаңы паспорт');
  });

  it('refuses a stale version of the PIN form', async () => {
    const person = await insertPerson({
      familyName: 'Эскипин',
      givenName: 'Азат',
      dateOfBirth: '1995-06-15',
      pin: '21506199500039',
      unit: 'PRISON_47',
    });
    const response = await post(officer, `/people/${person.id}/pin`, {
      pinChoice: 'pin',
      pin: '21506199500047',
      changedOn: '01.02.2024',
      reason: 'Себеп',
      version: '7',
    });
    expect(response.statusCode).toBe(409);
    expect(response.body).toContain('value="21506199500047"');
  });
});
