import { describe, expect, it } from 'vitest';
import { consentFormValues, validateConsent } from './referrals.forms.ts';

const t = ((key: string) => key) as never;
const today = '2026-11-26';
const partner = '11111111-1111-4111-8111-111111111111';
const form = (fields: Record<string, unknown>) =>
  consentFormValues({
    partnerUnitId: partner,
    scope: ['identity'],
    givenOn: '20.11.2026',
    validUntil: '20.05.2027',
    formReference: 'F-1',
    ...fields,
  });
const fieldsIn = (fields: Record<string, unknown>) => validateConsent(form(fields), t, [partner], today).errors.map((error) => error.field);

describe('the consent form’s rules', () => {
  it('accepts a consent given by today and valid until today or later, with typed dates made ISO', () => {
    expect(validateConsent(form({}), t, [partner], today).consent).toEqual({
      partnerUnitId: partner,
      scope: ['identity'],
      givenOn: '2026-11-20',
      validUntil: '2027-05-20',
      formReference: 'F-1',
    });
    expect(fieldsIn({ givenOn: '26.11.2026', validUntil: '26.11.2026' })).toEqual([]);
  });

  it('refuses a consent given in the future, or ending in the past or before it was given', () => {
    expect(fieldsIn({ givenOn: '27.11.2026' })).toEqual(['givenOn']);
    expect(fieldsIn({ validUntil: '25.11.2026' })).toEqual(['validUntil']);
    expect(fieldsIn({ givenOn: '20.11.2026', validUntil: '19.11.2026' })).toEqual(['validUntil']);
  });

  it('refuses a partner not offered, no field group, an unknown group and a missing form reference', () => {
    expect(fieldsIn({ partnerUnitId: 'someone-else', scope: [], formReference: '' })).toEqual(['partnerUnitId', 'scope', 'formReference']);
    expect(fieldsIn({ scope: ['identity', 'pin'] })).toEqual(['scope']);
  });
});
