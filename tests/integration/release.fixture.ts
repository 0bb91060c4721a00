import { eq } from 'drizzle-orm';
import { criminalCases, custodyEvents, people } from '../../src/modules/people/people.tables.ts';
import { searchTextOf } from '../../src/modules/people/people.transliteration.ts';
import { messages } from '../../src/messages.ts';
import { releaseWorklist } from '../../src/modules/release/release.worklist.ts';
import { permissionsOf, type Role } from '../../src/platform/auth/roles.ts';
import type { SessionUser } from '../../src/platform/auth/sessions.ts';
import { createI18n } from '../../src/platform/i18n/translator.ts';
import { territories } from '../../src/platform/org/org.tables.ts';
import { bishkekDay, unitIdOf } from './classification.fixture.ts';
import type { TestApp } from '../support/app.ts';

export { bishkekDay, typed, unitIdOf } from './classification.fixture.ts';

/** yyyy-mm-dd some calendar months from today in Bishkek (negative: before). */
export function monthsFromToday(months: number, days = 0): string {
  const today = new Date(`${bishkekDay()}T00:00:00Z`);
  const date = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() + months, today.getUTCDate() + days));
  return date.toISOString().slice(0, 10);
}

export const territoryIdOf = async (test: TestApp, code: string) =>
  (await test.database.db.select({ id: territories.id }).from(territories).where(eq(territories.code, code)))[0]!.id;

/**
 * Someone held at a facility: admitted on `admittedOn`, with a case whose expected release is `releaseOn`
 * (none when null), living (after release) in the territory `district`.
 */
export async function insertHeldPerson(
  test: TestApp,
  familyName: string,
  options: {
    releaseOn: string | null;
    admittedOn?: string;
    unit?: string;
    district?: string;
    legalStatus?: 'convicted' | 'released' | 'probation';
  },
): Promise<string> {
  const db = test.database.db;
  const unitId = await unitIdOf(test, options.unit ?? 'PRISON_47');
  const [row] = await db
    .insert(people)
    .values({
      familyName,
      givenName: 'Нурлан',
      dateOfBirth: '1990-05-06',
      sex: 'male',
      noPinReason: 'unknown',
      unitId,
      legalStatus: options.legalStatus ?? 'convicted',
      actualTerritoryId: options.district ? await territoryIdOf(test, options.district) : null,
      actualAddress: options.district ? 'Ленин көчөсү, 12' : null,
      searchText: searchTextOf([familyName, 'Нурлан']),
    })
    .returning({ id: people.id });
  const personId = row!.id;
  const admittedOn = options.admittedOn ?? monthsFromToday(-24);
  await db.insert(criminalCases).values({
    personId,
    caseNumber: `R-${familyName}`,
    sentenceType: 'imprisonment',
    sentenceStartOn: admittedOn,
    expectedReleaseOn: options.releaseOn,
  });
  await db.insert(custodyEvents).values({ personId, kind: 'admission', occurredOn: admittedOn, facilityId: unitId });
  return personId;
}

/** The signed-in user a worklist is built for, as a session would give it. */
export async function sessionUserOf(test: TestApp, id: string, username: string, role: Role, unitCode: string): Promise<SessionUser> {
  const unitId = await unitIdOf(test, unitCode);
  return {
    id,
    sessionId: 'test',
    username,
    displayName: username,
    locale: 'ky',
    homeUnitId: unitId,
    homeUnitName: null,
    roles: [{ role, orgUnitId: unitId, unitCode }],
    permissions: permissionsOf([role]),
    mustChangePassword: false,
  };
}

/** The release module's worklist sections for a user (the source it registers), by key. */
export async function releaseSections(test: TestApp, user: SessionUser, today = bishkekDay()) {
  const i18n = createI18n(messages, 'ky');
  const sections = await releaseWorklist({ tx: test.database.db, user, today, t: i18n.t });
  return Object.fromEntries(sections.map((section) => [section.key, section.items]));
}
