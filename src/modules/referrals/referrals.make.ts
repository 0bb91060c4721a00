import type { Executor } from '../../platform/db/pool.ts';
import { partnerOffers } from '../partners/partners.service.ts';
import { validConsentFor } from './referrals.consents.ts';
import { ReferralRefused } from './referrals.errors.ts';
import { type ReferralNeed, referralEvents, referrals } from './referrals.tables.ts';

export type ReferralInput = {
  partnerUnitId: string;
  service: string;
  reason: string;
  needs: ReferralNeed[];
  planObjective: string | null;
  riskNote: string | null;
};

/**
 * Sends a referral (the caller authorised it through `withPerson` with `referrals:make`). Refused without a
 * consent in force today for this person and this partner, and for a service the partner does not offer.
 * The referral is tied to that consent: withdrawing it withdraws the referral and ends the partner's access.
 */
export async function makeReferral(
  tx: Executor,
  input: ReferralInput & { personId: string; personUnitId: string; userId: string; today: string },
): Promise<string> {
  if (!(await partnerOffers(tx, input.partnerUnitId, input.service))) throw new ReferralRefused('service_not_offered', 400);
  const consent = await validConsentFor(tx, input.personId, input.partnerUnitId, input.today);
  if (!consent) throw new ReferralRefused('no_valid_consent', 400);
  const [row] = await tx
    .insert(referrals)
    .values({
      personId: input.personId,
      partnerUnitId: input.partnerUnitId,
      consentId: consent.id,
      referringUnitId: input.personUnitId,
      service: input.service,
      reason: input.reason,
      needs: input.needs,
      planObjective: input.planObjective,
      riskNote: input.riskNote,
      sentOn: input.today,
      createdBy: input.userId,
    })
    .returning({ id: referrals.id });
  await tx.insert(referralEvents).values({ referralId: row!.id, kind: 'sent', by: input.userId });
  return row!.id;
}
