import { type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/pool.ts';
import type { LocalisedName } from '../../platform/org/org.tables.ts';
import type { InForce, ReviewCount } from './fairness.report.ts';

/** Which records the report counts: the user's units (null: all, for a global role) and the decision dates. */
export type FairnessScope = { units: readonly string[] | null; from: string | null; to: string | null };
export type Labels = Map<string, LocalisedName>;

/** The units in scope (the roots and everything below them), as a condition on `column`. */
function withinScope(column: SQL, units: readonly string[] | null): SQL {
  if (units === null) return sql`true`;
  if (units.length === 0) return sql`false`;
  return sql`${column} in (
    with recursive scope(id) as (
      select id from org_units where id in (${sql.join(
        units.map((id) => sql`${id}::uuid`),
        sql`, `,
      )})
      union select u.id from org_units u join scope s on u.parent_id = s.id
    ) select id from scope)`;
}

/** A date window on an instant, by the calendar day in Bishkek. */
function within(column: SQL, from: string | null, to: string | null): SQL {
  const day = sql`(${column} at time zone 'Asia/Bishkek')::date`;
  return sql`${from === null ? sql`true` : sql`${day} >= ${from}::date`} and ${to === null ? sql`true` : sql`${day} <= ${to}::date`}`;
}

/**
 * The classifications in force (confirmed or overridden, not superseded) of people registered in the scope's
 * units, with what the report groups by. The district is the person's registered territory taken up to the
 * level below the oblast (a district, a town of oblast significance, or Bishkek / Osh).
 */
export async function classificationsInForce(tx: Executor, scope: FairnessScope): Promise<{ entries: InForce[]; labels: Labels }> {
  const result = await tx.execute<{
    facility: string;
    facility_name: LocalisedName;
    district: string | null;
    district_name: LocalisedName | null;
    sex: string;
    date_of_birth: string;
    decided_on: string;
    category: InForce['category'];
    status: string;
  }>(sql`
    with recursive up(start_id, id, parent_id, kind, depth) as (
      select t.id, t.id, t.parent_id, t.kind, 0 from territories t
      where t.id in (select registered_territory_id from people where registered_territory_id is not null)
      union all
      select up.start_id, t.id, t.parent_id, t.kind, up.depth + 1 from territories t join up on t.id = up.parent_id
    ),
    district_of as (
      select distinct on (start_id) start_id, id from up
      order by start_id, (kind = 'oblast'), depth desc
    )
    select u.code as facility, u.name as facility_name, t.code as district, t.name as district_name, p.sex,
      to_char(p.date_of_birth, 'YYYY-MM-DD') as date_of_birth,
      to_char((c.decided_at at time zone 'Asia/Bishkek')::date, 'YYYY-MM-DD') as decided_on,
      c.decision->>'category' as category, c.status
    from classifications c
    join people p on p.id = c.person_id
    join org_units u on u.id = p.unit_id
    left join district_of d on d.start_id = p.registered_territory_id
    left join territories t on t.id = d.id
    where c.status in ('confirmed', 'overridden') and p.merged_into_id is null
      and ${withinScope(sql`p.unit_id`, scope.units)} and ${within(sql`c.decided_at`, scope.from, scope.to)}`);
  const labels: Labels = new Map();
  const entries = result.rows.map((row) => {
    labels.set(row.facility, row.facility_name);
    if (row.district && row.district_name) labels.set(row.district, row.district_name);
    return {
      facility: row.facility,
      district: row.district,
      sex: row.sex,
      dateOfBirth: row.date_of_birth,
      decidedOn: row.decided_on,
      category: row.category,
      overridden: row.status === 'overridden',
    };
  });
  return { entries, labels };
}

/** Reviewed assessments of people in scope, by instrument: approved as assessed or overridden by the reviewer. */
export async function reviewsByInstrument(tx: Executor, scope: FairnessScope): Promise<{ counts: ReviewCount[]; labels: Labels }> {
  const result = await tx.execute<{ instrument: string; name: LocalisedName; approved: number; overridden: number }>(sql`
    select i.code as instrument, i.name,
      count(*) filter (where a.review_outcome = 'approved')::int as approved,
      count(*) filter (where a.review_outcome = 'overridden')::int as overridden
    from assessments a
    join instrument_versions v on v.id = a.instrument_version_id
    join instruments i on i.id = v.instrument_id
    join people p on p.id = a.person_id
    where a.review_outcome is not null and p.merged_into_id is null
      and ${withinScope(sql`p.unit_id`, scope.units)} and ${within(sql`a.reviewed_at`, scope.from, scope.to)}
    group by i.code, i.name
    order by i.code`);
  const labels: Labels = new Map(result.rows.map((row) => [row.instrument, row.name]));
  return { counts: result.rows.map(({ instrument, approved, overridden }) => ({ instrument, approved, overridden })), labels };
}
