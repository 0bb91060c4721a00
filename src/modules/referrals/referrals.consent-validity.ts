/**
 * Whether a consent lets a partner see a referral today. A withdrawn consent stops access from the moment it is
 * withdrawn; one past its "valid until" date counts as withdrawn; one dated in the future is not yet in force.
 * Pure, so the rule is tested on its own and used the same way by every query and page.
 */
export type ConsentDates = { givenOn: string; validUntil: string; withdrawnOn: string | null };
export type ConsentState = 'valid' | 'withdrawn' | 'expired' | 'not_yet_given';

/** `today` is yyyy-mm-dd in Bishkek; ISO dates compare as strings. */
export function consentState(consent: ConsentDates, today: string): ConsentState {
  if (consent.withdrawnOn !== null) return 'withdrawn';
  if (consent.validUntil < today) return 'expired';
  if (consent.givenOn > today) return 'not_yet_given';
  return 'valid';
}

export const consentAllowsAccess = (consent: ConsentDates, today: string): boolean => consentState(consent, today) === 'valid';
