import { criminalCases, people, pinChanges } from '../../src/modules/people/people.tables.ts';
import type { Database } from '../../src/platform/db/pool.ts';
import { searchTextOf } from '../../src/modules/people/people.transliteration.ts';
import { orgUnits, territories } from '../../src/platform/org/org.tables.ts';

type NewPerson = typeof people.$inferInsert;
export const person = (values: Omit<NewPerson, 'searchText'>): NewPerson => ({
  ...values,
  searchText: searchTextOf([values.familyName, values.givenName, values.patronymic, values.familyNameLatin, values.givenNameLatin]),
});

/**
 * The people the search tests look for: Үсөнов (with an old PIN and a criminal case), Жусупов and Асанов at
 * colony 47; Үсөнова at colony 16, outside a colony 47 officer's scope; and a record merged into Үсөнов.
 */
export async function insertSearchPeople(db: Database) {
  const unitIds = new Map((await db.select({ id: orgUnits.id, code: orgUnits.code }).from(orgUnits)).map((unit) => [unit.code, unit.id]));
  const territoryIds = new Map(
    (await db.select({ id: territories.id, code: territories.code }).from(territories)).map((t) => [t.code, t.id]),
  );
  const prison47 = unitIds.get('PRISON_47')!;
  const prison16 = unitIds.get('PRISON_16')!;
  const [usonov, jusupov, asanov, usonovaFar] = await db
    .insert(people)
    .values([
      person({
        familyName: 'Үсөнов',
        givenName: 'Бакыт',
        patronymic: 'Асанович',
        familyNameLatin: 'Usonov',
        givenNameLatin: 'Bakyt',
        dateOfBirth: '1990-03-12',
        sex: 'male',
        pin: '21203199000123',
        unitId: prison47,
        legalStatus: 'convicted',
        registeredTerritoryId: territoryIds.get('KG-GB-LENINSKY')!,
      }),
      person({
        familyName: 'Жусупов',
        givenName: 'Азамат',
        dateOfBirth: '1985-11-05',
        sex: 'male',
        pin: '20511198500456',
        unitId: prison47,
        legalStatus: 'remand',
        actualTerritoryId: territoryIds.get('KG-C-ALAMUDUN')!,
      }),
      person({
        familyName: 'Асанов',
        givenName: 'Эрлан',
        dateOfBirth: '1992-01-01',
        sex: 'male',
        noPinReason: 'unknown',
        unitId: prison47,
        legalStatus: 'convicted',
      }),
      person({
        familyName: 'Үсөнова',
        givenName: 'Айгүл',
        dateOfBirth: '1990-03-12',
        sex: 'female',
        pin: '11203199000777',
        unitId: prison16,
        legalStatus: 'convicted',
      }),
    ])
    .returning({ id: people.id });
  const ids = { usonov: usonov!.id, jusupov: jusupov!.id, asanov: asanov!.id, usonovaFar: usonovaFar!.id };
  const [merged] = await db
    .insert(people)
    .values(
      person({
        familyName: 'Үсөнов',
        givenName: 'Бакыт',
        dateOfBirth: '1990-03-12',
        sex: 'male',
        noPinReason: 'unknown',
        unitId: prison47,
        mergedIntoId: ids.usonov,
      }),
    )
    .returning({ id: people.id });
  await db.insert(pinChanges).values({
    personId: ids.usonov,
    previousPin: '21203199000999',
    newPin: '21203199000123',
    changedOn: '2015-06-01',
    reason: 'Passport replaced',
  });
  await db.insert(criminalCases).values({ personId: ids.usonov, caseNumber: 'УД-145/2019' });
  return { ids: { ...ids, mergedAway: merged!.id }, prison47 };
}
