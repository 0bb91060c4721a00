import { and, asc, eq, ne, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/pool.ts';
import type { AttendanceMark } from './programmes.delivery.ts';
import { isUuid, type LoadedGroup, loadGroup, type SessionRow } from './programmes.groups.queries.ts';
import { programmeGroups, programmeSessions } from './programmes.tables.ts';

export type SessionMember = {
  enrolmentId: string;
  personId: string;
  name: string;
  /** What was recorded before (recording again corrects it); null when not yet recorded. */
  mark: Pick<AttendanceMark, 'attended' | 'absenceReason' | 'note'> | null;
};

export type SessionSheet = { session: SessionRow; group: LoadedGroup; members: SessionMember[] };

/**
 * One session with the people enrolled in its group now and any attendance already recorded for them. People
 * whose place has ended keep their earlier marks, untouched by a later correction of the sheet.
 */
export async function sessionSheet(tx: Executor, session: SessionRow): Promise<SessionSheet | undefined> {
  const group = await loadGroup(tx, session.groupId);
  if (!group) return undefined;
  const result = await tx.execute<{
    enrolment_id: string;
    person_id: string;
    name: string;
    attended: boolean | null;
    absence_reason: AttendanceMark['absenceReason'];
    note: string | null;
  }>(sql`
    select e.id as enrolment_id, e.person_id, concat_ws(' ', p.family_name, p.given_name, p.patronymic) as name,
      a.attended, a.absence_reason, a.note
    from programme_enrolments e join people p on p.id = e.person_id
      left join programme_attendance a on a.enrolment_id = e.id and a.session_id = ${session.id}
    where e.group_id = ${group.id} and e.status = 'enrolled'
    order by p.family_name, p.given_name`);
  return {
    session,
    group,
    members: result.rows.map((row) => ({
      enrolmentId: row.enrolment_id,
      personId: row.person_id,
      name: row.name,
      mark: row.attended === null ? null : { attended: row.attended, absenceReason: row.absence_reason, note: row.note },
    })),
  };
}

/** The user's own sessions of a day (as facilitator), in time order. */
export async function sessionsOfFacilitator(tx: Executor, userId: string, day: string): Promise<SessionRow[]> {
  return tx
    .select({ session: programmeSessions })
    .from(programmeSessions)
    .innerJoin(programmeGroups, eq(programmeGroups.id, programmeSessions.groupId))
    .where(and(eq(programmeGroups.facilitatorId, userId), eq(programmeSessions.heldOn, day), ne(programmeSessions.status, 'cancelled')))
    .orderBy(asc(programmeSessions.startsAt), asc(programmeSessions.id))
    .then((rows) => rows.map((row) => row.session));
}

export async function sessionById(tx: Executor, id: string): Promise<SessionRow | undefined> {
  if (!isUuid(id)) return undefined;
  const [row] = await tx.select().from(programmeSessions).where(eq(programmeSessions.id, id));
  return row;
}
