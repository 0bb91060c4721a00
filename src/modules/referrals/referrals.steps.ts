import { and, eq } from 'drizzle-orm';
import type { Executor } from '../../platform/db/pool.ts';
import { ReferralRefused } from './referrals.errors.ts';
import type { ReferralRow } from './referrals.partner-access.ts';
import { type REFERRAL_EVENT_KINDS, referralEvents, referrals } from './referrals.tables.ts';
import { type ReferralStep, stepAllowed } from './referrals.workflow.ts';

/**
 * One step of a referral, all or nothing: the step must be allowed in the referral's status, the form's version
 * must be the row's (else 409, nothing saved), then the row moves on and the step is added to its history.
 */
export async function takeStep(
  tx: Executor,
  referral: ReferralRow,
  step: {
    step: ReferralStep;
    version: number;
    event: (typeof REFERRAL_EVENT_KINDS)[number];
    note: string | null;
    userId: string;
    set: Partial<typeof referrals.$inferInsert>;
  },
): Promise<void> {
  if (referral.version !== step.version) throw new ReferralRefused('stale', 409);
  if (!stepAllowed(step.step, referral.status)) throw new ReferralRefused('wrong_status', 409);
  const updated = await tx
    .update(referrals)
    .set({ ...step.set, version: referral.version + 1, updatedAt: new Date() })
    .where(and(eq(referrals.id, referral.id), eq(referrals.version, referral.version)))
    .returning({ id: referrals.id });
  if (updated.length === 0) throw new ReferralRefused('stale', 409);
  await tx.insert(referralEvents).values({ referralId: referral.id, kind: step.event, note: step.note, by: step.userId });
}
