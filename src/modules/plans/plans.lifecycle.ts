import { and, count, eq, inArray, sql } from 'drizzle-orm';
import type { Database } from '../../platform/db/pool.ts';
import { classificationInForce } from '../assessments/assessments.service.ts';
import { type PeopleActor, todayInBishkek, withPerson } from '../people/people.service.ts';
import { PlanRefused } from './plans.errors.ts';
import { recordHistory } from './plans.history.ts';
import { openPlanOf } from './plans.repository.ts';
import { nextPlanReview } from './plans.review-schedule.ts';
import { planStep } from './plans.steps.ts';
import { type AGREEMENTS, OPEN_ACTION_STATUSES, type PLAN_KINDS, planActions, planObjectives, plans } from './plans.tables.ts';
import { decisionRefusal, submissionRefusal } from './plans.workflow.ts';

type PlanKind = (typeof PLAN_KINDS)[number];

/**
 * Starts the person's plan: a sentence plan in prison, a supervision plan on probation (the form offers the one
 * their legal status suggests, see `planKindFor`; staff choose). Refused while another plan is open: one plan in
 * force per person (a unique index holds it under races too).
 */
export async function startPlan(db: Database, actor: PeopleActor, personId: string, kind: PlanKind): Promise<string> {
  return withPerson(db, actor, { personId, permission: 'plans:write', action: 'plan.start', forUpdate: true }, async (tx, person) => {
    if (await openPlanOf(tx, person.id)) throw new PlanRefused('plan_exists', 409);
    const [row] = await tx.insert(plans).values({ personId: person.id, kind, createdBy: actor.user.id }).returning({ id: plans.id });
    await recordHistory(tx, { planId: row!.id, event: 'start', userId: actor.user.id, details: { kind } });
    return row!.id;
  });
}

/** The person's agreement with the plan and their own words about it: the right to be heard. */
export async function recordAgreement(
  db: Database,
  actor: PeopleActor,
  input: { personId: string; rowVersion: number; agreement: (typeof AGREEMENTS)[number]; words: string; on: string },
): Promise<void> {
  await planStep(
    db,
    actor,
    {
      personId: input.personId,
      action: 'plan.agreement',
      step: 'agreement',
      rowVersion: input.rowVersion,
      details: { agreement: input.agreement },
    },
    async (tx, plan) => {
      await tx
        .update(plans)
        .set({ agreement: input.agreement, personWords: input.words || null, agreementOn: input.on })
        .where(eq(plans.id, plan.id));
      await recordHistory(tx, {
        planId: plan.id,
        event: 'agreement',
        userId: actor.user.id,
        details: { agreement: input.agreement, on: input.on, words: input.words || null },
      });
    },
  );
}

/** Sends the plan to a manager: refused without an objective or without the person's view recorded. */
export async function submitPlan(db: Database, actor: PeopleActor, personId: string, rowVersion: number): Promise<void> {
  await planStep(db, actor, { personId, action: 'plan.submit', step: 'submit', rowVersion }, async (tx, plan) => {
    const [objectives] = await tx.select({ n: count() }).from(planObjectives).where(eq(planObjectives.planId, plan.id));
    const refusal = submissionRefusal({ objectiveCount: objectives?.n ?? 0, agreement: plan.agreement });
    if (refusal) throw new PlanRefused(refusal, 400);
    await tx
      .update(plans)
      .set({ status: 'submitted', submittedBy: actor.user.id, submittedAt: sql`now()`, returnComment: null })
      .where(eq(plans.id, plan.id));
    await recordHistory(tx, { planId: plan.id, event: 'submit', userId: actor.user.id });
  });
}

/**
 * A manager's decision (`plans:approve`), never by whoever wrote or submitted the plan. Approval puts the plan in
 * force and sets the first review from the schedule (plans.review-schedule.ts); a return needs a comment.
 */
export async function decidePlan(
  db: Database,
  actor: PeopleActor,
  input: { personId: string; rowVersion: number; decision: 'approve' | 'return'; comment: string },
): Promise<void> {
  const comment = input.comment.trim();
  await planStep(
    db,
    actor,
    {
      personId: input.personId,
      action: `plan.${input.decision}`,
      step: 'decide',
      permission: 'plans:approve',
      rowVersion: input.rowVersion,
      reason: comment || undefined,
    },
    async (tx, plan, person) => {
      const refusal = decisionRefusal({
        decision: input.decision,
        comment,
        actorId: actor.user.id,
        authorIds: [plan.createdBy, plan.submittedBy],
      });
      if (refusal) throw new PlanRefused(refusal, 400);
      if (input.decision === 'return') {
        await tx.update(plans).set({ status: 'returned', returnComment: comment }).where(eq(plans.id, plan.id));
      } else {
        const intensity = (await classificationInForce(tx, person.id))?.decision.intensity ?? null;
        const nextReviewDate = nextPlanReview(plan.kind, intensity, todayInBishkek());
        await tx
          .update(plans)
          .set({ status: 'approved', approvedBy: actor.user.id, approvedAt: sql`now()`, returnComment: null, nextReviewDate })
          .where(eq(plans.id, plan.id));
      }
      await recordHistory(tx, { planId: plan.id, event: input.decision, userId: actor.user.id, reason: comment || null });
    },
  );
}

/** Closes the plan with a reason; refused while any action is still planned or in progress. */
export async function closePlan(db: Database, actor: PeopleActor, input: { personId: string; rowVersion: number; reason: string }) {
  const reason = input.reason.trim();
  if (reason === '') throw new PlanRefused('reason_required', 400);
  await planStep(
    db,
    actor,
    { personId: input.personId, action: 'plan.close', step: 'close', rowVersion: input.rowVersion, reason },
    async (tx, plan) => {
      const [open] = await tx
        .select({ n: count() })
        .from(planActions)
        .where(and(eq(planActions.planId, plan.id), inArray(planActions.status, [...OPEN_ACTION_STATUSES])));
      if ((open?.n ?? 0) > 0) throw new PlanRefused('open_actions', 409);
      await tx
        .update(plans)
        .set({ status: 'closed', closedBy: actor.user.id, closedAt: sql`now()`, closeReason: reason })
        .where(eq(plans.id, plan.id));
      await recordHistory(tx, { planId: plan.id, event: 'close', userId: actor.user.id, reason });
    },
  );
}
