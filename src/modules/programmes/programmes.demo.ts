import { and, asc, eq, sql } from 'drizzle-orm';
import { type AuditActor, recordAudit } from '../../platform/audit/audit.service.ts';
import { users } from '../../platform/auth/auth.tables.ts';
import type { Database } from '../../platform/db/pool.ts';
import { orgUnits } from '../../platform/org/org.tables.ts';
import { people, todayInBishkek } from '../people/people.service.ts';
import { programmeAttendance, programmeEnrolments, programmeGroups, programmes, programmeSessions } from './programmes.tables.ts';

type DemoGroup = {
  programme: string;
  unit: string;
  facilitator: string;
  room: string;
  roomPlaces: number;
  capacity: number;
  /** Days from today of the first session; then weekly, `sessions` times. */
  firstDay: number;
  sessions: number;
  /** How many people of the unit to enrol (beyond the capacity they wait). */
  people: number;
};

/**
 * Groups for the demo accounts: in colony No. 47 one running today (the facilitator's session day has work),
 * one starting soon with a waiting list; in the Osh probation office an employment-readiness group.
 */
const DEMO_GROUPS: readonly DemoGroup[] = [
  {
    programme: 'EDUCATION_LITERACY',
    unit: 'PRISON_47',
    facilitator: 'facilitator',
    room: 'Класс 1',
    roomPlaces: 14,
    capacity: 10,
    firstDay: -14,
    sessions: 8,
    people: 8,
  },
  {
    programme: 'DISENGAGEMENT',
    unit: 'PRISON_47',
    facilitator: 'facilitator',
    room: 'Китепкана',
    roomPlaces: 8,
    capacity: 6,
    firstDay: 3,
    sessions: 12,
    people: 8,
  },
  {
    programme: 'EMPLOYMENT_READINESS',
    unit: 'PROBATION_OSH',
    facilitator: 'facilitator.osh',
    room: 'Жолугушуу бөлмөсү',
    roomPlaces: 12,
    capacity: 10,
    firstDay: -7,
    sessions: 8,
    people: 6,
  },
];

const dayFrom = (today: string, offset: number) => {
  const date = new Date(`${today}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + offset);
  return date.toISOString().slice(0, 10);
};

/** Loads the demo groups once (nothing when any group exists), with past sessions held and everyone present. */
export async function loadDemoProgrammeGroups(db: Database, audit: AuditActor): Promise<number> {
  const today = todayInBishkek();
  return db.transaction(async (tx) => {
    const [{ count } = { count: 0 }] = (await tx.execute<{ count: number }>(sql`select count(*)::int as count from programme_groups`)).rows;
    if (count > 0) return 0;
    let created = 0;
    for (const demo of DEMO_GROUPS) {
      const [programme] = await tx.select().from(programmes).where(eq(programmes.code, demo.programme));
      const [unit] = await tx.select().from(orgUnits).where(eq(orgUnits.code, demo.unit));
      const [facilitator] = await tx.select().from(users).where(eq(users.username, demo.facilitator));
      if (!programme || !unit || !facilitator) continue;
      const days = Array.from({ length: demo.sessions }, (_, index) => dayFrom(today, demo.firstDay + 7 * index));
      const [group] = await tx
        .insert(programmeGroups)
        .values({
          programmeId: programme.id,
          unitId: unit.id,
          facilitatorId: facilitator.id,
          startsOn: days[0]!,
          room: demo.room,
          roomPlaces: demo.roomPlaces,
          capacity: demo.capacity,
          language: 'ky',
          createdBy: facilitator.id,
        })
        .returning();
      const sessions = await tx
        .insert(programmeSessions)
        .values(
          days.map((heldOn, index) => ({
            groupId: group!.id,
            number: index + 1,
            heldOn,
            startsAt: '10:00',
            endsAt: '11:30',
            ...(heldOn < today ? { status: 'held' as const, recordedBy: facilitator.id, recordedAt: new Date() } : {}),
          })),
        )
        .returning();
      const members = await tx
        .select({ id: people.id })
        .from(people)
        .where(
          and(eq(people.unitId, unit.id), sql`${people.mergedIntoId} is null`, sql`${people.dateOfBirth} <= ${dayFrom(today, -18 * 366)}`),
        )
        .orderBy(asc(people.familyName), asc(people.id))
        .limit(demo.people);
      for (const [index, member] of members.entries()) {
        const enrolled = index < demo.capacity;
        const [place] = await tx
          .insert(programmeEnrolments)
          .values({
            groupId: group!.id,
            programmeId: programme.id,
            personId: member.id,
            status: enrolled ? 'enrolled' : 'waiting',
            enrolledOn: enrolled ? days[0]! : null,
            queuedAt: new Date(Date.now() + index),
            createdBy: facilitator.id,
          })
          .onConflictDoNothing()
          .returning();
        if (!place || !enrolled) continue;
        const held = sessions.filter((session) => session.status === 'held');
        if (held.length > 0)
          await tx
            .insert(programmeAttendance)
            .values(held.map((session) => ({ sessionId: session.id, enrolmentId: place.id, attended: true, recordedBy: facilitator.id })));
      }
      created += 1;
    }
    await recordAudit(tx, audit, { action: 'programme.demo.load', details: { groups: created } });
    return created;
  });
}
