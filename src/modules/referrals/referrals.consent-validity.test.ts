import { describe, expect, it } from 'vitest';
import { consentAllowsAccess, consentState } from './referrals.consent-validity.ts';

const consent = { givenOn: '2026-11-01', validUntil: '2027-05-01', withdrawnOn: null };

describe('a consent’s validity', () => {
  it('is valid from the day it was given to its last day, both included', () => {
    expect(consentState(consent, '2026-11-01')).toBe('valid');
    expect(consentState(consent, '2027-05-01')).toBe('valid');
    expect(consentAllowsAccess(consent, '2027-01-15')).toBe(true);
  });

  it('counts as expired, and gives no access, the day after its last day', () => {
    expect(consentState(consent, '2027-05-02')).toBe('expired');
    expect(consentAllowsAccess(consent, '2027-05-02')).toBe(false);
  });

  it('gives no access before the day it was given', () => {
    expect(consentState(consent, '2026-10-31')).toBe('not_yet_given');
    expect(consentAllowsAccess(consent, '2026-10-31')).toBe(false);
  });

  it('gives no access once withdrawn, even well within its dates', () => {
    const withdrawn = { ...consent, withdrawnOn: '2026-12-01' };
    expect(consentState(withdrawn, '2026-12-01')).toBe('withdrawn');
    expect(consentAllowsAccess(withdrawn, '2026-11-15')).toBe(false);
  });
});
