import { type SQL, sql } from 'drizzle-orm';
import type { Permission } from '../../platform/auth/permissions.ts';
import { rolePermits } from '../../platform/auth/roles.ts';
import type { SessionUser } from '../../platform/auth/sessions.ts';
import type { Executor } from '../../platform/db/pool.ts';
import type { WorklistContext, WorklistSection } from '../../platform/worklists/worklist-sources.ts';
import { addDays } from './plans.review-schedule.ts';

/** Plan reviews falling due within this many days are listed with the overdue ones. */
export const PLAN_REVIEW_WITHIN_DAYS = 14;
const LIMIT = 200;

type Row = { personId: string; familyName: string; givenName: string; patronymic: string | null; due: string | null };

const rootsOf = (user: SessionUser, permission: Permission) => [
  ...new Set(user.roles.filter((entry) => rolePermits(entry.role, permission)).map((entry) => entry.orgUnitId)),
];

/** Open plans of people in the units (and their subtrees) where the user holds the permission. */
async function plansInScope(tx: Executor, roots: string[], where: SQL): Promise<Row[]> {
  const result = await tx.execute<Row>(sql`
    with recursive scope(id) as (
      select unnest(array[${sql.join(
        roots.map((id) => sql`${id}::uuid`),
        sql`, `,
      )}]::uuid[])
      union select o.id from org_units o join scope s on o.parent_id = s.id
    )
    select p.id as "personId", p.family_name as "familyName", p.given_name as "givenName", p.patronymic,
           to_char(pl.next_review_date, 'YYYY-MM-DD') as due
    from plans pl join people p on p.id = pl.person_id
    where p.merged_into_id is null and p.unit_id in (select id from scope) and ${where}
    order by pl.next_review_date nulls last, pl.submitted_at, p.family_name
    limit ${LIMIT}`);
  return result.rows;
}

const nameOf = (row: Row) => [row.familyName, row.givenName, row.patronymic].filter(Boolean).join(' ');
const dotted = (date: string) => date.split('-').reverse().join('.');

/**
 * The plans module's worklist sections: "plan reviews due" (approved plans whose review is within
 * PLAN_REVIEW_WITHIN_DAYS or past, overdue first) for users who read plans, and "plans awaiting approval" for
 * approvers — leaving out plans the user wrote or sent, which they may not approve.
 */
export async function planWorklist({ tx, user, today, t }: WorklistContext): Promise<WorklistSection[]> {
  const sections: WorklistSection[] = [];
  const readers = rootsOf(user, 'plans:read');
  if (readers.length > 0) {
    const horizon = addDays(today, PLAN_REVIEW_WITHIN_DAYS);
    const rows = await plansInScope(tx, readers, sql`pl.status = 'approved' and pl.next_review_date <= ${horizon}::date`);
    sections.push({
      key: 'plans.reviewsDue',
      title: 'plans.worklist.reviewsDue',
      items: rows.map((row) => ({
        href: `/people/${row.personId}/plan`,
        title: nameOf(row),
        detail: row.due ? t('plans.worklist.reviewDue', { date: dotted(row.due) }) : null,
        due: row.due,
        overdue: row.due !== null && row.due < today,
      })),
    });
  }
  const approvers = rootsOf(user, 'plans:approve');
  if (approvers.length > 0) {
    const rows = await plansInScope(
      tx,
      approvers,
      sql`pl.status = 'submitted' and pl.created_by <> ${user.id}::uuid and pl.submitted_by is distinct from ${user.id}::uuid`,
    );
    sections.push({
      key: 'plans.awaitingApproval',
      title: 'plans.worklist.awaitingApproval',
      items: rows.map((row) => ({
        href: `/people/${row.personId}/plan`,
        title: nameOf(row),
        detail: t('plans.worklist.submitted'),
        due: null,
        overdue: false,
      })),
    });
  }
  return sections;
}
