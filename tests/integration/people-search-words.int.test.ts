import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { people } from '../../src/modules/people/people.tables.ts';
import { searchTextOf } from '../../src/modules/people/people.transliteration.ts';
import { createTestApp, createTestUser, signIn, type TestApp } from '../support/app.ts';
import { insertSearchPeople, person } from './people-search.fixture.ts';

// The name search looks typed words up in the list of distinct name words, then people by exact word
// (people.search-names.ts). These tests hold the list to the people table and the ranking to best-first.
let test: TestApp;
let officer: string;
let prison47: string;

beforeAll(async () => {
  test = await createTestApp();
  ({ prison47 } = await insertSearchPeople(test.database.db));
  await createTestUser(test, 'words.officer47', [{ role: 'prison_officer', unitCode: 'PRISON_47' }]);
  officer = await signIn(test.app, 'words.officer47');
});
afterAll(() => test.close());

/** The family and given names on a results page, in the order shown. */
async function shown(name: string): Promise<string[]> {
  const response = await test.app.inject({
    url: `/people?${new URLSearchParams({ name }).toString()}`,
    headers: { cookie: officer, accept: 'text/html' },
  });
  expect(response.statusCode).toBe(200);
  return [...response.body.matchAll(/href="\/people\/[0-9a-f-]{36}"[^>]*>([^<]+)</g)].map((match) => match[1]!.trim());
}

const someone = (familyName: string, givenName: string) =>
  person({ familyName, givenName, dateOfBirth: '1971-02-03', sex: 'male', noPinReason: 'unknown', unitId: prison47 });

describe('the list of name words the search starts from', () => {
  it('holds every word of every person added, in one statement or many', async () => {
    await test.database.db.insert(people).values([someone('Сооронбаев', 'Кубат'), someone('Эгембердиев', 'Мелис')]);
    const words = await test.database.db.execute<{ word: string }>(
      sql`select word from person_name_words where word in ('sooronbaev', 'kubat', 'egemberdiev', 'melis') order by word`,
    );
    expect(words.rows.map((row) => row.word)).toEqual(['egemberdiev', 'kubat', 'melis', 'sooronbaev']);
  });

  it('finds a person by a name given after the record was created', async () => {
    const [created] = await test.database.db.insert(people).values(someone('Бекташев', 'Нурлан')).returning({ id: people.id });
    expect(await shown('Kylychev')).toEqual([]);
    await test.database.db
      .update(people)
      .set({ familyName: 'Кылычев', searchText: searchTextOf(['Кылычев', 'Нурлан']) })
      .where(eq(people.id, created!.id));
    expect((await shown('Kylychev')).some((name) => name.startsWith('Кылычев Нурлан'))).toBe(true);
  });
});

describe('partial names and ranking', () => {
  it('finds people by the beginning of their family name', async () => {
    await test.database.db.insert(people).values([someone('Токтосунов', 'Адилет'), someone('Токтомушев', 'Эрмек')]);
    const names = await shown('tokto');
    expect(names.some((name) => name.startsWith('Токтосунов Адилет'))).toBe(true);
    expect(names.some((name) => name.startsWith('Токтомушев Эрмек'))).toBe(true);
  });

  it('shows the person whose name is exactly what was typed first, even among more than 50 partial matches', async () => {
    await test.database.db
      .insert(people)
      .values([...Array.from({ length: 60 }, (_, index) => someone('Токтогулов', `Номер${String(index)}`)), someone('Токто', 'Самат')]);
    const names = await shown('Tokto');
    expect(names).toHaveLength(50);
    expect(names[0]).toMatch(/^Токто Самат/);
  });
});
