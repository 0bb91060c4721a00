import { AppError } from '../../platform/http/errors.ts';
import type { MessageKey } from '../../platform/i18n/catalog.ts';

/** Why the referrals module refused something, worded in each language as `referrals.refusal.<code>`. */
export const REFERRAL_REFUSALS = [
  'not_found',
  'stale',
  'no_valid_consent',
  'service_not_offered',
  'wrong_status',
  'consent_already_withdrawn',
  'session_in_future',
  'session_before_referral',
] as const;
export type ReferralRefusalCode = (typeof REFERRAL_REFUSALS)[number];

export const referralRefusalKey = (code: ReferralRefusalCode) => `referrals.refusal.${code}` as MessageKey;

/** A refusal with its HTTP status: 400 for bad input, 404 for absent, 409 for a state or stale-edit conflict. */
export class ReferralRefused extends AppError {
  override name = 'ReferralRefused';
  constructor(
    readonly refusal: ReferralRefusalCode,
    status: 400 | 404 | 409 = 409,
  ) {
    super(`referrals.${refusal}`, status, referralRefusalKey(refusal));
  }
}
