import { describe, expect, it } from 'vitest';
import { tokenExpiry, wouldCreateCycle } from './admin.models.ts';

const now = new Date('2026-03-10T08:00:00Z');

describe('API token expiry', () => {
  it('ends a token at the end of the chosen day in Bishkek', () => {
    expect(tokenExpiry('2026-06-01', now)).toEqual({ expiresAt: new Date('2026-06-01T17:59:59.999Z') });
  });

  it('refuses a day that has already ended or a date that does not exist', () => {
    expect(tokenExpiry('2026-03-09', now)).toEqual({ problem: 'past' });
    expect(tokenExpiry('2026-02-31', now)).toEqual({ problem: 'invalid' });
    expect(tokenExpiry('10.03.2026', now)).toEqual({ problem: 'invalid' });
  });

  it('refuses a token that would live longer than a year', () => {
    expect(tokenExpiry('2027-03-10', now)).toHaveProperty('expiresAt');
    expect(tokenExpiry('2027-03-12', now)).toEqual({ problem: 'too_far' });
  });
});

describe('the organisation tree', () => {
  it('refuses to hang a unit under itself or under a unit below it', () => {
    expect(wouldCreateCycle('a', ['a'])).toBe(true);
    expect(wouldCreateCycle('a', ['c', 'b', 'a', 'root'])).toBe(true);
    expect(wouldCreateCycle('a', ['c', 'root'])).toBe(false);
  });
});
