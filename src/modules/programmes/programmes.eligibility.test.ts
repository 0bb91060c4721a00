import { describe, expect, it } from 'vitest';
import { ageOn, type EligibilityFacts, type EligibilityRules, ineligibilityReasons, riskLevelOf } from './programmes.eligibility.ts';

const TODAY = '2026-11-25';
const open: EligibilityRules = {
  status: 'active',
  sexes: [],
  ageMin: null,
  ageMax: null,
  riskLevels: [],
  legalStatuses: [],
  deliveryLanguages: ['ky', 'ru'],
};
const person: EligibilityFacts = {
  sex: 'male',
  dateOfBirth: '1990-06-15',
  legalStatus: 'convicted',
  languages: ['ky'],
  preferredLanguage: 'ky',
  riskLevel: 'moderate',
};
const reasons = (rules: Partial<EligibilityRules>, facts: Partial<EligibilityFacts> = {}, group?: string) =>
  ineligibilityReasons({ ...open, ...rules }, { ...person, ...facts }, TODAY, group);

describe('programme eligibility', () => {
  it('finds nothing against a person when the programme restricts nothing', () => {
    expect(reasons({})).toEqual([]);
  });

  it('refuses everyone for a retired programme', () => {
    expect(reasons({ status: 'retired' })).toEqual(['retired']);
  });

  it('refuses a person of a sex the programme is not for', () => {
    expect(reasons({ sexes: ['female'] })).toEqual(['sex']);
    expect(reasons({ sexes: ['female', 'male'] })).toEqual([]);
  });

  it('refuses a person younger than the minimum age, counting full years only', () => {
    expect(reasons({ ageMin: 18 }, { dateOfBirth: '2008-11-26' })).toEqual(['too_young']);
    expect(reasons({ ageMin: 18 }, { dateOfBirth: '2008-11-25' })).toEqual([]);
  });

  it('refuses a person older than the maximum age', () => {
    expect(reasons({ ageMax: 30 }, { dateOfBirth: '1990-06-15' })).toEqual(['too_old']);
    expect(reasons({ ageMax: 36 }, { dateOfBirth: '1990-06-15' })).toEqual([]);
  });

  it('refuses a risk level the programme is not for, and an unknown level when the programme sets levels', () => {
    expect(reasons({ riskLevels: ['high'] })).toEqual(['risk_level']);
    expect(reasons({ riskLevels: ['high'] }, { riskLevel: null })).toEqual(['risk_unknown']);
    expect(reasons({ riskLevels: ['moderate', 'high'] })).toEqual([]);
  });

  it('refuses a legal status the programme is not for', () => {
    expect(reasons({ legalStatuses: ['probation'] })).toEqual(['legal_status']);
    expect(reasons({ legalStatuses: ['convicted', 'probation'] })).toEqual([]);
  });

  it('refuses a person who speaks none of the delivery languages, or not the group’s language', () => {
    expect(reasons({}, { languages: ['uz'], preferredLanguage: null })).toEqual(['language']);
    expect(reasons({}, { languages: ['uz'], preferredLanguage: 'ru' })).toEqual([]);
    expect(reasons({}, { languages: ['ky'] }, 'ru')).toEqual(['language']);
  });

  it('does not refuse on language when the person’s languages are not recorded', () => {
    expect(reasons({}, { languages: [], preferredLanguage: null })).toEqual([]);
  });

  it('gives every reason at once', () => {
    expect(reasons({ sexes: ['female'], ageMax: 25, legalStatuses: ['probation'] })).toEqual(['sex', 'too_old', 'legal_status']);
  });
});

describe('age and risk level', () => {
  it('counts a birthday not yet reached this year as a year less', () => {
    expect(ageOn('2000-12-01', TODAY)).toBe(25);
    expect(ageOn('2000-11-25', TODAY)).toBe(26);
  });

  it('takes the higher of the violence and influence levels, else the reoffending level', () => {
    expect(riskLevelOf({ violence: 'low', influence: 'high', reoffending: 'low' })).toBe('high');
    expect(riskLevelOf({ violence: null, influence: null, reoffending: 'moderate' })).toBe('moderate');
    expect(riskLevelOf(undefined)).toBeNull();
  });
});
