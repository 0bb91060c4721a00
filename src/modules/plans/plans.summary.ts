import { eq } from 'drizzle-orm';
import { users } from '../../platform/auth/auth.tables.ts';
import type { Executor } from '../../platform/db/pool.ts';
import type { LocalisedName } from '../../platform/org/org.tables.ts';
import { actionsOf, objectivesOf, openPlanOf } from './plans.repository.ts';
import type { ACTION_STATUSES, AGREEMENTS, PLAN_KINDS, PLAN_STATUSES } from './plans.tables.ts';

/** What another module (the release handover) shows or hands over of a person's plan. */
export type PlanSummary = {
  id: string;
  kind: (typeof PLAN_KINDS)[number];
  status: (typeof PLAN_STATUSES)[number];
  approval: { by: string; at: Date } | null;
  nextReviewDate: string | null;
  agreement: { agreement: (typeof AGREEMENTS)[number]; words: string | null; on: string | null } | null;
  objectives: {
    id: string;
    wording: string;
    needTitles: LocalisedName[];
    actions: {
      id: string;
      description: string;
      responsible: string | null;
      targetDate: string;
      status: (typeof ACTION_STATUSES)[number];
      statusReason: string | null;
      enrolmentId: string | null;
    }[];
  }[];
};

/**
 * The person's current plan (the open one: approved, or still being written or approved — `status` says which),
 * with its objectives, their actions and statuses, the approval and the next review. Undefined when the person
 * has no open plan. Reads only: the caller has authorised and audited the request (e.g. inside `withPerson`).
 */
export async function planInForce(tx: Executor, personId: string): Promise<PlanSummary | undefined> {
  const plan = await openPlanOf(tx, personId);
  if (!plan) return undefined;
  const objectives = await objectivesOf(tx, plan.id);
  const actions = await actionsOf(tx, plan.id);
  let approval: PlanSummary['approval'] = null;
  if (plan.status === 'approved' && plan.approvedBy && plan.approvedAt) {
    const [approver] = await tx.select({ name: users.displayName }).from(users).where(eq(users.id, plan.approvedBy));
    approval = { by: approver?.name ?? '', at: plan.approvedAt };
  }
  return {
    id: plan.id,
    kind: plan.kind,
    status: plan.status,
    approval,
    nextReviewDate: plan.nextReviewDate,
    agreement: plan.agreement ? { agreement: plan.agreement, words: plan.personWords, on: plan.agreementOn } : null,
    objectives: objectives.map((objective) => ({
      id: objective.id,
      wording: objective.wording,
      needTitles: objective.needTitles,
      actions: actions
        .filter((action) => action.objectiveId === objective.id)
        .map((action) => ({
          id: action.id,
          description: action.description,
          responsible: action.responsibleName ?? action.responsibleAgency,
          targetDate: action.targetDate,
          status: action.status,
          statusReason: action.statusReason,
          enrolmentId: action.enrolmentId,
        })),
    })),
  };
}
