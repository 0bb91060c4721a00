import { sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/pool.ts';
import type { SessionUser } from '../../platform/auth/sessions.ts';
import type { WorklistContext, WorklistSection } from '../../platform/worklists/worklist-sources.ts';
import { todayInBishkek } from '../people/people.service.ts';
import { inUserScope } from './concerns.scope.ts';

/** Plan reviews falling due within this many days are listed with the overdue ones. */
export const REVIEW_WITHIN_DAYS = 7;
const LIMIT = 200;

export type OpenConcern = {
  id: string;
  personId: string;
  familyName: string;
  givenName: string;
  patronymic: string | null;
  status: string;
  indicators: string[];
  reportedAt: Date;
  triageDueAt: Date;
  nextReviewDate: string | null;
};

/** Open concerns about people in the units where the user runs the concern loop (`concerns:manage`), under the surviving record. */
export async function openConcernsInScope(tx: Executor, user: SessionUser, where = sql`true`): Promise<OpenConcern[]> {
  const result = await tx.execute<OpenConcern & Record<string, unknown>>(sql`
    select c.id, p.id as "personId", p.family_name as "familyName", p.given_name as "givenName", p.patronymic,
           c.status, c.indicators, c.reported_at as "reportedAt", c.triage_due_at as "triageDueAt",
           to_char(c.next_review_date, 'YYYY-MM-DD') as "nextReviewDate"
    from concerns c join people about on about.id = c.person_id
    -- A concern about a record merged into another is listed under the person it was merged into.
    join people p on p.id = coalesce(about.merged_into_id, about.id)
    where c.status <> 'closed' and p.merged_into_id is null and ${inUserScope(user, 'concerns:manage', sql`p.unit_id`)} and ${where}
    order by case c.status when 'reported' then c.triage_due_at else coalesce(c.next_review_date::timestamptz, c.reported_at) end, c.reported_at
    limit ${LIMIT}`);
  return result.rows.map((row) => ({ ...row, reportedAt: new Date(row.reportedAt), triageDueAt: new Date(row.triageDueAt) }));
}

const nameOf = (row: OpenConcern) => [row.familyName, row.givenName, row.patronymic].filter(Boolean).join(' ');
const dotted = (date: string) => date.split('-').reverse().join('.');
const addDays = (date: string, days: number) => {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(Date.UTC(year!, month! - 1, day! + days)).toISOString().slice(0, 10);
};

/**
 * The leads' worklist sections: reports waiting for triage (due within the configured working days, overdue
 * ones first and marked) and plan reviews due within REVIEW_WITHIN_DAYS or overdue. Only for users who hold
 * `concerns:manage`, and only for people in their units.
 */
export async function concernWorklist({ tx, user, today, t }: WorklistContext): Promise<WorklistSection[]> {
  if (!user.permissions.has('concerns:manage')) return [];
  const now = new Date();
  const triage = await openConcernsInScope(tx, user, sql`c.status = 'reported'`);
  const reviews = await openConcernsInScope(
    tx,
    user,
    sql`c.status = 'planned' and c.next_review_date <= ${addDays(today, REVIEW_WITHIN_DAYS)}::date`,
  );
  return [
    {
      key: 'concerns.triage',
      title: 'concerns.worklist.triage',
      items: triage.map((row) => ({
        href: `/people/${row.personId}/concerns/${row.id}`,
        title: nameOf(row),
        detail: t('concerns.worklist.triageDue', { date: dotted(todayInBishkek(row.triageDueAt)) }),
        due: todayInBishkek(row.triageDueAt),
        overdue: row.triageDueAt.getTime() < now.getTime(),
      })),
    },
    {
      key: 'concerns.reviews',
      title: 'concerns.worklist.reviews',
      items: reviews.map((row) => ({
        href: `/people/${row.personId}/concerns/${row.id}`,
        title: nameOf(row),
        detail: row.nextReviewDate ? t('concerns.worklist.reviewDue', { date: dotted(row.nextReviewDate) }) : null,
        due: row.nextReviewDate,
        overdue: row.nextReviewDate !== null && row.nextReviewDate < today,
      })),
    },
  ];
}
