import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { people } from '../../src/modules/people/people.tables.ts';
import { auditEvents } from '../../src/platform/audit/audit.tables.ts';
import { createTestApp, createTestUser, signIn, type TestApp } from '../support/app.ts';
import { insertSearchPeople, person } from './people-search.fixture.ts';

let test: TestApp;
let officer: string;
let manager: string;
let trainer: string;
let ids: Awaited<ReturnType<typeof insertSearchPeople>>['ids'];
let prison47: string;

beforeAll(async () => {
  test = await createTestApp();
  ({ ids, prison47 } = await insertSearchPeople(test.database.db));
  await createTestUser(test, 'search.officer47', [{ role: 'prison_officer', unitCode: 'PRISON_47' }]);
  await createTestUser(test, 'search.manager', [{ role: 'facility_manager', unitCode: 'PRISON_SERVICE' }]);
  await createTestUser(test, 'search.trainer', [{ role: 'trainer', unitCode: 'PRISON_TRAINING_CENTRE' }]);
  officer = await signIn(test.app, 'search.officer47');
  manager = await signIn(test.app, 'search.manager');
  trainer = await signIn(test.app, 'search.trainer');
});
afterAll(() => test.close());

const search = (query: Record<string, string>, cookies = officer) =>
  test.app.inject({ url: `/people?${new URLSearchParams(query).toString()}`, headers: { cookie: cookies, accept: 'text/html' } });

/** Which of the test people a results page links to. */
async function found(query: Record<string, string>, cookies = officer): Promise<string[]> {
  const response = await search(query, cookies);
  expect(response.statusCode).toBe(200);
  return Object.entries(ids)
    .filter(([, id]) => response.body.includes(`href="/people/${id}"`))
    .map(([name]) => name);
}

describe('finding a person by name, whatever the spelling', () => {
  it('finds Үсөнов typed in Latin, in another transliteration, in lower-case Cyrillic and with one letter wrong', async () => {
    for (const name of ['Usonov', 'Usenov', 'усонов', 'Үсөнов', 'Usonaw', 'Үсөнав'])
      expect([name, await found({ name })]).toEqual([name, ['usonov']]);
  });

  it('finds Жусупов as Zhusupov and as Jusupov', async () => {
    expect(await found({ name: 'Zhusupov' })).toEqual(['jusupov']);
    expect(await found({ name: 'Jusupov' })).toEqual(['jusupov']);
  });

  it('needs every typed word to match one of the names', async () => {
    expect(await found({ name: 'Usonov Bakyt' })).toEqual(['usonov']);
    expect(await found({ name: 'Usonov Azamat' })).toEqual([]);
  });
});

describe('finding a person by PIN, case number and date of birth', () => {
  it('finds a person by PIN, with or without spaces', async () => {
    expect(await found({ pin: '21203199000123' })).toEqual(['usonov']);
    expect(await found({ pin: '2 12031990 00123' })).toEqual(['usonov']);
  });

  it('finds a person by a PIN they had before', async () => {
    expect(await found({ pin: '21203199000999' })).toEqual(['usonov']);
  });

  it('finds a person by criminal case number, in any letter case', async () => {
    expect(await found({ caseNumber: 'уд-145/2019' })).toEqual(['usonov']);
  });

  it('finds a person by date of birth as staff type it', async () => {
    expect(await found({ dateOfBirth: '12.03.1990' })).toEqual(['usonov']);
  });
});

describe('filters and scope', () => {
  it('filters by legal status and by district, including the districts inside a city', async () => {
    expect(await found({ legalStatus: 'remand' })).toEqual(['jusupov']);
    expect(await found({ district: 'KG-GB' })).toEqual(['usonov']);
    expect(await found({ district: 'KG-C-ALAMUDUN' })).toEqual(['jusupov']);
  });

  it('filters by facility among the units of the user’s scope', async () => {
    expect(await found({ dateOfBirth: '12.03.1990' }, manager)).toEqual(['usonov', 'usonovaFar']);
    expect(await found({ dateOfBirth: '12.03.1990', unit: 'PRISON_16' }, manager)).toEqual(['usonovaFar']);
  });

  it('never shows an officer at colony 47 the person at colony 16, nor offers that colony as a filter', async () => {
    expect(await found({ name: 'Үсөнова' })).toEqual(['usonov']);
    expect(await found({ pin: '11203199000777' })).toEqual([]);
    const page = await search({ unit: 'PRISON_16' });
    expect(page.statusCode).toBe(400);
    expect(page.body).toContain('Тизмеден мекемени же пробация органын тандаңыз');
    expect(page.body).not.toContain('value="PRISON_16"');
  });

  it('leaves out records merged into another', async () => {
    expect(await found({ name: 'Үсөнов Бакыт' })).not.toContain('mergedAway');
  });
});

describe('the search page', () => {
  it('shows just the form when nothing was searched, and audits nothing', async () => {
    const response = await search({});
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('Адамды издөө');
    expect(response.body).not.toContain('id="results-title"');
    const events = await test.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.requestId, String(response.headers['x-request-id'])));
    expect(events).toEqual([]);
  });

  it('audits every search with its criteria', async () => {
    const response = await search({ name: 'Usonov', dateOfBirth: '12.03.1990', pin: '' });
    const events = await test.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.requestId, String(response.headers['x-request-id'])));
    expect(events.map((event) => [event.action, event.outcome, event.username, event.details])).toEqual([
      ['person.search', 'success', 'search.officer47', { criteria: { name: 'Usonov', dateOfBirth: '1990-03-12' } }],
    ]);
  });

  it('shows a wrong date and a PIN with letters in the user’s language, keeping what was typed', async () => {
    const response = await search({ name: 'Usonov', dateOfBirth: '31.02.1990', pin: '2120319900012A' });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('govuk-error-summary');
    expect(response.body).toContain('Туулган күндү күн, ай жана жыл түрүндө киргизиңиз');
    expect(response.body).toContain('ПИН сандардан гана (0–9) турушу керек');
    expect(response.body).toContain('value="31.02.1990"');
    expect(response.body).toContain('value="2120319900012A"');
    expect(response.body).toContain('value="Usonov"');
    expect(response.body).not.toContain(`href="/people/${ids.usonov}"`);
  });

  it('shows the name, Latin name, PIN, date of birth, status and location of each person found', async () => {
    const { body } = await search({ pin: '21203199000123' });
    for (const text of [
      'Үсөнов Бакыт Асанович',
      'Usonov Bakyt',
      '21203199000123',
      '12.03.1990',
      'Жаза мөөнөтүн өтөөдө',
      '№47 түзөтүү колониясы',
    ])
      expect(body).toContain(text);
  });

  it('shows at most 50 people and says there are more', async () => {
    const many = Array.from({ length: 55 }, (_, index) =>
      person({
        familyName: 'Токтогулов',
        givenName: `Номер${String(index)}`,
        dateOfBirth: '1970-01-01',
        sex: 'male',
        noPinReason: 'unknown',
        unitId: prison47,
      }),
    );
    await test.database.db.insert(people).values(many);
    const { body } = await search({ dateOfBirth: '01.01.1970' });
    expect(body.match(/href="\/people\/[0-9a-f-]{36}"/g)).toHaveLength(50);
    expect(body).toContain('Биринчи 50 натыйжа гана көрсөтүлдү');
    await test.database.db.delete(people).where(eq(people.dateOfBirth, '1970-01-01'));
  });

  it('refuses a trainer, who may not read people, with 403', async () => {
    expect((await search({ name: 'Usonov' }, trainer)).statusCode).toBe(403);
  });

  it('offers the search in the menu only to those who may read people', async () => {
    const home = (cookies: string) => test.app.inject({ url: '/', headers: { cookie: cookies, accept: 'text/html' } });
    expect((await home(officer)).body).toContain('href="/people"');
    expect((await home(trainer)).body).not.toContain('href="/people"');
  });
});
