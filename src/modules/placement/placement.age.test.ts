import { describe, expect, it } from 'vitest';
import { ageOn } from './placement.facts.ts';

describe('age on the day of a move', () => {
  it('counts a birthday not yet reached this year as not yet a year older', () => {
    expect(ageOn('2008-06-15', '2026-06-14')).toBe(17);
  });

  it('counts the birthday itself as the new age, so an 18-year-old is an adult that day', () => {
    expect(ageOn('2008-06-15', '2026-06-15')).toBe(18);
  });

  it('counts an earlier month as a birthday already passed', () => {
    expect(ageOn('2008-01-31', '2026-02-01')).toBe(18);
  });
});
