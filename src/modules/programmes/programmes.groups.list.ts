import { sql } from 'drizzle-orm';
import type { SessionUser } from '../../platform/auth/sessions.ts';
import type { Executor } from '../../platform/db/pool.ts';
import type { LocalisedName } from '../../platform/org/org.tables.ts';
import { groupOpenSql } from './programmes.groups.queries.ts';
import { inUserScope } from './programmes.scope.ts';
import type { ENROLMENT_STATUSES } from './programmes.tables.ts';

export type GroupSummary = {
  id: string;
  code: string;
  title: LocalisedName;
  unitName: LocalisedName;
  facilitatorName: string;
  startsOn: string;
  language: string;
  room: string;
  capacity: number;
  enrolled: number;
  waiting: number;
  open: boolean;
};

/** The groups of the units where the user may read programmes, open ones first, then by start date. */
export async function groupsInScope(db: Executor, user: SessionUser, today: string): Promise<GroupSummary[]> {
  const result = await db.execute<GroupSummary>(sql`
    select g.id, p.code, p.title, u.name as "unitName", f.display_name as "facilitatorName",
      to_char(g.starts_on, 'YYYY-MM-DD') as "startsOn", g.language, g.room, g.capacity,
      (select count(*)::int from programme_enrolments e where e.group_id = g.id and e.status = 'enrolled') as enrolled,
      (select count(*)::int from programme_enrolments e where e.group_id = g.id and e.status = 'waiting') as waiting,
      ${groupOpenSql(sql`g.id`, today)} as open
    from programme_groups g join programmes p on p.id = g.programme_id
      join org_units u on u.id = g.unit_id join users f on f.id = g.facilitator_id
    where ${inUserScope(user, 'programmes:read', sql`g.unit_id`)}
    order by 12 desc, g.starts_on desc, p.code
    limit 500`);
  return result.rows;
}

export type GroupMember = {
  enrolmentId: string;
  personId: string;
  name: string;
  status: (typeof ENROLMENT_STATUSES)[number];
  version: number;
  queuedAt: Date;
  enrolledOn: string | null;
  attended: number;
  absent: number;
  outcomeReason: string | null;
  outcomeNote: string | null;
};

/** Everyone who has held or waits for a place in the group: enrolled first, then the waiting list in its order. */
export async function membersOf(tx: Executor, groupId: string): Promise<GroupMember[]> {
  const result = await tx.execute<GroupMember>(sql`
    select e.id as "enrolmentId", e.person_id as "personId",
      concat_ws(' ', p.family_name, p.given_name, p.patronymic) as name, e.status, e.version,
      e.queued_at as "queuedAt", to_char(e.enrolled_on, 'YYYY-MM-DD') as "enrolledOn",
      (select count(*)::int from programme_attendance a where a.enrolment_id = e.id and a.attended) as attended,
      (select count(*)::int from programme_attendance a where a.enrolment_id = e.id and not a.attended) as absent,
      e.outcome_reason as "outcomeReason", e.outcome_note as "outcomeNote"
    from programme_enrolments e join people p on p.id = e.person_id
    where e.group_id = ${groupId}
    order by case e.status when 'enrolled' then 0 when 'waiting' then 1 else 2 end, e.queued_at, e.id`);
  return result.rows;
}
