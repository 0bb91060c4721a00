import { eq, sql } from 'drizzle-orm';
import type { Database, Executor } from '../../platform/db/pool.ts';
import type { EnrolmentOutcomeEvent, PlaceMovedUpEvent } from '../../platform/events/programme-events.ts';
import { AppError } from '../../platform/http/errors.ts';
import { type PeopleActor, todayInBishkek } from '../people/people.service.ts';
import { enrolPerson } from '../programmes/programmes.service.ts';
import { actionOfPlan } from './plans.actions.ts';
import { PlanRefused } from './plans.errors.ts';
import { recordHistory } from './plans.history.ts';
import { planStep } from './plans.steps.ts';
import { planActions, plans } from './plans.tables.ts';

/**
 * Enrols the person on a programme group from a programme action of their plan, through the programmes
 * module (which checks eligibility and capacity and puts them on the waiting list when the group is full).
 * Authorised as `programmes:enrol` — the people who enrol are the case workers who write plans. The place is
 * kept on the action; an enrolled person's action is in progress, a waiting one stays planned. A refusal of
 * the programmes module (ineligible, already enrolled, group finished) comes back with its own message and
 * reasons, and nothing is saved.
 */
export async function enrolFromAction(
  db: Database,
  actor: PeopleActor,
  input: { personId: string; rowVersion: number; actionId: string; groupId: string },
): Promise<'enrolled' | 'waiting'> {
  return planStep(
    db,
    actor,
    {
      personId: input.personId,
      action: 'plan.action.enrol',
      step: 'change',
      permission: 'programmes:enrol',
      rowVersion: input.rowVersion,
      details: { action: input.actionId, group: input.groupId },
    },
    async (tx, plan, person) => {
      const action = await actionOfPlan(tx, plan.id, input.actionId);
      if (action.kind !== 'programme') throw new PlanRefused('not_programme_action', 409);
      if (action.enrolmentId || (action.status !== 'planned' && action.status !== 'in_progress'))
        throw new PlanRefused('already_enrolled', 409);
      let place: { enrolmentId: string; status: 'enrolled' | 'waiting' };
      try {
        place = await enrolPerson(tx, { personId: person.id, groupId: input.groupId, userId: actor.user.id, today: todayInBishkek() });
      } catch (error) {
        if (error instanceof AppError && error.code.startsWith('programmes.') && error.status !== 404)
          throw new PlanRefused('enrolment_refused', 400, error.messageKey, error.details);
        throw error;
      }
      await tx
        .update(planActions)
        .set({ enrolmentId: place.enrolmentId, status: place.status === 'enrolled' ? 'in_progress' : 'planned', updatedAt: sql`now()` })
        .where(eq(planActions.id, action.id));
      await recordHistory(tx, {
        planId: plan.id,
        event: 'action_enrolled',
        userId: actor.user.id,
        details: { action: action.description, place: place.status },
      });
      return place.status;
    },
  );
}

/**
 * The programmes module's outcome of a place taken from a plan action, recorded back on the action (done, or
 * not completed with the facilitator's reason) and in the plan's history, in the programmes module's own
 * transaction. A place not taken from a plan is none of the plan's business. The plan's row version moves on,
 * so a form opened before the outcome is refused rather than saved over it.
 */
export async function recordEnrolmentOutcome(tx: Executor, event: EnrolmentOutcomeEvent): Promise<void> {
  const [action] = await tx.select().from(planActions).where(eq(planActions.enrolmentId, event.enrolmentId));
  if (!action) return;
  const status = event.outcome === 'completed' ? ('done' as const) : ('not_completed' as const);
  const reason = status === 'done' ? null : event.reason?.trim() || event.programmeCode;
  await tx
    .update(planActions)
    .set({ status, statusReason: reason, updatedAt: sql`now()` })
    .where(eq(planActions.id, action.id));
  await tx
    .update(plans)
    .set({ rowVersion: sql`${plans.rowVersion} + 1`, updatedAt: sql`now()` })
    .where(eq(plans.id, action.planId));
  await recordHistory(tx, {
    planId: action.planId,
    event: 'action_outcome',
    userId: event.userId,
    reason,
    details: { action: action.description, from: action.status, to: status, group: event.programmeCode },
  });
}

/**
 * A place freed or added on the group: the person waiting for it is enrolled, so the plan action that asked
 * for it is now in progress — recorded in the plan's history, in the programmes module's own transaction.
 */
export async function recordPlaceMovedUp(tx: Executor, event: PlaceMovedUpEvent): Promise<void> {
  const [action] = await tx.select().from(planActions).where(eq(planActions.enrolmentId, event.enrolmentId));
  if (!action || action.status !== 'planned') return;
  await tx
    .update(planActions)
    .set({ status: 'in_progress', updatedAt: sql`now()` })
    .where(eq(planActions.id, action.id));
  await tx
    .update(plans)
    .set({ rowVersion: sql`${plans.rowVersion} + 1`, updatedAt: sql`now()` })
    .where(eq(plans.id, action.planId));
  await recordHistory(tx, {
    planId: action.planId,
    event: 'action_moved_up',
    userId: event.userId,
    details: { action: action.description, from: 'planned', to: 'in_progress' },
  });
}
