import { and, eq, sql } from 'drizzle-orm';
import { authorise } from '../../platform/access/authorise.ts';
import { fieldChanges } from '../../platform/audit/audit.service.ts';
import type { Database, Executor } from '../../platform/db/pool.ts';
import type { PeopleActor } from '../people/people.service.ts';
import { moveUpFromWaitingList, placesTaken } from './programmes.enrolment.ts';
import { ProgrammeRefused } from './programmes.errors.ts';
import { loadGroup, sessionsOf } from './programmes.groups.queries.ts';
import { type DELIVERY_LANGUAGES, programmeGroups, programmeSessions } from './programmes.tables.ts';

export type PlannedSession = { heldOn: string; startsAt: string; endsAt: string };

/** A group as the form gives it, checked (see pages/groups/group.form.ts). */
export type GroupInput = {
  programmeId: string;
  unitId: string;
  facilitatorId: string;
  room: string;
  roomPlaces: number;
  capacity: number;
  language: (typeof DELIVERY_LANGUAGES)[number];
  /** The sessions still to be held, in order; held sessions are never changed by an edit. */
  sessions: PlannedSession[];
};

/** Creates a group and its schedule, audited as `programme.group.create` against the group's unit. */
export async function createGroup(db: Database, actor: PeopleActor, input: GroupInput): Promise<string> {
  return db.transaction(async (tx) => {
    const [group] = await tx
      .insert(programmeGroups)
      .values({ ...groupValues(input), startsOn: input.sessions[0]!.heldOn, createdBy: actor.user.id })
      .returning({ id: programmeGroups.id });
    const id = group!.id;
    await authorise(tx, {
      actor: actor.user,
      audit: actor.audit,
      permission: 'programmes:manage',
      action: 'programme.group.create',
      record: { resourceType: 'programme_group', resourceId: id, unitId: input.unitId },
      changes: fieldChanges<Record<string, unknown>>({}, { ...groupValues(input), sessions: input.sessions.length }),
    });
    await insertSessions(tx, id, input.sessions, 1);
    return id;
  });
}

const groupValues = (input: Omit<GroupInput, 'sessions'>) => ({
  programmeId: input.programmeId,
  unitId: input.unitId,
  facilitatorId: input.facilitatorId,
  room: input.room,
  roomPlaces: input.roomPlaces,
  capacity: input.capacity,
  language: input.language,
});

async function insertSessions(tx: Executor, groupId: string, sessions: PlannedSession[], firstNumber: number) {
  if (sessions.length === 0) return;
  await tx.insert(programmeSessions).values(sessions.map((session, index) => ({ groupId, number: firstNumber + index, ...session })));
}

/**
 * Changes a group: a stale version is refused; the unit and programme stay as created (people are enrolled
 * against them). The planned sessions are replaced by the form's; held and cancelled ones stay as they are.
 * A larger capacity fills the new places from the waiting list at once.
 */
export async function updateGroup(
  db: Database,
  actor: PeopleActor,
  input: { groupId: string; version: number; today: string; group: Omit<GroupInput, 'programmeId' | 'unitId'> },
): Promise<{ movedUp: string[] }> {
  return db.transaction(async (tx) => {
    const group = await loadGroup(tx, input.groupId, { forUpdate: true });
    if (!group) throw new ProgrammeRefused('not_found', 404);
    const changes = { ...input.group, programmeId: group.programmeId, unitId: group.unitId };
    await authorise(tx, {
      actor: actor.user,
      audit: actor.audit,
      permission: 'programmes:manage',
      action: 'programme.group.update',
      record: { resourceType: 'programme_group', resourceId: group.id, unitId: group.unitId },
      changes: fieldChanges<Record<string, unknown>>(groupValues(group), {
        ...groupValues(changes),
        sessionsPlanned: input.group.sessions.length,
      }),
    });
    if (group.version !== input.version) throw new ProgrammeRefused('stale', 409);
    if (input.group.capacity < (await placesTaken(tx, group.id))) throw new ProgrammeRefused('capacity_below_enrolled', 409);
    const kept = (await sessionsOf(tx, group.id)).filter((session) => session.status !== 'planned');
    await tx.delete(programmeSessions).where(and(eq(programmeSessions.groupId, group.id), eq(programmeSessions.status, 'planned')));
    const lastNumber = kept.reduce((highest, session) => Math.max(highest, session.number), 0);
    await insertSessions(tx, group.id, input.group.sessions, lastNumber + 1);
    const firstDay = [...kept.map((session) => session.heldOn), ...input.group.sessions.map((session) => session.heldOn)].sort()[0];
    await tx
      .update(programmeGroups)
      .set({
        ...groupValues(changes),
        startsOn: firstDay ?? group.startsOn,
        updatedBy: actor.user.id,
        updatedAt: new Date(),
        version: sql`${programmeGroups.version} + 1`,
      })
      .where(eq(programmeGroups.id, group.id));
    const movedUp =
      input.group.capacity > group.capacity
        ? await moveUpFromWaitingList(tx, group.id, input.group.capacity, { today: input.today, userId: actor.user.id })
        : [];
    return { movedUp };
  });
}
