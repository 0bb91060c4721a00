import type { Executor } from '../../platform/db/pool.ts';
import { recordPartnerContact } from '../probation/probation.service.ts';
import { ReferralRefused } from './referrals.errors.ts';
import type { ReferralRow } from './referrals.partner-access.ts';
import { takeStep } from './referrals.steps.ts';
import { type END_OUTCOMES, referralSessions } from './referrals.tables.ts';

/**
 * What the partner does on a referral, inside `withPartnerReferral` (which authorised and audited it). Reasons,
 * plans and reports are required by the forms; these functions keep the order of the work.
 */
export function decideReferral(
  tx: Executor,
  referral: ReferralRow,
  input: { decision: 'accept' | 'decline'; reason: string | null; version: number; userId: string; today: string },
) {
  const accept = input.decision === 'accept';
  return takeStep(tx, referral, {
    step: 'decide',
    version: input.version,
    event: accept ? 'accepted' : 'declined',
    note: input.reason,
    userId: input.userId,
    set: accept ? { status: 'accepted' } : { status: 'declined', declineReason: input.reason, closedOn: input.today },
  });
}

/** The partner's action plan goes to the officer for approval; a returned plan is rewritten and sent again. */
export function submitActionPlan(tx: Executor, referral: ReferralRow, input: { plan: string; version: number; userId: string }) {
  return takeStep(tx, referral, {
    step: 'submit_plan',
    version: input.version,
    event: 'plan_submitted',
    note: null,
    userId: input.userId,
    set: { actionPlan: input.plan, actionPlanStatus: 'submitted', actionPlanComment: null },
  });
}

/**
 * A session with attendance, while the work is in progress: not in the future, not before the referral was
 * sent. The referral's version moves on, so two workers reporting at once cannot both act on a stale page.
 * When the person is under an active probation order that day, the probation module counts it as a contact.
 */
export async function recordSession(
  tx: Executor,
  referral: ReferralRow,
  input: { heldOn: string; attended: boolean; note: string | null; version: number; userId: string; today: string },
): Promise<void> {
  if (input.heldOn > input.today) throw new ReferralRefused('session_in_future', 400);
  if (input.heldOn < referral.sentOn) throw new ReferralRefused('session_before_referral', 400);
  await takeStep(tx, referral, {
    step: 'record_session',
    version: input.version,
    event: 'session',
    note: null,
    userId: input.userId,
    set: {},
  });
  await tx.insert(referralSessions).values({
    referralId: referral.id,
    heldOn: input.heldOn,
    attended: input.attended,
    note: input.note,
    recordedBy: input.userId,
  });
  // Under an active probation order the session is also a supervision contact "with partner" (none otherwise).
  await recordPartnerContact(tx, {
    personId: referral.personId,
    sessionOn: input.heldOn,
    attended: input.attended,
    referralId: referral.id,
    recordedBy: input.userId,
  });
}

/** The end-of-service report closes the referral as completed. */
export function endService(
  tx: Executor,
  referral: ReferralRow,
  input: { report: string; outcome: (typeof END_OUTCOMES)[number]; version: number; userId: string; today: string },
) {
  return takeStep(tx, referral, {
    step: 'end_service',
    version: input.version,
    event: 'ended',
    note: null,
    userId: input.userId,
    set: { status: 'completed', endReport: input.report, endOutcome: input.outcome, closedOn: input.today },
  });
}
