import { type SQL, sql } from 'drizzle-orm';
import { authorise } from '../../platform/access/authorise.ts';
import { rolePermits } from '../../platform/auth/roles.ts';
import type { SessionUser } from '../../platform/auth/sessions.ts';
import type { Database, Executor } from '../../platform/db/pool.ts';
import type { LocalisedName } from '../../platform/org/org.tables.ts';
import type { PeopleActor } from './people.access.ts';
import type { LEGAL_STATUSES, NO_PIN_REASONS } from './people.tables.ts';
import { nameSearchQuery } from './people.search-names.ts';
import { nameSkeleton } from './people.transliteration.ts';

/** What a user searched by, already checked and normalised (PIN without spaces, date as yyyy-mm-dd). */
export type PeopleSearchCriteria = {
  name?: string;
  pin?: string;
  caseNumber?: string;
  dateOfBirth?: string;
  /** Filters: the code of a facility or probation office, a legal status, the code of a territory. */
  unit?: string;
  legalStatus?: (typeof LEGAL_STATUSES)[number];
  district?: string;
};

export type PersonSearchResult = {
  id: string;
  familyName: string;
  givenName: string;
  patronymic: string | null;
  familyNameLatin: string | null;
  givenNameLatin: string | null;
  patronymicLatin: string | null;
  pin: string | null;
  noPinReason: (typeof NO_PIN_REASONS)[number] | null;
  dateOfBirth: string;
  legalStatus: (typeof LEGAL_STATUSES)[number];
  location: LocalisedName;
};

export const SEARCH_LIMIT = 50;

/**
 * How alike a typed name word and a person's names must be (pg_trgm `word_similarity`, 0–1: the trigrams the
 * two share over all the trigrams of both). Measured: Usenov → Usonov 0.40 (one vowel wrong in six letters),
 * Usonav → Usonov 0.57, Azamet → Azamat 0.57; Usmanov → Usonov 0.36 and Asanov → Usonov 0.29 are other names.
 * 0.38 keeps the first group and drops the second.
 */
export const NAME_SIMILARITY_THRESHOLD = 0.38;

/** The kinds of unit a person can be held at or supervised by: what the facility filter offers. */
const PERSON_UNIT_KINDS = ['colony', 'colony_settlement', 'pretrial_centre', 'prison_hospital', 'probation_office'];

/** The units of the roles that let this user read people: their subtrees are where the user may search. */
export function peopleScopeOf(user: SessionUser): string[] {
  return [...new Set(user.roles.filter((entry) => rolePermits(entry.role, 'people:read')).map((entry) => entry.orgUnitId))];
}

const uuidArray = (ids: readonly string[]) =>
  sql`array[${sql.join(
    ids.map((id) => sql`${id}::uuid`),
    sql`, `,
  )}]::uuid[]`;

const unitSubtree = (roots: SQL) => sql`(
  with recursive subtree(id) as (${roots} union select o.id from org_units o join subtree s on o.parent_id = s.id)
  select id from subtree)`;

/** Facilities and probation offices inside the user's scope, for the filter. */
export async function searchableUnits(db: Executor, user: SessionUser) {
  const scope = peopleScopeOf(user);
  if (scope.length === 0) return [];
  const result = await db.execute<{ code: string; name: LocalisedName }>(sql`
    select code, name from org_units
    where active and kind in (${sql.join(
      PERSON_UNIT_KINDS.map((kind) => sql`${kind}`),
      sql`, `,
    )}) and id in ${unitSubtree(sql`select unnest(${uuidArray(scope)})`)}
    order by code`);
  return result.rows;
}

/**
 * Searches people within the user's scope, never merged-away records. The search and its criteria are audited
 * (`person.search`) in the same transaction as the query, by `authorise`, which also checks the permission.
 * Returns at most SEARCH_LIMIT people, best name match first, and whether there were more.
 */
export async function searchPeople(
  db: Database,
  actor: PeopleActor,
  criteria: PeopleSearchCriteria,
): Promise<{ people: PersonSearchResult[]; more: boolean }> {
  return db.transaction(async (tx) => {
    await authorise(tx, {
      actor: actor.user,
      audit: actor.audit,
      permission: 'people:read',
      action: 'person.search',
      details: { criteria },
    });
    const scope = peopleScopeOf(actor.user);
    if (scope.length === 0) return { people: [], more: false };
    // Local to this transaction: the pooled connection goes back with the server's default.
    await tx.execute(sql`select set_config('pg_trgm.word_similarity_threshold', ${String(NAME_SIMILARITY_THRESHOLD)}, true)`);
    const words = criteria.name ? nameSkeleton(criteria.name).split(' ').filter(Boolean) : [];
    // `= any(array(…))`, not `in (…)`: the form the GIN index on (unit, name words) can use (people.search-names.ts).
    const conditions: SQL[] = [
      sql`p.merged_into_id is null`,
      sql`p.unit_id = any(array${unitSubtree(sql`select unnest(${uuidArray(scope)})`)})`,
    ];
    // A union, not an OR, so both lookups use their indexes (people_pin_idx, pin_changes_previous_idx).
    if (criteria.pin)
      conditions.push(sql`p.id in (
        select id from people where pin = ${criteria.pin} and merged_into_id is null
        union select person_id from pin_changes where previous_pin = ${criteria.pin})`);
    if (criteria.caseNumber)
      conditions.push(sql`p.id in (select person_id from criminal_cases where lower(case_number) = lower(${criteria.caseNumber}))`);
    if (criteria.dateOfBirth) conditions.push(sql`p.date_of_birth = ${criteria.dateOfBirth}::date`);
    if (criteria.legalStatus) conditions.push(sql`p.legal_status = ${criteria.legalStatus}`);
    if (criteria.unit) conditions.push(sql`p.unit_id in ${unitSubtree(sql`select id from org_units where code = ${criteria.unit}`)}`);
    if (criteria.district) {
      const territories = sql`(
        with recursive below(id) as (
          select id from territories where code = ${criteria.district}
          union select t.id from territories t join below b on t.parent_id = b.id)
        select id from below)`;
      conditions.push(sql`(p.registered_territory_id in ${territories} or p.actual_territory_id in ${territories})`);
    }
    // Best name match first (people.search-names.ts); without a name, in alphabetical order.
    const columns = sql`p.id, p.family_name, p.given_name, p.patronymic, p.family_name_latin, p.given_name_latin, p.patronymic_latin,
             p.pin, p.no_pin_reason, to_char(p.date_of_birth, 'YYYY-MM-DD') as date_of_birth, p.legal_status, u.name as location`;
    const where = sql.join(conditions, sql` and `);
    const result =
      words.length > 0
        ? await tx.execute<SearchRow>(nameSearchQuery({ words, columns, where, limit: SEARCH_LIMIT + 1 }))
        : await tx.execute<SearchRow>(sql`
            select ${columns}
            from people p join org_units u on u.id = p.unit_id
            where ${where}
            order by p.family_name, p.given_name, p.date_of_birth, p.id
            limit ${SEARCH_LIMIT + 1}`);
    const rows = result.rows.map(resultOf);
    return { people: rows.slice(0, SEARCH_LIMIT), more: rows.length > SEARCH_LIMIT };
  });
}

type SearchRow = {
  id: string;
  family_name: string;
  given_name: string;
  patronymic: string | null;
  family_name_latin: string | null;
  given_name_latin: string | null;
  patronymic_latin: string | null;
  pin: string | null;
  no_pin_reason: PersonSearchResult['noPinReason'];
  date_of_birth: string;
  legal_status: PersonSearchResult['legalStatus'];
  location: LocalisedName;
};

function resultOf(row: SearchRow): PersonSearchResult {
  return {
    id: row.id,
    familyName: row.family_name,
    givenName: row.given_name,
    patronymic: row.patronymic,
    familyNameLatin: row.family_name_latin,
    givenNameLatin: row.given_name_latin,
    patronymicLatin: row.patronymic_latin,
    pin: row.pin,
    noPinReason: row.no_pin_reason,
    dateOfBirth: row.date_of_birth,
    legalStatus: row.legal_status,
    location: row.location,
  };
}
