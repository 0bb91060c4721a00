import { sql } from 'drizzle-orm';
import { authorise } from '../../../../platform/access/authorise.ts';
import { rolePermits } from '../../../../platform/auth/roles.ts';
import type { SessionUser } from '../../../../platform/auth/sessions.ts';
import type { Database, Executor } from '../../../../platform/db/pool.ts';
import type { LocalisedName } from '../../../../platform/org/org.tables.ts';
import type { PeopleActor } from '../../../people/people.service.ts';
import type { LocalisedText } from '../../instruments/instrument.definition.ts';

/** Reviews falling due within this many days are listed with the overdue ones. */
export const DUE_WITHIN_DAYS = 30;
/** A worklist longer than this is not read by anyone; the oldest due items come first. */
const WORKLIST_LIMIT = 500;

export type WorkItem = {
  subject: 'assessment' | 'classification';
  id: string;
  personId: string;
  status: string;
  reviewDate: string | null;
  since: Date;
  instrumentName: LocalisedText | null;
  familyName: string;
  givenName: string;
  patronymic: string | null;
  unitName: LocalisedName;
};

/** The units where the user's roles let them read assessments: the roots of the subtrees the worklist covers. */
export const worklistScopeOf = (user: SessionUser): string[] => [
  ...new Set(user.roles.filter((entry) => rolePermits(entry.role, 'assessments:read')).map((entry) => entry.orgUnitId)),
];

/** yyyy-mm-dd plus a number of days, as calendar dates (no time zone). */
export function addDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(Date.UTC(year!, month! - 1, day! + days)).toISOString().slice(0, 10);
}

/**
 * What waits for the user's units: approved assessments and decided classifications whose review falls within
 * DUE_WITHIN_DAYS of today or is past, assessments submitted or returned, and Kadam's proposals waiting for
 * the committee. People merged into another record are left out. The view is audited (no single record).
 */
export async function worklistOf(db: Database, actor: PeopleActor, today: string): Promise<WorkItem[]> {
  return db.transaction(async (tx) => {
    await authorise(tx, { actor: actor.user, audit: actor.audit, permission: 'assessments:read', action: 'assessments.worklist.view' });
    return worklistItemsIn(tx, worklistScopeOf(actor.user), today);
  });
}

/** The worklist's items under the given units, read in the caller's (already audited) transaction. */
export async function worklistItemsIn(tx: Executor, roots: string[], today: string): Promise<WorkItem[]> {
  if (roots.length === 0) return [];
  const horizon = addDays(today, DUE_WITHIN_DAYS);
  const rootArray = sql`array[${sql.join(
    roots.map((id) => sql`${id}::uuid`),
    sql`, `,
  )}]::uuid[]`;
  const result = await tx.execute<WorkItem & Record<string, unknown>>(sql`
      with recursive scope(id) as (
        select unnest(${rootArray}) union select o.id from org_units o join scope s on o.parent_id = s.id
      ),
      items as (
        select 'assessment' as subject, a.id, a.person_id, a.status, a.next_review_date as review_date,
               coalesce(a.submitted_at, a.updated_at) as since, i.name as instrument_name
        from assessments a
        join instrument_versions v on v.id = a.instrument_version_id
        join instruments i on i.id = v.instrument_id
        where (a.status = 'approved' and a.next_review_date <= ${horizon}::date) or a.status in ('submitted', 'returned')
        union all
        select 'classification', c.id, c.person_id, c.status, c.next_review_date, c.proposed_at, null
        from classifications c
        where (c.status in ('confirmed', 'overridden') and c.next_review_date <= ${horizon}::date) or c.status = 'proposed'
      )
      select items.subject, items.id, items.person_id as "personId", items.status,
             to_char(items.review_date, 'YYYY-MM-DD') as "reviewDate", items.since, items.instrument_name as "instrumentName",
             p.family_name as "familyName", p.given_name as "givenName", p.patronymic, u.name as "unitName"
      from items
      join people p on p.id = items.person_id
      join org_units u on u.id = p.unit_id
      where p.merged_into_id is null and p.unit_id in (select id from scope)
      order by items.review_date nulls last, items.since
      limit ${WORKLIST_LIMIT}`);
  return result.rows.map((row) => ({ ...row, since: new Date(row.since) }));
}
