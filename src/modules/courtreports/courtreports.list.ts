import { sql } from 'drizzle-orm';
import type { SessionUser } from '../../platform/auth/sessions.ts';
import type { Executor } from '../../platform/db/pool.ts';
import type { LocalisedName } from '../../platform/org/org.tables.ts';
import { inUserScope } from './courtreports.scope.ts';
import type { REPORT_STATUSES } from './courtreports.tables.ts';

export type ReportSummary = {
  id: string;
  familyName: string;
  givenName: string;
  patronymic: string | null;
  caseNumber: string;
  court: LocalisedName | null;
  courtName: string | null;
  deadline: string;
  status: (typeof REPORT_STATUSES)[number];
  officer: string;
};

const LIMIT = 200;

/**
 * The reports the user works on: allocated to them, or — for a manager — every report of their offices. Those
 * still to reach the court first, by deadline; decided ones after them, the latest first.
 */
export async function reportsOfUser(tx: Executor, user: SessionUser): Promise<ReportSummary[]> {
  const result = await tx.execute<ReportSummary>(sql`
    select r.id, p.family_name as "familyName", p.given_name as "givenName", p.patronymic, r.case_number as "caseNumber",
           c.name as court, r.court_name as "courtName", to_char(r.deadline, 'YYYY-MM-DD') as deadline, r.status,
           u.display_name as officer
    from court_reports r
      join people p on p.id = r.person_id
      join users u on u.id = r.officer_id
      left join court_report_courts c on c.id = r.court_id
    where ${inUserScope(user, 'court_reports:write', sql`r.office_id`)}
      and (r.officer_id = ${user.id}::uuid or ${inUserScope(user, 'court_reports:approve', sql`r.office_id`)})
    order by r.status = 'decided', case when r.status = 'decided' then r.decided_on end desc nulls last, r.deadline, r.created_at
    limit ${LIMIT}`);
  return result.rows;
}
