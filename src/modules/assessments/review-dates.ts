import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Database, Executor } from '../../platform/db/pool.ts';
import type { PersonEvent } from '../../platform/events/person-events.ts';
import { type PeopleActor, todayInBishkek, withPerson } from '../people/people.service.ts';
import { AssessmentRefused } from './assessments.errors.ts';
import { reviewDateAfterTrigger, type ReviewTrigger } from './assessments.review-policy.ts';
import { assessments } from './assessments.tables.ts';
import { type CHALLENGE_SUBJECTS, classifications, reviewDateChanges } from './classification.tables.ts';

type Subject = (typeof CHALLENGE_SUBJECTS)[number];
const tableOf = { assessment: assessments, classification: classifications } as const;
/** Decisions in force, whose review dates count: approved assessments, decided classifications. */
const IN_FORCE = { assessment: ['approved'], classification: ['confirmed', 'overridden'] } as const;
const PERMISSION = { assessment: 'assessments:review', classification: 'classification:decide' } as const;

/**
 * Moves a decision's next review date by hand: a reason is required, the date cannot be in the past, and the
 * change is kept (who, when, from, to, why) beside the decision.
 */
export async function changeReviewDate(
  db: Database,
  actor: PeopleActor,
  personId: string,
  input: { subject: Subject; subjectId: string; newDate: string; reason: string },
): Promise<void> {
  if (input.reason.trim() === '') throw new AssessmentRefused('review_date_reason_required', 400);
  if (input.newDate < todayInBishkek()) throw new AssessmentRefused('review_date_in_past', 400);
  await withPerson(
    db,
    actor,
    {
      personId,
      permission: PERMISSION[input.subject],
      action: `${input.subject}.review_date.change`,
      reason: input.reason,
      details: { id: input.subjectId, newDate: input.newDate },
    },
    async (tx, person) => {
      const table = tableOf[input.subject];
      const [row] = await tx
        .select({ id: table.id, nextReviewDate: table.nextReviewDate })
        .from(table)
        .where(and(eq(table.id, input.subjectId), eq(table.personId, person.id), inArray(table.status, [...IN_FORCE[input.subject]])))
        .for('update');
      if (!row) throw new AssessmentRefused('not_found', 404);
      await tx
        .update(table)
        .set({ nextReviewDate: input.newDate, rowVersion: sql`${table.rowVersion} + 1` })
        .where(eq(table.id, row.id));
      await tx.insert(reviewDateChanges).values({
        subjectType: input.subject,
        subjectId: row.id,
        personId: person.id,
        previousDate: row.nextReviewDate,
        newDate: input.newDate,
        reason: input.reason,
        changedBy: actor.user.id,
      });
    },
  );
}

/**
 * A change in the person's circumstances brings the review of every decision in force forward (never later),
 * in the transaction that records the change; each moved date is kept with the trigger as its reason.
 */
export async function applyReviewTrigger(
  tx: Executor,
  event: Pick<PersonEvent, 'personId' | 'userId' | 'today'> & { trigger: ReviewTrigger; releaseDate?: string | null },
) {
  for (const subject of ['assessment', 'classification'] as const) {
    const table = tableOf[subject];
    const rows = await tx
      .select({ id: table.id, nextReviewDate: table.nextReviewDate })
      .from(table)
      .where(and(eq(table.personId, event.personId), inArray(table.status, [...IN_FORCE[subject]])))
      .for('update');
    for (const row of rows) {
      const moved = reviewDateAfterTrigger(row.nextReviewDate, event.trigger, event.today, event.releaseDate);
      if (!moved.changed) continue;
      await tx
        .update(table)
        .set({ nextReviewDate: moved.date, rowVersion: sql`${table.rowVersion} + 1` })
        .where(eq(table.id, row.id));
      await tx.insert(reviewDateChanges).values({
        subjectType: subject,
        subjectId: row.id,
        personId: event.personId,
        previousDate: row.nextReviewDate,
        newDate: moved.date,
        trigger: event.trigger,
        reason: event.trigger,
        changedBy: event.userId,
      });
    }
  }
}

/**
 * The subscriber registered at start-up: a transfer, a sentence change or a concern report brings the review of
 * every decision in force forward to today. A release does not: the receiving probation office reviews on its
 * own schedule. (The pre-release review, 6 months before the expected release, is set when the next review is
 * approved: see `reviewDateOnApproval` in assessments.decisions.ts.)
 */
export const reviewOnPersonEvent = async (tx: Executor, event: PersonEvent): Promise<void> => {
  if (event.kind === 'release') return;
  await applyReviewTrigger(tx, { ...event, trigger: event.kind });
};

/** Every change of a decision's review date, oldest first, for the decision's page. */
export async function reviewDateChangesOf(tx: Executor, subject: Subject, subjectId: string) {
  return tx
    .select()
    .from(reviewDateChanges)
    .where(and(eq(reviewDateChanges.subjectType, subject), eq(reviewDateChanges.subjectId, subjectId)))
    .orderBy(reviewDateChanges.changedAt);
}
