import { and, eq, sql } from 'drizzle-orm';
import { authorise, type ScopedRecord } from '../../platform/access/authorise.ts';
import type { Database } from '../../platform/db/pool.ts';
import { emitEnrolmentOutcome } from '../../platform/events/programme-events.ts';
import type { PeopleActor } from '../people/people.service.ts';
import { moveUpFromWaitingList } from './programmes.enrolment.ts';
import { ProgrammeRefused } from './programmes.errors.ts';
import { groupFinished, isUuid, type LoadedGroup, loadGroup } from './programmes.groups.queries.ts';
import {
  type ABSENCE_REASONS,
  type NON_COMPLETION_REASONS,
  programmeAttendance,
  programmeEnrolments,
  programmeSessions,
} from './programmes.tables.ts';

/**
 * A group as a scoped record: its unit, and its facilitator as the one the work is allocated to. Managers
 * (`programmes:manage`) of the unit may act for any facilitator.
 */
export const groupRecord = (
  group: Pick<LoadedGroup, 'id' | 'unitId' | 'facilitatorId'>,
  resourceType = 'programme_group',
): ScopedRecord => ({
  resourceType,
  resourceId: group.id,
  unitId: group.unitId,
  allocation: { userIds: [group.facilitatorId], allocationOverride: 'programmes:manage' },
});

export type AttendanceMark = {
  enrolmentId: string;
  attended: boolean;
  absenceReason: (typeof ABSENCE_REASONS)[number] | null;
  note: string | null;
};

/**
 * Records a session as held: attendance of each enrolled person and the facilitator's notes, in one transaction
 * audited as `programme.session.record`. A session on a future day is refused (nothing can have been attended
 * yet); every mark must be for a person enrolled in the group, and an absence needs a reason from the list.
 * Recording again corrects the earlier marks.
 */
export async function recordSession(
  db: Database,
  actor: PeopleActor,
  input: { sessionId: string; today: string; notes: string | null; marks: AttendanceMark[] },
): Promise<{ groupId: string }> {
  return db.transaction(async (tx) => {
    const session = isUuid(input.sessionId)
      ? (await tx.select().from(programmeSessions).where(eq(programmeSessions.id, input.sessionId)).for('update'))[0]
      : undefined;
    const group = session && (await loadGroup(tx, session.groupId));
    if (!session || !group) throw new ProgrammeRefused('not_found', 404);
    await authorise(tx, {
      actor: actor.user,
      audit: actor.audit,
      permission: 'programmes:deliver',
      action: 'programme.session.record',
      record: { ...groupRecord(group, 'programme_session'), resourceId: session.id },
      details: { groupId: group.id, number: session.number, present: input.marks.filter((mark) => mark.attended).length },
    });
    if (session.heldOn > input.today) throw new ProgrammeRefused('session_in_future', 409);
    const enrolled = new Set(
      (
        await tx
          .select({ id: programmeEnrolments.id })
          .from(programmeEnrolments)
          .where(and(eq(programmeEnrolments.groupId, group.id), eq(programmeEnrolments.status, 'enrolled')))
      ).map((row) => row.id),
    );
    for (const mark of input.marks) {
      if (!enrolled.has(mark.enrolmentId)) throw new ProgrammeRefused('not_enrolled', 400);
      if (!mark.attended && !mark.absenceReason) throw new ProgrammeRefused('reason_required', 400);
      const values = {
        attended: mark.attended,
        absenceReason: mark.attended ? null : mark.absenceReason,
        note: mark.note,
        recordedBy: actor.user.id,
        recordedAt: new Date(),
      };
      await tx
        .insert(programmeAttendance)
        .values({ sessionId: session.id, enrolmentId: mark.enrolmentId, ...values })
        .onConflictDoUpdate({ target: [programmeAttendance.sessionId, programmeAttendance.enrolmentId], set: values });
    }
    await tx
      .update(programmeSessions)
      .set({ status: 'held', notes: input.notes, recordedBy: actor.user.id, recordedAt: new Date() })
      .where(eq(programmeSessions.id, session.id));
    return { groupId: group.id };
  });
}

/**
 * Ends a person's place: completed, or not completed with a reason from the list (and the facilitator's
 * words). In the same transaction it emits the outcome event (the plans module records it on the plan action)
 * and, when a place was freed in a group still running, moves the first waiting person up.
 */
export async function recordOutcome(
  db: Database,
  actor: PeopleActor,
  input: {
    groupId: string;
    enrolmentId: string;
    version: number;
    outcome: 'completed' | 'not_completed';
    reason: (typeof NON_COMPLETION_REASONS)[number] | null;
    note: string | null;
    today: string;
  },
): Promise<{ movedUp: string[] }> {
  return db.transaction(async (tx) => {
    const group = await loadGroup(tx, input.groupId, { forUpdate: true });
    if (!group) throw new ProgrammeRefused('not_found', 404);
    const [enrolment] = isUuid(input.enrolmentId)
      ? await tx
          .select()
          .from(programmeEnrolments)
          .where(and(eq(programmeEnrolments.id, input.enrolmentId), eq(programmeEnrolments.groupId, group.id)))
          .for('update')
      : [];
    await authorise(tx, {
      actor: actor.user,
      audit: actor.audit,
      permission: 'programmes:deliver',
      action: `programme.enrolment.${input.outcome}`,
      record: { ...groupRecord(group, 'programme_enrolment'), resourceId: input.enrolmentId, personId: enrolment?.personId ?? null },
      details: { groupId: group.id, reason: input.reason },
      reason: input.note,
    });
    if (!enrolment) throw new ProgrammeRefused('not_found', 404);
    if (enrolment.version !== input.version) throw new ProgrammeRefused('stale', 409);
    if (enrolment.status !== 'enrolled' && enrolment.status !== 'waiting') throw new ProgrammeRefused('not_enrolled', 409);
    if (input.outcome === 'completed' && enrolment.status === 'waiting') throw new ProgrammeRefused('not_enrolled', 409);
    if (input.outcome === 'not_completed' && !input.reason) throw new ProgrammeRefused('reason_required', 400);
    await tx
      .update(programmeEnrolments)
      .set({
        status: input.outcome,
        outcomeReason: input.outcome === 'completed' ? null : input.reason,
        outcomeNote: input.note,
        outcomeOn: input.today,
        outcomeBy: actor.user.id,
        version: sql`${programmeEnrolments.version} + 1`,
      })
      .where(eq(programmeEnrolments.id, enrolment.id));
    await emitEnrolmentOutcome(tx, {
      enrolmentId: enrolment.id,
      personId: enrolment.personId,
      programmeCode: group.programme.code,
      outcome: input.outcome,
      reason: input.outcome === 'completed' ? null : (input.note ?? input.reason),
      userId: actor.user.id,
      today: input.today,
    });
    const freed = enrolment.status === 'enrolled' && !(await groupFinished(tx, group.id, input.today));
    return {
      movedUp: freed ? await moveUpFromWaitingList(tx, group.id, group.capacity, { today: input.today, userId: actor.user.id }) : [],
    };
  });
}
