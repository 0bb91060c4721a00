import { sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/pool.ts';
import type { LEGAL_STATUSES, NO_PIN_REASONS, PROBATION_TYPES, SEXES } from './people.tables.ts';

/** One person as the importer and the demo generator write them: the core facts, already validated. */
export type BulkPerson = {
  familyName: string;
  givenName: string;
  patronymic: string | null;
  familyNameLatin: string | null;
  givenNameLatin: string | null;
  patronymicLatin: string | null;
  dateOfBirth: string;
  sex: (typeof SEXES)[number];
  citizenship: string | null;
  pin: string | null;
  noPinReason: (typeof NO_PIN_REASONS)[number] | null;
  unitId: string;
  legalStatus: (typeof LEGAL_STATUSES)[number];
  searchText: string;
};

/** A whole column as ONE array parameter (drizzle would otherwise spread a JS array into a list of parameters). */
const column = <T>(rows: readonly T[], pick: (row: T) => string | boolean | null) => sql.param(rows.map(pick));

/**
 * Inserts many people in one statement: one array parameter per column, unnested by PostgreSQL, so a batch of
 * thousands costs one round trip and stays far below the 65,535-parameter limit. Returns the new ids in order.
 */
export async function insertPeople(tx: Executor, rows: readonly BulkPerson[]): Promise<string[]> {
  if (rows.length === 0) return [];
  const result = await tx.execute<{ id: string }>(sql`
    insert into people (family_name, given_name, patronymic, family_name_latin, given_name_latin, patronymic_latin,
                        date_of_birth, sex, citizenship, pin, no_pin_reason, unit_id, legal_status, search_text)
    select * from unnest(
      ${column(rows, (row) => row.familyName)}::text[], ${column(rows, (row) => row.givenName)}::text[],
      ${column(rows, (row) => row.patronymic)}::text[], ${column(rows, (row) => row.familyNameLatin)}::text[],
      ${column(rows, (row) => row.givenNameLatin)}::text[], ${column(rows, (row) => row.patronymicLatin)}::text[],
      ${column(rows, (row) => row.dateOfBirth)}::date[], ${column(rows, (row) => row.sex)}::text[],
      ${column(rows, (row) => row.citizenship)}::text[], ${column(rows, (row) => row.pin)}::text[],
      ${column(rows, (row) => row.noPinReason)}::text[], ${column(rows, (row) => row.unitId)}::uuid[],
      ${column(rows, (row) => row.legalStatus)}::text[], ${column(rows, (row) => row.searchText)}::text[])
    returning id`);
  return result.rows.map((row) => row.id);
}

export type BulkAdmission = { personId: string; facilityId: string; occurredOn: string; regime: string | null; remand: boolean };

export async function insertAdmissions(tx: Executor, rows: readonly BulkAdmission[]): Promise<void> {
  if (rows.length === 0) return;
  await tx.execute(sql`
    insert into custody_events (person_id, kind, facility_id, occurred_on, regime, remand)
    select person_id, 'admission', facility_id, occurred_on, regime, remand from unnest(
      ${column(rows, (row) => row.personId)}::uuid[], ${column(rows, (row) => row.facilityId)}::uuid[],
      ${column(rows, (row) => row.occurredOn)}::date[], ${column(rows, (row) => row.regime)}::text[],
      ${column(rows, (row) => row.remand)}::boolean[]) as t(person_id, facility_id, occurred_on, regime, remand)`);
}

export type BulkProbation = {
  personId: string;
  officeId: string;
  probationType: (typeof PROBATION_TYPES)[number];
  startedOn: string;
};

export async function insertProbationEpisodes(tx: Executor, rows: readonly BulkProbation[]): Promise<void> {
  if (rows.length === 0) return;
  await tx.execute(sql`
    insert into probation_episodes (person_id, office_id, probation_type, started_on)
    select * from unnest(
      ${column(rows, (row) => row.personId)}::uuid[], ${column(rows, (row) => row.officeId)}::uuid[],
      ${column(rows, (row) => row.probationType)}::text[], ${column(rows, (row) => row.startedOn)}::date[])`);
}
