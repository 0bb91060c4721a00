import { eq } from 'drizzle-orm';
import type { Database, Executor } from '../../platform/db/pool.ts';
import { classificationInForce } from '../assessments/assessments.service.ts';
import { type PeopleActor, todayInBishkek } from '../people/people.service.ts';
import { PlanRefused } from './plans.errors.ts';
import { recordHistory } from './plans.history.ts';
import { objectivesOf, type PlanRow } from './plans.repository.ts';
import { nextPlanReview } from './plans.review-schedule.ts';
import { planStep } from './plans.steps.ts';
import { planProgressNotes, planReviews, plans } from './plans.tables.ts';

/** The review date the schedule gives from today: what the review form offers before staff change it. */
export async function scheduledReviewDate(tx: Executor, plan: Pick<PlanRow, 'kind' | 'personId'>, today: string): Promise<string> {
  const intensity = (await classificationInForce(tx, plan.personId))?.decision.intensity ?? null;
  return nextPlanReview(plan.kind, intensity, today);
}

/**
 * A review of an approved plan: a summary, progress on each objective (only the ones written about), and the
 * next review date, which must be after today — a review that sets none, or one already past, would drop the
 * plan off every worklist.
 */
export async function recordReview(
  db: Database,
  actor: PeopleActor,
  input: { personId: string; rowVersion: number; summary: string; notes: Record<string, string>; nextReviewDate: string },
): Promise<void> {
  const today = todayInBishkek();
  if (input.nextReviewDate <= today) throw new PlanRefused('review_date_in_past', 400);
  await planStep(
    db,
    actor,
    { personId: input.personId, action: 'plan.review', step: 'review', rowVersion: input.rowVersion },
    async (tx, plan) => {
      const objectiveIds = new Set((await objectivesOf(tx, plan.id)).map((objective) => objective.id));
      const [review] = await tx
        .insert(planReviews)
        .values({
          planId: plan.id,
          reviewedOn: today,
          summary: input.summary.trim(),
          nextReviewDate: input.nextReviewDate,
          reviewedBy: actor.user.id,
        })
        .returning({ id: planReviews.id });
      const notes = Object.entries(input.notes)
        .map(([objectiveId, note]) => ({ objectiveId, note: note.trim() }))
        .filter((entry) => entry.note !== '' && objectiveIds.has(entry.objectiveId));
      if (notes.length > 0) await tx.insert(planProgressNotes).values(notes.map((entry) => ({ ...entry, reviewId: review!.id })));
      await tx.update(plans).set({ nextReviewDate: input.nextReviewDate }).where(eq(plans.id, plan.id));
      await recordHistory(tx, {
        planId: plan.id,
        event: 'review',
        userId: actor.user.id,
        reason: input.summary.trim(),
        details: { from: plan.nextReviewDate, to: input.nextReviewDate },
      });
    },
  );
}
