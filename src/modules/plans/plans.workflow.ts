import type { PlanRefusal } from './plans.errors.ts';
import type { PLAN_STATUSES } from './plans.tables.ts';

type Status = (typeof PLAN_STATUSES)[number];

/**
 * What each step of a plan's life may start from. A plan is written (draft), sent to a manager (submitted), and
 * approved or returned with a comment. While a manager decides, the plan stands still. An approved plan is a
 * living plan: objectives and actions may be added, actions move on, reviews are held — each change in its
 * history. Closing needs every action done or cancelled first (checked by the service).
 */
export const STEP_FROM: Readonly<Record<string, readonly Status[]>> = {
  change: ['draft', 'returned', 'approved'],
  agreement: ['draft', 'returned', 'approved'],
  submit: ['draft', 'returned'],
  decide: ['submitted'],
  review: ['approved'],
  close: ['draft', 'returned', 'approved'],
};
export type PlanStep = keyof typeof STEP_FROM;

export type DecisionCheck = {
  decision: 'approve' | 'return';
  comment: string;
  actorId: string;
  /** Who wrote the plan and who sent it for approval: neither may approve it. */
  authorIds: readonly (string | null)[];
};

/** The manager's decision: a second person, and a return says why. */
export function decisionRefusal(check: DecisionCheck): PlanRefusal | null {
  if (check.authorIds.includes(check.actorId)) return 'own_plan';
  if (check.decision === 'return' && check.comment.trim() === '') return 'comment_required';
  return null;
}

/** Sending for approval: at least one objective, and the person's view recorded (agreed, in part, or not). */
export function submissionRefusal(plan: { objectiveCount: number; agreement: string | null }): PlanRefusal | null {
  if (plan.objectiveCount === 0) return 'no_objectives';
  if (plan.agreement === null) return 'no_agreement';
  return null;
}
