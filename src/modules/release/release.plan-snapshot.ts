import type { Executor } from '../../platform/db/pool.ts';
import { planInForce } from '../plans/plans.service.ts';
import type { HandoverPackage } from './release.package.ts';

/**
 * The individual plan in force, as the handover freezes it: objectives and their actions with who owns them,
 * the approval and the next review. Plain JSON (dates as strings), so the package never changes after sending.
 */
export async function planForHandover(tx: Executor, personId: string): Promise<HandoverPackage['plan']> {
  const plan = await planInForce(tx, personId);
  if (!plan) return null;
  return {
    kind: plan.kind,
    status: plan.status,
    approvedBy: plan.approval?.by ?? null,
    approvedAt: plan.approval ? plan.approval.at.toISOString() : null,
    nextReviewDate: plan.nextReviewDate,
    objectives: plan.objectives.map((objective) => ({
      wording: objective.wording,
      actions: objective.actions.map((action) => ({
        description: action.description,
        responsible: action.responsible,
        targetDate: action.targetDate,
        status: action.status,
      })),
    })),
  };
}
