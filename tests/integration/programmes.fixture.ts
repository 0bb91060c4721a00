import { eq } from 'drizzle-orm';
import { people } from '../../src/modules/people/people.tables.ts';
import { searchTextOf } from '../../src/modules/people/people.transliteration.ts';
import { programmeGroups, programmes, programmeSessions } from '../../src/modules/programmes/programmes.tables.ts';
import type { TestApp } from '../support/app.ts';
import { bishkekDay, unitIdOf } from './classification.fixture.ts';

export { bishkekDay, unitIdOf };

/** A person straight into the table, with what eligibility is judged on. */
export async function insertPerson(
  test: TestApp,
  familyName: string,
  options: {
    unit?: string;
    sex?: 'male' | 'female';
    dateOfBirth?: string;
    languages?: string[];
    legalStatus?: 'convicted' | 'probation' | 'remand';
  } = {},
): Promise<string> {
  const [row] = await test.database.db
    .insert(people)
    .values({
      familyName,
      givenName: 'Нурлан',
      dateOfBirth: options.dateOfBirth ?? '1990-05-05',
      sex: options.sex ?? 'male',
      languages: options.languages ?? ['ky'],
      noPinReason: 'unknown',
      unitId: await unitIdOf(test, options.unit ?? 'PRISON_47'),
      legalStatus: options.legalStatus ?? 'convicted',
      searchText: searchTextOf([familyName, 'Нурлан']),
    })
    .returning({ id: people.id });
  return row!.id;
}

/**
 * A group straight into the tables (the group forms have their own tests): sessions on the given days from
 * today (negative = past), 10:00–11:30.
 */
export async function insertGroup(
  test: TestApp,
  input: { programme?: string; unit?: string; facilitatorId: string; capacity: number; language?: 'ky' | 'ru'; days: number[] },
): Promise<{ groupId: string; sessionIds: string[] }> {
  const db = test.database.db;
  const [programme] = await db
    .select()
    .from(programmes)
    .where(eq(programmes.code, input.programme ?? 'EDUCATION_LITERACY'));
  const days = input.days.map((offset) => bishkekDay(offset));
  const [group] = await db
    .insert(programmeGroups)
    .values({
      programmeId: programme!.id,
      unitId: await unitIdOf(test, input.unit ?? 'PRISON_47'),
      facilitatorId: input.facilitatorId,
      startsOn: days[0]!,
      room: 'Класс 2',
      roomPlaces: 20,
      capacity: input.capacity,
      language: input.language ?? 'ky',
      createdBy: input.facilitatorId,
    })
    .returning({ id: programmeGroups.id });
  const sessions = await db
    .insert(programmeSessions)
    .values(days.map((heldOn, index) => ({ groupId: group!.id, number: index + 1, heldOn, startsAt: '10:00', endsAt: '11:30' })))
    .returning({ id: programmeSessions.id });
  return { groupId: group!.id, sessionIds: sessions.map((session) => session.id) };
}
