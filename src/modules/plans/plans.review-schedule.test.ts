import { describe, expect, it } from 'vitest';
import { addMonths, nextPlanReview, planKindFor, reviewIntervalMonths } from './plans.review-schedule.ts';

describe('the plan review schedule', () => {
  it('reviews a sentence plan every 3 months whatever the classification', () => {
    expect(reviewIntervalMonths('sentence', null)).toBe(3);
    expect(reviewIntervalMonths('sentence', 'high')).toBe(3);
    expect(nextPlanReview('sentence', null, '2026-11-25')).toBe('2027-02-25');
  });

  it('reviews a supervision plan monthly when intensity is high, every 2 months when medium, every 3 when low', () => {
    expect(nextPlanReview('supervision', 'high', '2026-11-25')).toBe('2026-12-25');
    expect(nextPlanReview('supervision', 'medium', '2026-11-25')).toBe('2027-01-25');
    expect(nextPlanReview('supervision', 'low', '2026-11-25')).toBe('2027-02-25');
  });

  it('reviews a supervision plan monthly while no classification has judged the risk', () => {
    expect(reviewIntervalMonths('supervision', null)).toBe(1);
  });

  it('moves a day the month lacks to its last day', () => {
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
    expect(addMonths('2027-12-31', 2)).toBe('2028-02-29');
  });

  it('gives probation clients and people released to supervision a supervision plan, everyone else a sentence plan', () => {
    expect(planKindFor('probation')).toBe('supervision');
    expect(planKindFor('released')).toBe('supervision');
    expect(planKindFor('convicted')).toBe('sentence');
    expect(planKindFor('remand')).toBe('sentence');
  });
});
