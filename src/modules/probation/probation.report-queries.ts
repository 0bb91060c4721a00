import { type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/pool.ts';
import { classificationInForce } from '../assessments/assessments.service.ts';
import { DUE_STANDINGS, dueContacts } from './probation.report-contacts.ts';
import type { GroupCount } from './probation.report-tables.ts';
import { scheduleIntensityOf } from './probation.schedule.ts';
import { contactIntervals } from './probation.settings.ts';

/** Which records the probation reports count: orders of these offices (null: every office) in a period. */
export type ProbationReportFilter = {
  officeIds: readonly string[] | null;
  /** yyyy-mm-dd, inclusive; no start means from the beginning. */
  from: string | null;
  to: string;
  /** Due contacts after today cannot be judged yet. */
  today: string;
};

export type ProbationReportCounts = {
  caseload: GroupCount[];
  contacts: GroupCount[];
  violations: GroupCount[];
  outcomes: GroupCount[];
};

const inOffices = (column: SQL, officeIds: readonly string[] | null): SQL =>
  officeIds === null
    ? sql`true`
    : officeIds.length === 0
      ? sql`false`
      : sql`${column} in (${sql.join(
          officeIds.map((id) => sql`${id}::uuid`),
          sql`, `,
        )})`;

/**
 * Where a person counts: the project location that is the person's district or contains it. The district is
 * where the person actually lives, else where they are registered — reintegration reaches the person's own
 * community, which is what the project locations are; a person outside them is not in these reports.
 */
const PERSON_LOCATION = sql`(with recursive up(id, parent_id, code, project_location, depth) as (
    select t.id, t.parent_id, t.code, t.project_location, 0 from territories t
    where t.id = coalesce(p.actual_territory_id, p.registered_territory_id)
    union all
    select t.id, t.parent_id, t.code, t.project_location, up.depth + 1 from territories t join up on t.id = up.parent_id)
  select code from up where project_location order by depth limit 1)`;

/** The groups every count carries: the location, sex and age in whole years on the period's last day. */
const groups = (to: string) => sql`l.location, p.sex, extract(year from age(${to}::date, p.date_of_birth))::int as age`;

const counted = async (tx: Executor, query: SQL) => (await tx.execute<GroupCount>(query)).rows;

/** Orders open at some time in the period (started by its end, not closed before its start), by probation type. */
function caseload(tx: Executor, filter: ProbationReportFilter) {
  return counted(
    tx,
    sql`select ${groups(filter.to)}, o.probation_type as "column", count(*)::int as count
    from probation_orders o join people p on p.id = o.person_id cross join lateral (select ${PERSON_LOCATION} as location) l
    where l.location is not null and ${inOffices(sql`o.office_id`, filter.officeIds)} and o.starts_on <= ${filter.to}::date
      and (o.closed_on is null or ${filter.from === null ? sql`true` : sql`o.closed_on >= ${filter.from}::date`})
    group by 1, 2, 3, 4`,
  );
}

/** Violations that occurred in the period by the graded response, and the court's outcome of those referred. */
async function violations(tx: Executor, filter: ProbationReportFilter) {
  const where = sql`l.location is not null and ${inOffices(sql`o.office_id`, filter.officeIds)}
    and v.occurred_on <= ${filter.to}::date and ${filter.from === null ? sql`true` : sql`v.occurred_on >= ${filter.from}::date`}`;
  const from = sql`probation_violations v join probation_orders o on o.id = v.order_id join people p on p.id = v.person_id
    cross join lateral (select ${PERSON_LOCATION} as location) l`;
  const byResponse = await counted(
    tx,
    sql`select ${groups(filter.to)}, v.response as "column", count(*)::int as count from ${from} where ${where} group by 1, 2, 3, 4`,
  );
  const byOutcome = await counted(
    tx,
    sql`select ${groups(filter.to)}, coalesce(b.outcome, 'pending') as "column", count(*)::int as count
    from ${from} left join probation_breach_reports b on b.violation_id = v.id
    where v.response = 'court_referral' and ${where} group by 1, 2, 3, 4`,
  );
  return { violations: byResponse, outcomes: byOutcome };
}

/** Contacts due in the period, each on time, late or missed (`dueContacts`), at the person's intensity today. */
async function contacts(tx: Executor, filter: ProbationReportFilter): Promise<GroupCount[]> {
  const orders = await tx.execute<
    Omit<GroupCount, 'column' | 'count'> & {
      personId: string;
      startsOn: string;
      endsOn: string;
      closedOn: string | null;
      attendedOn: string[];
    }
  >(sql`
    select ${groups(filter.to)}, o.person_id as "personId", to_char(o.starts_on, 'YYYY-MM-DD') as "startsOn",
      to_char(o.ends_on, 'YYYY-MM-DD') as "endsOn", to_char(o.closed_on, 'YYYY-MM-DD') as "closedOn",
      array(select to_char(c.contact_on, 'YYYY-MM-DD') from probation_contacts c where c.order_id = o.id and c.attended) as "attendedOn"
    from probation_orders o join people p on p.id = o.person_id cross join lateral (select ${PERSON_LOCATION} as location) l
    where l.location is not null and ${inOffices(sql`o.office_id`, filter.officeIds)} and o.starts_on <= ${filter.to}::date
      and (o.closed_on is null or ${filter.from === null ? sql`true` : sql`o.closed_on >= ${filter.from}::date`})`);
  const intervals = await contactIntervals(tx);
  const counts: GroupCount[] = [];
  for (const order of orders.rows) {
    // The intensity in force now: the classification keeps its history, but the schedule is read as it stands.
    const intensity = scheduleIntensityOf((await classificationInForce(tx, order.personId))?.decision.intensity);
    const due = dueContacts({ ...order, intensity }, intervals, filter);
    for (const column of DUE_STANDINGS) {
      const count = due.filter((entry) => entry.standing === column).length;
      if (count > 0) counts.push({ location: order.location, sex: order.sex, age: order.age, column, count });
    }
  }
  return counts;
}

/**
 * The probation reports' counts for the 10 project locations, by sex and age band: aggregates only, never a
 * person. Callers authorise and audit (`probation:report`).
 */
export async function probationReportCounts(tx: Executor, filter: ProbationReportFilter): Promise<ProbationReportCounts> {
  return { caseload: await caseload(tx, filter), contacts: await contacts(tx, filter), ...(await violations(tx, filter)) };
}

/**
 * The groups of each given person — project location (null: outside them), sex, age on the period's last day —
 * for counts another module makes per person (the courts' decisions on the reports for courts).
 */
export async function groupsOfPeople(
  tx: Executor,
  personIds: readonly string[],
  to: string,
): Promise<Map<string, { location: string | null; sex: string; age: number }>> {
  if (personIds.length === 0) return new Map();
  const rows = await tx.execute<{ id: string; location: string | null; sex: string; age: number }>(sql`
    select p.id, ${groups(to)} from people p cross join lateral (select ${PERSON_LOCATION} as location) l
    where p.id in (${sql.join(
      personIds.map((id) => sql`${id}::uuid`),
      sql`, `,
    )})`);
  return new Map(rows.rows.map((row) => [row.id, row]));
}
