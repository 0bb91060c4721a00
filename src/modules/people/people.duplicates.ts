import { sql } from 'drizzle-orm';
import type { SessionUser } from '../../platform/auth/sessions.ts';
import type { Executor } from '../../platform/db/pool.ts';
import { unitInScope } from './people.scope.ts';

/** How alike two people's names must be (pg_trgm similarity of their search skeletons) to be shown as a match. */
export const SIMILAR_NAME_THRESHOLD = 0.5;

export type PossibleMatch = {
  id: string;
  familyName: string;
  givenName: string;
  patronymic: string | null;
  dateOfBirth: string;
  pin: string | null;
  /** Why it was found: the PIN it has now, a PIN it had before, or a similar name and the same birthday. */
  match: 'same_pin' | 'previous_pin' | 'similar_name';
};

/**
 * What the duplicate guard found. Only records in the user's scope are shown (and linked); the others are
 * counted, so the user knows to ask the unit that holds them without learning who they are. `pinTaken` is a
 * current record with this very PIN: it cannot be created again, whoever holds it.
 */
export type Duplicates = { inScope: PossibleMatch[]; outOfScope: number; pinTaken: boolean };

export const noDuplicates = (duplicates: Duplicates) => duplicates.inScope.length === 0 && duplicates.outOfScope === 0;

/**
 * Looks for the person about to be created: by PIN (current, a merged record's, or a previous one in the PIN
 * history) and by a similar name with the same date of birth. Merged records lead to the record they joined.
 */
export async function findDuplicates(
  db: Executor,
  user: SessionUser,
  wanted: { pin: string | null; searchText: string; dateOfBirth: string },
): Promise<Duplicates> {
  const result = await db.execute<PossibleMatch & { unit_id: string; merged_into_id: string | null }>(sql`
    with found(id, match, rank) as (
      select coalesce(p.merged_into_id, p.id), 'same_pin', 1 from people p where ${wanted.pin}::text is not null and p.pin = ${wanted.pin}
      union all
      select coalesce(p.merged_into_id, p.id), 'previous_pin', 2 from pin_changes c join people p on p.id = c.person_id
        where ${wanted.pin}::text is not null and (c.previous_pin = ${wanted.pin} or c.new_pin = ${wanted.pin})
      union all
      select p.id, 'similar_name', 3 from people p
        where p.merged_into_id is null and p.date_of_birth = ${wanted.dateOfBirth}::date
          and similarity(p.search_text, ${wanted.searchText}) >= ${SIMILAR_NAME_THRESHOLD}
    ), best as (
      select distinct on (id) id, match from found order by id, rank
    )
    select p.id, p.family_name as "familyName", p.given_name as "givenName", p.patronymic,
           to_char(p.date_of_birth, 'YYYY-MM-DD') as "dateOfBirth", p.pin, p.unit_id, p.merged_into_id, b.match
    from best b join people p on p.id = b.id
    order by p.family_name, p.given_name
    limit 50`);
  const duplicates: Duplicates = { inScope: [], outOfScope: 0, pinTaken: false };
  for (const row of result.rows) {
    if (row.pin !== null && row.pin === wanted.pin && row.merged_into_id === null) duplicates.pinTaken = true;
    if (await unitInScope(db, user, 'people:read', row.unit_id)) {
      const { unit_id: _unit, merged_into_id: _merged, ...match } = row;
      duplicates.inScope.push(match);
    } else duplicates.outOfScope += 1;
  }
  return duplicates;
}
