import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messages } from '../../src/messages.ts';
import { auditEvents } from '../../src/platform/audit/audit.tables.ts';
import { createI18n } from '../../src/platform/i18n/translator.ts';
import { orgUnits } from '../../src/platform/org/org.tables.ts';
import { todayInBishkek } from '../../src/modules/people/people.models.ts';
import type { SubjectAccessExport } from '../../src/modules/people/people.subject-access.ts';
import { layoutSubjectAccess } from '../../src/modules/people/people.subject-access.layout.ts';
import { subjectAccessSections } from '../../src/modules/people/people.subject-access.registry.ts';
import {
  criminalCases,
  criminalCodeArticles,
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
import { createTestApp, createTestUser, signIn, type TestApp } from '../support/app.ts';

let test: TestApp;
const cookies: Record<string, string> = {};
const unitIds: Record<string, string> = {};
let personId: string;
let outsideId: string;

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
const exportOf = async (query = '') =>
  JSON.parse((await get(`/people/${personId}/subject-access.json${query}`, 'sa.manager47')).body) as SubjectAccessExport;
const productions = () =>
  test.database.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.action, 'person.subject_access'), eq(auditEvents.personId, personId)));

beforeAll(async () => {
  test = await createTestApp();
  const db = test.database.db;
  for (const unit of await db.select({ id: orgUnits.id, code: orgUnits.code }).from(orgUnits)) unitIds[unit.code] = unit.id;
  personId = await insertPerson({
    familyName: 'Өмүрбеков',
    givenName: 'Үсөн',
    patronymic: 'Таңатарович',
    pin: '21204199000123',
    ethnicity: 'Кыргыз',
    disability: 'II топ',
    education: 'vocational',
    unitCode: 'PRISON_47',
  });
  outsideId = await insertPerson({ familyName: 'Сыдыков', givenName: 'Нурлан', unitCode: 'PRISON_16' });
  const joinedId = await insertPerson({ familyName: 'Омурбеков', givenName: 'Усон', unitCode: 'PRISON_47', mergedIntoId: personId });
  await db.insert(personAliases).values({ personId, kind: 'alias', name: 'Үкө' });
  await db.insert(personContacts).values({ personId, kind: 'next_of_kin', name: 'Өмүрбекова Гүлнара', relationship: 'апасы' });
  await db
    .insert(pinChanges)
    .values({ personId, previousPin: '21204199000999', newPin: '21204199000123', changedOn: '2020-02-03', reason: 'Ката оңдолду' });
  await db.insert(identityDocuments).values({ personId, kind: 'passport', number: 'ID7654321' });
  await db
    .insert(criminalCodeArticles)
    .values({
      code: 'SA-1',
      title: { ky: 'Экстремисттик материалдар', ru: 'Экстремистские материалы', en: 'Extremist materials' },
      extremism: true,
    })
    .onConflictDoNothing();
  const [kase] = await db
    .insert(criminalCases)
    .values({
      personId,
      caseNumber: 'SA-2020/7',
      court: 'Бишкек шаарынын соту',
      articles: ['SA-1'],
      sentenceType: 'imprisonment',
      sentenceMonths: 36,
    })
    .returning({ id: criminalCases.id });
  await db
    .insert(custodyEvents)
    .values({ personId, kind: 'admission', occurredOn: '2020-03-01', facilityId: unitIds.PRISON_47!, caseId: kase!.id });
  await db
    .insert(probationEpisodes)
    .values({ personId, probationType: 'executive', officeId: unitIds.PROBATION_OSH!, startedOn: '2019-01-01', endedOn: '2019-06-01' });
  await db.insert(personAlerts).values([
    { personId, type: 'self_harm_risk', reason: 'Психологдун баамы', validFrom: '2021-01-01' },
    {
      personId,
      type: 'health',
      reason: 'Дарыгердин кабары',
      validFrom: '2021-01-01',
      removedAt: new Date(),
      removalReason: 'Айыгып кетти',
    },
  ]);
  await db.insert(personMerges).values({ survivorId: personId, mergedId: joinedId, reason: 'Бир эле адам', status: 'approved' });
  for (const [username, role, unitCode] of [
    ['sa.manager47', 'facility_manager', 'PRISON_47'],
    ['sa.officer47', 'prison_officer', 'PRISON_47'],
  ] as const) {
    await createTestUser(test, username, [{ role, unitCode }]);
    cookies[username] = await signIn(test.app, username);
  }
});
afterAll(() => test.close());

describe('the subject access page', () => {
  it('offers the language and both formats, and says when the answer is due', async () => {
    const response = await get(`/people/${personId}/subject-access?received=20.03.2026`, 'sa.manager47');
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.body).toContain('20.03.2026 кабыл алынган: жооп 27.03.2026 чейин берилиши керек.');
    expect(response.body).toContain(`action="/people/${personId}/subject-access.pdf"`);
    expect(response.body).toContain(`formaction="/people/${personId}/subject-access.json"`);
    expect(response.body).toMatch(/name="lang" type="radio" value="ky" checked/);
    expect(response.body).toContain('kadam-person-header');
  });

  it('is linked from the overview for a manager, not for a prison officer', async () => {
    const link = `href="/people/${personId}/subject-access"`;
    expect((await get(`/people/${personId}`, 'sa.manager47')).body).toContain(link);
    expect((await get(`/people/${personId}`, 'sa.officer47')).body).not.toContain(link);
  });

  it('takes today as the day received when none is given', async () => {
    const [year, month, day] = todayInBishkek().split('-');
    const body = (await get(`/people/${personId}/subject-access`, 'sa.manager47')).body;
    expect(body).toContain(`value="${day}.${month}.${year}"`);
  });

  it('refuses a prison officer with 403, on the page and both downloads', async () => {
    for (const path of ['', '.pdf?lang=ky', '.json'])
      expect((await get(`/people/${personId}/subject-access${path}`, 'sa.officer47')).statusCode, path).toBe(403);
  });

  it('answers a person outside the manager’s units with 404, on the page and both downloads', async () => {
    for (const path of ['', '.pdf?lang=ky', '.json']) {
      const response = await get(`/people/${outsideId}/subject-access${path}`, 'sa.manager47');
      expect(response.statusCode, path).toBe(404);
      expect(response.body).not.toContain('Сыдыков');
    }
  });

  it('shows the page again with a message for a date to come or a PDF without a language, and produces nothing', async () => {
    const before = (await productions()).length;
    const future = await get(`/people/${personId}/subject-access.json?received=01.01.2999`, 'sa.manager47');
    expect(future.statusCode).toBe(400);
    expect(future.body).toContain('Суроо-талап кабыл алынган күн келечекте боло албайт');
    expect(future.body).toContain('value="01.01.2999"');
    const noLanguage = await get(`/people/${personId}/subject-access.pdf?received=20.03.2026`, 'sa.manager47');
    expect(noLanguage.statusCode).toBe(400);
    expect(noLanguage.body).toContain('PDF үчүн кыргыз же орус тилин тандаңыз');
    expect((await productions()).length).toBe(before);
  });
});

describe('the JSON download', () => {
  it('is an attachment that no cache keeps', async () => {
    const response = await get(`/people/${personId}/subject-access.json`, 'sa.manager47');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(response.headers['content-disposition']).toBe(`attachment; filename="subject-access-${personId}.json"`);
    expect(response.headers['cache-control']).toBe('no-store');
  });

  it('holds every section, the sensitive fields and the request’s dates', async () => {
    const data = await exportOf('?received=2026-03-20');
    expect(Object.keys(data.sections)).toEqual(subjectAccessSections().map((section) => section.key));
    expect(data.request).toEqual({ receivedOn: '2026-03-20', dueOn: '2026-03-27' });
    expect(data.person).toEqual({ id: personId, name: 'Өмүрбеков Үсөн Таңатарович', pin: '21204199000123' });
    expect(data.produced.by.username).toBe('sa.manager47');
    expect(data.sections.person).toMatchObject({
      familyName: 'Өмүрбеков',
      ethnicity: 'Кыргыз',
      disability: 'II топ',
      education: 'vocational',
    });
    expect(data.sections.aliases).toEqual([expect.objectContaining({ kind: 'alias', name: 'Үкө' })]);
    expect(data.sections.contacts).toEqual([expect.objectContaining({ name: 'Өмүрбекова Гүлнара', relationship: 'апасы' })]);
    expect(data.sections.pinChanges).toEqual([expect.objectContaining({ previousPin: '21204199000999', reason: 'Ката оңдолду' })]);
    expect(data.sections.identityDocuments).toEqual([expect.objectContaining({ kind: 'passport', number: 'ID7654321' })]);
    expect(data.sections.criminalCases).toMatchObject([
      {
        caseNumber: 'SA-2020/7',
        articles: [{ code: 'SA-1', title: { ky: 'Экстремисттик материалдар' }, extremism: true, terrorism: false }],
      },
    ]);
    expect(data.sections.custodyEvents).toEqual([expect.objectContaining({ kind: 'admission', caseNumber: 'SA-2020/7' })]);
    expect(data.sections.probationEpisodes).toEqual([expect.objectContaining({ probationType: 'executive', endedOn: '2019-06-01' })]);
    expect(data.sections.alerts).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ type: 'self_harm_risk', status: 'in_force' }),
        expect.objectContaining({ type: 'health', status: 'removed', removalReason: 'Айыгып кетти' }),
      ]),
    );
    expect(data.sections.merges).toMatchObject([{ role: 'survivor', status: 'approved', otherRecord: { name: 'Омурбеков Усон' } }]);
  });

  it('lists who viewed the record, with their roles, in the audit section', async () => {
    await get(`/people/${personId}/subject-access`, 'sa.manager47');
    expect((await get(`/people/${personId}`, 'sa.officer47')).statusCode).toBe(200);
    const audit = (await exportOf()).sections.audit as Record<string, unknown>[];
    const viewBy = (username: string) => audit.find((event) => event.username === username && event.action === 'person.view');
    expect(viewBy('sa.manager47')).toMatchObject({ outcome: 'success', roles: ['facility_manager@PRISON_47'] });
    expect(viewBy('sa.officer47')).toMatchObject({ outcome: 'success', roles: ['prison_officer@PRISON_47'] });
  });

  it('gives every field and every coded value a label in Kyrgyz and Russian', async () => {
    const data = await exportOf();
    for (const locale of ['ky', 'ru'] as const) {
      const i18n = createI18n(messages, locale);
      for (const section of subjectAccessSections()) {
        const content = data.sections[section.key]!;
        for (const row of Array.isArray(content) ? content : [content]) {
          for (const [field, value] of Object.entries(row)) {
            expect(i18n.t(`subjectAccess.field.${field}` as never), `${locale} ${field}`).not.toBe(`subjectAccess.field.${field}`);
            const code = section.codes?.[field];
            if (code && typeof value === 'string') expect(i18n.t(code(value)), `${locale} ${field}=${value}`).not.toBe(code(value));
          }
        }
      }
    }
  });
});

describe('the PDF download', () => {
  it('is a PDF with PT Sans embedded, in Kyrgyz and in Russian', async () => {
    for (const lang of ['ky', 'ru']) {
      const response = await test.app.inject({
        url: `/people/${personId}/subject-access.pdf?lang=${lang}`,
        headers: { cookie: cookies['sa.manager47']! },
      });
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe('application/pdf');
      expect(response.headers['cache-control']).toBe('no-store');
      expect(response.headers['content-disposition']).toBe(`attachment; filename="subject-access-${personId}-${lang}.pdf"`);
      const bytes = response.rawPayload;
      expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(bytes.length).toBeGreaterThan(2048);
      expect(bytes.toString('latin1')).toContain('PTSans-Regular');
    }
  });

  it('lays out every section with Kyrgyz or Russian labels and values', async () => {
    const data = await exportOf('?received=20.03.2026');
    const text = (locale: 'ky' | 'ru') =>
      layoutSubjectAccess(data, createI18n(messages, locale))
        .map((block) => ('text' in block ? block.text : 'label' in block ? `${block.label}: ${block.value}` : JSON.stringify(block)))
        .join('\n');
    const ky = text('ky');
    for (const line of [
      'Суроо-талап кабыл алынган күн: 20.03.2026',
      'Жооп берүүнүн акыркы мөөнөтү: 27.03.2026',
      'Жеке маалыматтар',
      'Улуту: Кыргыз',
      'Билими: Кесиптик',
      'Кылмыш-жаза кодексинин беренелери: SA-1 — Экстремисттик материалдар (экстремизмге байланыштуу)',
      'Эскертүүлөр жана алардын тарыхы',
      'Алып салуунун себеби: Айыгып кетти',
      'Делону ким карады жана өзгөрттү',
    ])
      expect(ky).toContain(line);
    const ru = text('ru');
    expect(ru).toContain('Личные данные');
    expect(ru).toContain('Национальность: Кыргыз');
    expect(ru).toContain('Ответить не позднее: 27.03.2026');
  });

  it('records each production with its format and language, in the transaction of the read', async () => {
    const before = (await productions()).length;
    await get(`/people/${personId}/subject-access.pdf?lang=ru&received=20.03.2026`, 'sa.manager47');
    await get(`/people/${personId}/subject-access.json`, 'sa.manager47');
    const after = await productions();
    expect(after.length).toBe(before + 2);
    expect(after.at(-2)).toMatchObject({
      username: 'sa.manager47',
      outcome: 'success',
      details: { format: 'pdf', language: 'ru', receivedOn: '2026-03-20', dueOn: '2026-03-27' },
    });
    expect(after.at(-1)).toMatchObject({ details: { format: 'json', language: null } });
    // The production is itself part of the trail it hands over.
    const data = await exportOf();
    expect(data.sections.audit).toContainEqual(expect.objectContaining({ action: 'person.subject_access', username: 'sa.manager47' }));
  });
});
