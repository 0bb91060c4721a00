import { inArray, sql } from 'drizzle-orm';
import type { Database } from '../../platform/db/pool.ts';
import { orgUnits } from '../../platform/org/org.tables.ts';
import { type BulkPerson, insertAdmissions, insertPeople, insertProbationEpisodes } from './people.bulk.ts';
import * as names from './people.demo-names.ts';
import { ANCESTOR_NAMES, MORE_RUSSIAN_FAMILY, MORE_UZBEK_FAMILY, surnameFrom } from './people.demo-surnames.ts';
import { searchTextOf } from './people.transliteration.ts';

const CUSTODY_KINDS = ['colony', 'colony_settlement', 'pretrial_centre', 'prison_hospital'] as const;
/** The demo accounts work here; a good share of demo people land here so every demo user has a caseload. */
const DEMO_HOME_UNITS = ['PRISON_47', 'PROBATION_OSH'];
const BIRTH_DAYS = 18_250; // 50 years of possible birthdays, from 1955-01-01
const DAY_MS = 86_400_000;
/** Surnames formed from ancestors' names next to the common fixed ones; see people.demo-surnames.ts. */
const KYRGYZ_FAMILY = [...new Set([...names.KYRGYZ_FAMILY, ...ANCESTOR_NAMES.map(surnameFrom)])];
const KYRGYZ_FATHERS = [...names.KYRGYZ_MALE, ...ANCESTOR_NAMES];
const RUSSIAN_FAMILY = [...names.RUSSIAN_FAMILY, ...MORE_RUSSIAN_FAMILY];
const UZBEK_FAMILY = [...new Set([...names.UZBEK_FAMILY, ...MORE_UZBEK_FAMILY])];

/** A small, seeded generator (mulberry32): the same run makes the same people, so demos are repeatable. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

type Unit = { id: string; code: string; kind: string; regime: string | null };
type Placement = { unit: Unit; custody: boolean };

function isoDay(base: number, days: number): string {
  return new Date(base + days * DAY_MS).toISOString().slice(0, 10);
}

/**
 * Person number `index` of the demo population. Birthdays step through 50 years by a factor coprime with their
 * count, and the PIN's serial is the block number, so (birthday, serial) and therefore every PIN is unique.
 */
export function demoPerson(index: number, next: () => number, placement: Placement): BulkPerson {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const female = next() < 0.15;
  const origin = next();
  // A quarter of Kyrgyz people carry the newer "X уулу" / "X кызы" family name and then no patronymic.
  const uulu = origin < 0.75 && next() < 0.25;
  const [given, family, patronymicOf] =
    origin < 0.75
      ? [female ? names.KYRGYZ_FEMALE : names.KYRGYZ_MALE, KYRGYZ_FAMILY, (father: string) => `${father} ${female ? 'кызы' : 'уулу'}`]
      : origin < 0.9
        ? [female ? names.UZBEK_FEMALE : names.UZBEK_MALE, UZBEK_FAMILY, (father: string) => `${father}${female ? 'овна' : 'ович'}`]
        : [female ? names.RUSSIAN_FEMALE : names.RUSSIAN_MALE, RUSSIAN_FAMILY, (father: string) => `${father}${female ? 'овна' : 'ович'}`];
  const familyMale = uulu ? `${pick(ANCESTOR_NAMES)} ${female ? 'кызы' : 'уулу'}` : pick(family);
  const familyName = female ? names.femaleFamilyName(familyMale) : familyMale;
  const givenName = pick(given);
  const fathers = origin < 0.75 ? KYRGYZ_FATHERS : origin < 0.9 ? names.UZBEK_MALE : names.RUSSIAN_MALE;
  const patronymic = !uulu && next() < 0.9 ? patronymicOf(pick(fathers)) : null;
  const dateOfBirth = isoDay(Date.UTC(1955, 0, 1), (index * 7919) % BIRTH_DAYS);
  const [year, month, day] = dateOfBirth.split('-') as [string, string, string];
  const foreign = next() < 0.04;
  const latin = next() < 0.8;
  const legalStatus = placement.custody ? (placement.unit.kind === 'pretrial_centre' ? 'remand' : 'convicted') : 'probation';
  return {
    familyName,
    givenName,
    patronymic,
    familyNameLatin: latin ? names.toLatin(familyName) : null,
    givenNameLatin: latin ? names.toLatin(givenName) : null,
    patronymicLatin: latin && patronymic ? names.toLatin(patronymic) : null,
    dateOfBirth,
    sex: female ? 'female' : 'male',
    citizenship: foreign ? 'UZB' : 'KGZ',
    pin: foreign ? null : `${female ? 1 : 2}${day}${month}${year}${String(Math.floor(index / BIRTH_DAYS) % 100_000).padStart(5, '0')}`,
    noPinReason: foreign ? 'foreign_national' : null,
    unitId: placement.unit.id,
    legalStatus,
    searchText: searchTextOf([familyName, givenName, patronymic, ...(latin ? [names.toLatin(familyName), names.toLatin(givenName)] : [])]),
  };
}

/**
 * Adds `count` fictional people across the facilities and probation offices, with an admission or a probation
 * episode each, in batches of one transaction. Numbering continues after the people already there, so running
 * it again adds more without clashing PINs. Reports progress after each batch.
 */
export async function generateDemoPeople(
  db: Database,
  options: { count: number; batchSize?: number; onProgress?: (done: number, total: number) => void },
): Promise<{ created: number }> {
  const units: Unit[] = await db
    .select({ id: orgUnits.id, code: orgUnits.code, kind: orgUnits.kind, regime: orgUnits.regime })
    .from(orgUnits)
    .where(inArray(orgUnits.kind, [...CUSTODY_KINDS, 'probation_office']));
  const custody = units.filter((unit) => unit.kind !== 'probation_office');
  const offices = units.filter((unit) => unit.kind === 'probation_office');
  if (custody.length === 0 || offices.length === 0) throw new Error('Load reference data first: no facilities or probation offices.');
  const [{ existing } = { existing: 0 }] = (await db.execute<{ existing: number }>(sql`select count(*)::int as existing from people`)).rows;
  const next = random(existing + 1);
  const home = (code: string) => units.find((unit) => unit.code === code);
  const place = (): Placement => {
    const inCustody = next() < 0.6;
    const preferred = home(DEMO_HOME_UNITS[inCustody ? 0 : 1]!);
    const list = inCustody ? custody : offices;
    const unit = preferred && next() < 0.3 ? preferred : list[Math.floor(next() * list.length)]!;
    return { unit, custody: inCustody };
  };
  const batchSize = options.batchSize ?? 5000;
  const today = Date.now();
  let created = 0;
  while (created < options.count) {
    const size = Math.min(batchSize, options.count - created);
    const placements = Array.from({ length: size }, place);
    const rows = placements.map((placement, offset) => demoPerson(existing + created + offset, next, placement));
    await db.transaction(async (tx) => {
      const ids = await insertPeople(tx, rows);
      const started = (offset: number) => isoDay(today, -Math.floor(next() * 5 * 365) - 1 - (offset % 3));
      await insertAdmissions(
        tx,
        placements.flatMap((placement, offset) =>
          placement.custody
            ? [
                {
                  personId: ids[offset]!,
                  facilityId: placement.unit.id,
                  occurredOn: started(offset),
                  regime: placement.unit.regime,
                  remand: placement.unit.kind === 'pretrial_centre',
                },
              ]
            : [],
        ),
      );
      await insertProbationEpisodes(
        tx,
        placements.flatMap((placement, offset) =>
          placement.custody
            ? []
            : [{ personId: ids[offset]!, officeId: placement.unit.id, probationType: 'executive' as const, startedOn: started(offset) }],
        ),
      );
    });
    created += size;
    options.onProgress?.(created, options.count);
  }
  return { created };
}
