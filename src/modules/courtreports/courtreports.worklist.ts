import { type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/pool.ts';
import type { WorklistContext, WorklistSection } from '../../platform/worklists/worklist-sources.ts';
import { addDays, DUE_WITHIN_DAYS } from './courtreports.models.ts';
import { inUserScope } from './courtreports.scope.ts';

const LIMIT = 200;
type Row = { id: string; familyName: string; givenName: string; patronymic: string | null; caseNumber: string; deadline: string };

async function reportsWhere(tx: Executor, where: SQL): Promise<Row[]> {
  const result = await tx.execute<Row>(sql`
    select r.id, p.family_name as "familyName", p.given_name as "givenName", p.patronymic, r.case_number as "caseNumber",
           to_char(r.deadline, 'YYYY-MM-DD') as deadline
    from court_reports r join people p on p.id = r.person_id
    where ${where}
    order by r.deadline, r.created_at
    limit ${LIMIT}`);
  return result.rows;
}

const nameOf = (row: Row) => [row.familyName, row.givenName, row.patronymic].filter(Boolean).join(' ');

/**
 * The court reports module's worklist sections: for the allocated officer, reports still being written whose
 * deadline is within DUE_WITHIN_DAYS or past (overdue first); for managers, reports awaiting their approval in
 * their units — leaving out those they wrote, recommended or sent, which they may not approve.
 */
export async function courtReportWorklist({ tx, user, today, t }: WorklistContext): Promise<WorklistSection[]> {
  const sections: WorklistSection[] = [];
  const item = (row: Row) => ({
    href: `/court-reports/${row.id}`,
    title: nameOf(row),
    detail: t('courtReports.worklist.detail', { caseNumber: row.caseNumber, date: row.deadline.split('-').reverse().join('.') }),
    due: row.deadline,
    overdue: row.deadline < today,
  });
  if (user.permissions.has('court_reports:write')) {
    const horizon = addDays(today, DUE_WITHIN_DAYS);
    const rows = await reportsWhere(
      tx,
      sql`r.officer_id = ${user.id}::uuid and r.status in ('draft', 'returned') and r.deadline <= ${horizon}::date
          and ${inUserScope(user, 'court_reports:write', sql`r.office_id`)}`,
    );
    sections.push({ key: 'courtReports.due', title: 'courtReports.worklist.due', items: rows.map(item) });
  }
  if (user.permissions.has('court_reports:approve')) {
    const rows = await reportsWhere(
      tx,
      sql`r.status = 'submitted' and r.officer_id <> ${user.id}::uuid
          and r.recommended_by is distinct from ${user.id}::uuid and r.submitted_by is distinct from ${user.id}::uuid
          and ${inUserScope(user, 'court_reports:approve', sql`r.office_id`)}`,
    );
    sections.push({ key: 'courtReports.awaitingApproval', title: 'courtReports.worklist.awaitingApproval', items: rows.map(item) });
  }
  return sections;
}
