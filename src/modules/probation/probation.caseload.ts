import { type SQL, sql } from 'drizzle-orm';
import type { SessionUser } from '../../platform/auth/sessions.ts';
import type { Executor } from '../../platform/db/pool.ts';
import type { LocalisedName } from '../../platform/org/org.tables.ts';
import { classificationInForce } from '../assessments/assessments.service.ts';
import { byPriority, type CaseloadEntry } from './probation.priority.ts';
import { addDays, contactStanding, nextContactDue, scheduleIntensityOf } from './probation.schedule.ts';
import { contactIntervals } from './probation.settings.ts';
import { inUserScope } from './probation.scope.ts';
import type { ORDER_KINDS } from './probation.tables.ts';

/** Violations within this many days count as "recent" for the caseload's priority. */
export const RECENT_VIOLATION_DAYS = 90;

export type CaseRow = CaseloadEntry & {
  personId: string;
  personName: string;
  kind: (typeof ORDER_KINDS)[number];
  startsOn: string;
  endsOn: string;
  officeName: LocalisedName;
  officerId: string | null;
  officerName: string | null;
  lastAttendedOn: string | null;
  /** The order's row version, for the allocation form. */
  version: number;
};

type Raw = {
  orderId: string;
  personId: string;
  personName: string;
  kind: CaseRow['kind'];
  startsOn: string;
  endsOn: string;
  officeName: LocalisedName;
  officerId: string | null;
  officerName: string | null;
  lastAttendedOn: string | null;
  recentViolations: number;
  version: number;
};

/** Active orders matching `where`, each with its schedule standing on `today` (intensity from the classification). */
export async function casesWhere(tx: Executor, where: SQL, today: string): Promise<CaseRow[]> {
  const since = addDays(today, -RECENT_VIOLATION_DAYS);
  const result = await tx.execute<Raw>(sql`
    select o.id as "orderId", o.person_id as "personId",
      concat_ws(' ', p.family_name, p.given_name, p.patronymic) as "personName",
      o.kind, to_char(o.starts_on, 'YYYY-MM-DD') as "startsOn", to_char(o.ends_on, 'YYYY-MM-DD') as "endsOn",
      u.name as "officeName", o.version, o.officer_id as "officerId", officer.display_name as "officerName",
      (select to_char(max(c.contact_on), 'YYYY-MM-DD') from probation_contacts c where c.order_id = o.id and c.attended) as "lastAttendedOn",
      (select count(*)::int from probation_violations v where v.order_id = o.id and v.occurred_on >= ${since}::date) as "recentViolations"
    from probation_orders o join people p on p.id = o.person_id join org_units u on u.id = o.office_id
      left join users officer on officer.id = o.officer_id
    where o.status = 'active' and ${where}`);
  const intervals = await contactIntervals(tx);
  const rows: CaseRow[] = [];
  for (const raw of result.rows) {
    const intensity = scheduleIntensityOf((await classificationInForce(tx, raw.personId))?.decision.intensity);
    const due = nextContactDue({ intensity, intervals, startsOn: raw.startsOn, endsOn: raw.endsOn, lastAttendedOn: raw.lastAttendedOn });
    const standing = contactStanding(due, today);
    rows.push({ ...raw, intensity, due, overdue: standing.overdue, daysOverdue: standing.daysOverdue });
  }
  return rows;
}

/** The officer's own caseload, in priority order. */
export async function caseloadOf(tx: Executor, officerId: string, today: string): Promise<CaseRow[]> {
  return byPriority(await casesWhere(tx, sql`o.officer_id = ${officerId}::uuid`, today));
}

/** Orders in the manager's offices not yet allocated to an officer, in priority order. */
export async function unallocatedOrders(tx: Executor, user: SessionUser, today: string): Promise<CaseRow[]> {
  return byPriority(
    await casesWhere(tx, sql`o.officer_id is null and ${inUserScope(user, 'probation:allocate', sql`o.office_id`)}`, today),
  );
}

/** Every active allocated order of the manager's offices (for each officer's load and overdue count). */
export async function allocatedOrders(tx: Executor, user: SessionUser, today: string): Promise<CaseRow[]> {
  return casesWhere(tx, sql`o.officer_id is not null and ${inUserScope(user, 'probation:allocate', sql`o.office_id`)}`, today);
}
