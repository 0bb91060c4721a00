import { sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/pool.ts';
import { classificationInForce } from '../assessments/assessments.service.ts';
import { placementAlertsOf } from '../people/people.service.ts';
import type { PlacedPerson, PlacementOption } from './placement.rules.ts';

type PersonFacts = { id: string; sex: 'male' | 'female'; dateOfBirth: string; legalStatus: string; regime: string | null };

/** Whole years between a date of birth and a day, both yyyy-mm-dd. */
export function ageOn(dateOfBirth: string, today: string): number {
  const [by, bm, bd] = dateOfBirth.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = today.split('-').map(Number) as [number, number, number];
  return ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0);
}

/**
 * The facts the placement check needs about each of these people, read at the moment of the move: sex, age,
 * remand (their legal status), the regime of their last custody movement, the classification in force
 * (violent extremist offender, placement option, influence and vulnerability) and their alerts.
 */
export async function placedPeople(tx: Executor, personIds: readonly string[], today: string): Promise<PlacedPerson[]> {
  if (personIds.length === 0) return [];
  const ids = sql.join(
    personIds.map((id) => sql`${id}::uuid`),
    sql`, `,
  );
  const rows = await tx.execute<PersonFacts>(sql`
    select p.id, p.sex, p.date_of_birth::text as "dateOfBirth", p.legal_status as "legalStatus",
      (select e.regime from custody_events e where e.person_id = p.id and e.regime is not null
        order by e.occurred_on desc, e.created_at desc limit 1) as regime
    from people p where p.id in (${ids})`);
  const alerts = await placementAlertsOf(tx, personIds, today);
  const placed: PlacedPerson[] = [];
  for (const row of rows.rows) {
    const decision = (await classificationInForce(tx, row.id))?.decision;
    const mine = alerts.filter((alert) => alert.personId === row.id || alert.relatedPersonId === row.id);
    const barred = mine
      .filter((alert) => alert.type === 'must_not_locate_with')
      .map((alert) => (alert.personId === row.id ? alert.relatedPersonId : alert.personId))
      .filter((id): id is string => id !== null);
    const flaggedVulnerable = mine.some((alert) => alert.type === 'vulnerable_to_recruitment' && alert.personId === row.id);
    placed.push({
      id: row.id,
      sex: row.sex,
      juvenile: ageOn(row.dateOfBirth, today) < 18,
      remand: row.legalStatus === 'remand',
      regime: row.regime,
      violentExtremist: decision?.category === 'violent_extremist_offender',
      placement: decision?.placement ?? null,
      highInfluence: decision?.influence === 'high',
      vulnerable: flaggedVulnerable || decision?.vulnerability === 'high',
      mustNotLocateWith: barred,
    });
  }
  return placed;
}

/** The placement options the facility runs (assessments' placement policy); null when it has recorded none. */
export async function facilityOptionsOf(tx: Executor, facilityId: string): Promise<PlacementOption[] | null> {
  const rows = await tx.execute<{ options: PlacementOption[] | null }>(
    sql`select options from placement_policies where unit_id = ${facilityId}`,
  );
  return rows.rows[0]?.options ?? null;
}
