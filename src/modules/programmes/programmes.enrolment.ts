import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { emitPlaceMovedUp } from '../../platform/events/programme-events.ts';
import type { Executor } from '../../platform/db/pool.ts';
import { classificationInForce } from '../assessments/assessments.service.ts';
import { people } from '../people/people.service.ts';
import { type EligibilityFacts, ineligibilityReasons, ineligibleMessageKey, riskLevelOf } from './programmes.eligibility.ts';
import { ProgrammeRefused } from './programmes.errors.ts';
import { groupFinished, loadGroup } from './programmes.groups.queries.ts';
import { programmeEnrolments } from './programmes.tables.ts';

/** What eligibility is judged on: the person's record and the classification in force. */
export async function eligibilityFactsOf(tx: Executor, personId: string): Promise<EligibilityFacts> {
  const [person] = await tx
    .select({
      sex: people.sex,
      dateOfBirth: people.dateOfBirth,
      legalStatus: people.legalStatus,
      languages: people.languages,
      preferredLanguage: people.preferredLanguage,
    })
    .from(people)
    .where(eq(people.id, personId));
  if (!person) throw new ProgrammeRefused('not_found', 404);
  const classification = await classificationInForce(tx, personId);
  return { ...person, riskLevel: riskLevelOf(classification?.decision) };
}

/** How many places of a group are taken (enrolled people); waiting people hold none. */
export async function placesTaken(tx: Executor, groupId: string): Promise<number> {
  const [row] = await tx
    .select({ count: sql<number>`count(*)::int` })
    .from(programmeEnrolments)
    .where(and(eq(programmeEnrolments.groupId, groupId), eq(programmeEnrolments.status, 'enrolled')));
  return row?.count ?? 0;
}

/**
 * Enrols a person in a group, or puts them on its waiting list when it is full. It does not authorise: the
 * caller has, through `withPerson(..., { permission: 'programmes:enrol' })`. The group row is locked, so two
 * officers enrolling at once cannot both take the last place. Refused: a finished group, a person already
 * enrolled or waiting for the same programme, an ineligible person (with every reason).
 */
export async function enrolPerson(
  tx: Executor,
  input: { personId: string; groupId: string; userId: string; today: string },
): Promise<{ enrolmentId: string; status: 'enrolled' | 'waiting' }> {
  const group = await loadGroup(tx, input.groupId, { forUpdate: true });
  if (!group) throw new ProgrammeRefused('not_found', 404);
  if (await groupFinished(tx, group.id, input.today)) throw new ProgrammeRefused('group_finished', 409);
  const open = await tx
    .select({ id: programmeEnrolments.id })
    .from(programmeEnrolments)
    .where(
      and(
        eq(programmeEnrolments.personId, input.personId),
        eq(programmeEnrolments.programmeId, group.programme.id),
        inArray(programmeEnrolments.status, ['enrolled', 'waiting']),
      ),
    );
  if (open.length > 0) throw new ProgrammeRefused('already_enrolled', 409);
  const reasons = ineligibilityReasons(group.programme, await eligibilityFactsOf(tx, input.personId), input.today, group.language);
  if (reasons.length > 0) throw new ProgrammeRefused('ineligible', 400, { reasons: reasons.map(ineligibleMessageKey) });
  const status = (await placesTaken(tx, group.id)) < group.capacity ? ('enrolled' as const) : ('waiting' as const);
  const [row] = await tx
    .insert(programmeEnrolments)
    .values({
      groupId: group.id,
      programmeId: group.programme.id,
      personId: input.personId,
      status,
      enrolledOn: status === 'enrolled' ? input.today : null,
      createdBy: input.userId,
    })
    .returning({ id: programmeEnrolments.id });
  return { enrolmentId: row!.id, status };
}

/**
 * Fills free places from the waiting list, first come first served (by the time each person was put on it).
 * Called in the transaction that frees a place (a non-completion) or adds places (a larger capacity), with the
 * group row locked, so the person moved up is enrolled at once: no offer waits for an answer, and the enrolment
 * shows on their programmes tab and on the group page as enrolled from that day.
 */
export async function moveUpFromWaitingList(
  tx: Executor,
  groupId: string,
  capacity: number,
  change: { today: string; userId: string },
): Promise<string[]> {
  const { today } = change;
  const free = capacity - (await placesTaken(tx, groupId));
  if (free <= 0) return [];
  const next = await tx
    .select({ id: programmeEnrolments.id, personId: programmeEnrolments.personId })
    .from(programmeEnrolments)
    .where(and(eq(programmeEnrolments.groupId, groupId), eq(programmeEnrolments.status, 'waiting')))
    .orderBy(asc(programmeEnrolments.queuedAt), asc(programmeEnrolments.id))
    .limit(free);
  if (next.length === 0) return [];
  const ids = next.map((row) => row.id);
  await tx
    .update(programmeEnrolments)
    .set({ status: 'enrolled', enrolledOn: today, version: sql`${programmeEnrolments.version} + 1` })
    .where(inArray(programmeEnrolments.id, ids));
  for (const row of next) await emitPlaceMovedUp(tx, { enrolmentId: row.id, personId: row.personId, userId: change.userId, today });
  return ids;
}
