import { and, eq } from 'drizzle-orm';
import type { Executor } from '../../platform/db/pool.ts';
import { ReferralRefused } from './referrals.errors.ts';
import type { ReferralRow } from './referrals.partner-access.ts';
import { takeStep } from './referrals.steps.ts';
import { referrals } from './referrals.tables.ts';

/** The person's referral, for the officer (inside `withPerson`); another person's referral id answers 404. */
export async function referralOfPerson(tx: Executor, personId: string, referralId: string): Promise<ReferralRow> {
  const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
  if (!UUID.test(referralId)) throw new ReferralRefused('not_found', 404);
  const [row] = await tx
    .select()
    .from(referrals)
    .where(and(eq(referrals.id, referralId), eq(referrals.personId, personId)));
  if (!row) throw new ReferralRefused('not_found', 404);
  return row;
}

/**
 * The officer approves the partner's action plan (the work starts: in progress) or returns it with a comment
 * for the partner to rewrite. Only a plan waiting for a decision can be decided.
 */
export async function decideActionPlan(
  tx: Executor,
  referral: ReferralRow,
  input: { decision: 'approve' | 'return'; comment: string | null; version: number; userId: string },
): Promise<void> {
  if (referral.actionPlanStatus !== 'submitted') throw new ReferralRefused('wrong_status', 409);
  const approve = input.decision === 'approve';
  await takeStep(tx, referral, {
    step: 'decide_plan',
    version: input.version,
    event: approve ? 'plan_approved' : 'plan_returned',
    note: input.comment,
    userId: input.userId,
    set: approve
      ? { status: 'in_progress', actionPlanStatus: 'approved', actionPlanComment: input.comment }
      : { actionPlanStatus: 'returned', actionPlanComment: input.comment },
  });
}

/** The officer withdraws an open referral with a reason; the partner keeps read access while consent lasts. */
export function withdrawReferral(
  tx: Executor,
  referral: ReferralRow,
  input: { reason: string; version: number; userId: string; today: string },
) {
  return takeStep(tx, referral, {
    step: 'withdraw',
    version: input.version,
    event: 'withdrawn',
    note: input.reason,
    userId: input.userId,
    set: { status: 'withdrawn', withdrawalReason: input.reason, closedOn: input.today },
  });
}
