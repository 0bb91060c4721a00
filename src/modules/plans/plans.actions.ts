import { eq, sql } from 'drizzle-orm';
import type { Database, Executor } from '../../platform/db/pool.ts';
import type { PeopleActor } from '../people/people.service.ts';
import { isUuid, PlanRefused } from './plans.errors.ts';
import { recordHistory } from './plans.history.ts';
import { objectiveOfPlan } from './plans.objectives.ts';
import { responsibleStaffFor } from './plans.repository.ts';
import { planStep } from './plans.steps.ts';
import { type ACTION_KINDS, planActions } from './plans.tables.ts';

export type NewAction = {
  kind: (typeof ACTION_KINDS)[number];
  description: string;
  responsibleUserId: string | null;
  responsibleAgency: string | null;
  targetDate: string;
};

/** The statuses staff set by hand; `not_completed` comes only from a programme's outcome. */
export const MANUAL_ACTION_STATUSES = ['planned', 'in_progress', 'done', 'cancelled'] as const;
export type ManualActionStatus = (typeof MANUAL_ACTION_STATUSES)[number];

/** Adds an action to an objective of the person's plan; the responsible person must be staff who can see them. */
export async function addAction(
  db: Database,
  actor: PeopleActor,
  input: { personId: string; rowVersion: number; objectiveId: string; action: NewAction },
): Promise<string> {
  return planStep(
    db,
    actor,
    {
      personId: input.personId,
      action: 'plan.action.add',
      step: 'change',
      rowVersion: input.rowVersion,
      details: { objective: input.objectiveId },
    },
    async (tx, plan, person) => {
      const objective = await objectiveOfPlan(tx, plan.id, input.objectiveId);
      const { responsibleUserId } = input.action;
      if (responsibleUserId && !(await responsibleStaffFor(tx, person.unitId)).some((staff) => staff.id === responsibleUserId))
        throw new PlanRefused('responsible_unknown', 400);
      const [row] = await tx
        .insert(planActions)
        .values({ ...input.action, planId: plan.id, objectiveId: objective.id, createdBy: actor.user.id })
        .returning({ id: planActions.id });
      await recordHistory(tx, {
        planId: plan.id,
        event: 'action_added',
        userId: actor.user.id,
        details: { objective: objective.wording, action: input.action.description, targetDate: input.action.targetDate },
      });
      return row!.id;
    },
  );
}

/** The action of the plan, locked, or a 404: an id from another plan is as absent as a made-up one. */
export async function actionOfPlan(tx: Executor, planId: string, actionId: string) {
  if (!isUuid(actionId)) throw new PlanRefused('not_found', 404);
  const [row] = await tx.select().from(planActions).where(eq(planActions.id, actionId)).for('update');
  if (!row || row.planId !== planId) throw new PlanRefused('not_found', 404);
  return row;
}

/** Moves an action on (planned → in progress → done), or cancels it with a reason. */
export async function setActionStatus(
  db: Database,
  actor: PeopleActor,
  input: { personId: string; rowVersion: number; actionId: string; status: ManualActionStatus; reason: string },
): Promise<void> {
  const reason = input.reason.trim();
  if (input.status === 'cancelled' && reason === '') throw new PlanRefused('reason_required', 400);
  await planStep(
    db,
    actor,
    {
      personId: input.personId,
      action: 'plan.action.status',
      step: 'change',
      rowVersion: input.rowVersion,
      reason: reason || undefined,
      details: { action: input.actionId, status: input.status },
    },
    async (tx, plan) => {
      const action = await actionOfPlan(tx, plan.id, input.actionId);
      await tx
        .update(planActions)
        .set({ status: input.status, statusReason: reason || null, updatedAt: sql`now()` })
        .where(eq(planActions.id, action.id));
      await recordHistory(tx, {
        planId: plan.id,
        event: 'action_status',
        userId: actor.user.id,
        reason: reason || null,
        details: { action: action.description, from: action.status, to: input.status },
      });
    },
  );
}
