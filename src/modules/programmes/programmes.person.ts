import { desc, eq, sql } from 'drizzle-orm';
import type { SessionUser } from '../../platform/auth/sessions.ts';
import type { Executor } from '../../platform/db/pool.ts';
import type { MessageKey } from '../../platform/i18n/catalog.ts';
import type { LocalisedName } from '../../platform/org/org.tables.ts';
import { todayInBishkek } from '../people/people.service.ts';
import { ineligibilityReasons, ineligibleMessageKey } from './programmes.eligibility.ts';
import { eligibilityFactsOf } from './programmes.enrolment.ts';
import { groupOpenSql } from './programmes.groups.queries.ts';
import { inUserScope } from './programmes.scope.ts';
import { type ENROLMENT_STATUSES, programmeEnrolments, programmeGroups, programmes } from './programmes.tables.ts';

export type OpenGroup = {
  groupId: string;
  programmeCode: string;
  title: LocalisedName;
  unitName: LocalisedName;
  startsOn: string;
  language: string;
  placesLeft: number;
  waiting: number;
  eligible: boolean;
  ineligibleReasons: MessageKey[];
};

/**
 * The groups a person could join: in the user's scope for enrolling, not finished, with the places left and
 * whether the person is eligible (and if not, why). A full group is still listed: enrolling puts the person
 * on its waiting list.
 */
export async function openGroupsFor(tx: Executor, personId: string, user: SessionUser): Promise<OpenGroup[]> {
  const today = todayInBishkek();
  const result = await tx.execute<{
    id: string;
    starts_on: string;
    language: string;
    capacity: number;
    code: string;
    title: LocalisedName;
    unit_name: LocalisedName;
    enrolled: number;
    waiting: number;
  }>(sql`
    select g.id, to_char(g.starts_on, 'YYYY-MM-DD') as starts_on, g.language, g.capacity, p.code, p.title, u.name as unit_name,
      (select count(*)::int from programme_enrolments e where e.group_id = g.id and e.status = 'enrolled') as enrolled,
      (select count(*)::int from programme_enrolments e where e.group_id = g.id and e.status = 'waiting') as waiting
    from programme_groups g join programmes p on p.id = g.programme_id join org_units u on u.id = g.unit_id
    where p.status = 'active' and ${inUserScope(user, 'programmes:enrol', sql`g.unit_id`)} and ${groupOpenSql(sql`g.id`, today)}
    order by g.starts_on, p.code`);
  if (result.rows.length === 0) return [];
  const facts = await eligibilityFactsOf(tx, personId);
  const rules = new Map((await tx.select().from(programmes)).map((programme) => [programme.code, programme]));
  return result.rows.map((row) => {
    const reasons = ineligibilityReasons(rules.get(row.code)!, facts, today, row.language);
    return {
      groupId: row.id,
      programmeCode: row.code,
      title: row.title,
      unitName: row.unit_name,
      startsOn: row.starts_on,
      language: row.language,
      placesLeft: Math.max(0, row.capacity - row.enrolled),
      waiting: row.waiting,
      eligible: reasons.length === 0,
      ineligibleReasons: reasons.map(ineligibleMessageKey),
    };
  });
}

export type PersonEnrolment = {
  enrolmentId: string;
  programmeCode: string;
  title: LocalisedName;
  groupId: string;
  unitName: LocalisedName;
  status: (typeof ENROLMENT_STATUSES)[number];
  /** 1-based place on the waiting list; null unless waiting. */
  waitingPosition: number | null;
  sessionsAttended: number;
  sessionsHeld: number;
  sessionsPlanned: number;
  /** The non-completion reason code (`programmes.nonCompletion.<code>`); null otherwise. */
  outcomeReason: string | null;
  outcomeNote: string | null;
  outcomeOn: string | null;
  enrolledOn: string | null;
};

/** Every place the person has had on a programme, newest first, with attendance so far. */
export async function enrolmentsOfPerson(tx: Executor, personId: string): Promise<PersonEnrolment[]> {
  const rows = await tx
    .select({
      enrolment: programmeEnrolments,
      code: programmes.code,
      title: programmes.title,
      unitName: sql<LocalisedName>`(select name from org_units where id = ${programmeGroups.unitId})`,
      attended: sql<number>`(select count(*)::int from programme_attendance a where a.enrolment_id = ${programmeEnrolments.id} and a.attended)`,
      held: sql<number>`(select count(*)::int from programme_sessions s where s.group_id = ${programmeGroups.id} and s.status = 'held')`,
      planned: sql<number>`(select count(*)::int from programme_sessions s where s.group_id = ${programmeGroups.id} and s.status <> 'cancelled')`,
      position: sql<
        number | null
      >`case when ${programmeEnrolments.status} = 'waiting' then (select count(*)::int from programme_enrolments w
        where w.group_id = ${programmeEnrolments.groupId} and w.status = 'waiting'
          and (w.queued_at, w.id) <= (${programmeEnrolments.queuedAt}, ${programmeEnrolments.id})) end`,
    })
    .from(programmeEnrolments)
    .innerJoin(programmeGroups, eq(programmeGroups.id, programmeEnrolments.groupId))
    .innerJoin(programmes, eq(programmes.id, programmeEnrolments.programmeId))
    .where(eq(programmeEnrolments.personId, personId))
    .orderBy(desc(programmeEnrolments.createdAt));
  return rows.map((row) => ({
    enrolmentId: row.enrolment.id,
    programmeCode: row.code,
    title: row.title,
    groupId: row.enrolment.groupId,
    unitName: row.unitName,
    status: row.enrolment.status,
    waitingPosition: row.position,
    sessionsAttended: row.attended,
    sessionsHeld: row.held,
    sessionsPlanned: row.planned,
    outcomeReason: row.enrolment.outcomeReason,
    outcomeNote: row.enrolment.outcomeNote,
    outcomeOn: row.enrolment.outcomeOn,
    enrolledOn: row.enrolment.enrolledOn,
  }));
}
