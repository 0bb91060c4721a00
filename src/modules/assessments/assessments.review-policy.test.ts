import { describe, expect, it } from 'vitest';
import { addMonths, nextReviewDate, reviewDateAfterTrigger, TRIGGERS } from './assessments.review-policy.ts';
import { fixtureInstrument } from './instruments/instrument.fixture.ts';

// The fixture's policy: high risk reviewed after 6 months, moderate after 9, low after 12, otherwise 12.
const policy = fixtureInstrument();

describe('adding calendar months', () => {
  it('keeps the day of the month', () => {
    expect(addMonths('2025-03-15', 6)).toBe('2025-09-15');
    expect(addMonths('2025-10-01', 3)).toBe('2026-01-01');
  });

  it('clamps to the end of a shorter month, leap years included', () => {
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2025-08-31', 1)).toBe('2025-09-30');
  });

  it('goes back across a year when the months are negative', () => {
    expect(addMonths('2026-03-10', -6)).toBe('2025-09-10');
    expect(addMonths('2025-08-31', -6)).toBe('2025-02-28');
  });

  it('refuses a date that is not yyyy-mm-dd', () => {
    expect(() => addMonths('15.03.2025', 1)).toThrow(/yyyy-mm-dd/);
  });
});

describe('the next review date after approval', () => {
  it('follows the highest level judged: high risk is reviewed soonest', () => {
    expect(nextReviewDate(policy, { VIOLENCE: 'high', RECRUITING: 'low' }, '2025-03-15')).toBe('2025-09-15');
    expect(nextReviewDate(policy, { VIOLENCE: 'low', RECRUITING: 'moderate' }, '2025-03-15')).toBe('2025-12-15');
    expect(nextReviewDate(policy, { VIOLENCE: 'low' }, '2025-03-15')).toBe('2026-03-15');
  });

  it('uses the default interval when nothing was judged', () => {
    const everyTwoYears = { reviewPolicy: { ...policy.reviewPolicy, defaultMonths: 24 } };
    expect(nextReviewDate(everyTwoYears, {}, '2025-03-15')).toBe('2027-03-15');
  });

  it('clamps to the end of the month', () => {
    expect(nextReviewDate(policy, { VIOLENCE: 'high' }, '2025-08-31')).toBe('2026-02-28');
  });
});

describe('bringing a review forward after a trigger', () => {
  it('knows the four triggers', () => {
    expect(TRIGGERS).toEqual(['concern_report', 'transfer', 'sentence_change', 'pre_release']);
  });

  it('brings the review forward to today after a concern report, a transfer or a sentence change', () => {
    for (const trigger of ['concern_report', 'transfer', 'sentence_change'] as const) {
      expect(reviewDateAfterTrigger('2025-12-01', trigger, '2025-06-10'), trigger).toEqual({ date: '2025-06-10', changed: true });
    }
  });

  it('sets a review date when there was none', () => {
    expect(reviewDateAfterTrigger(null, 'transfer', '2025-06-10')).toEqual({ date: '2025-06-10', changed: true });
    expect(reviewDateAfterTrigger(null, 'pre_release', '2025-06-10', '2026-04-30')).toEqual({ date: '2025-10-30', changed: true });
  });

  it('never moves an overdue or same-day review later', () => {
    expect(reviewDateAfterTrigger('2025-05-01', 'concern_report', '2025-06-10')).toEqual({ date: '2025-05-01', changed: false });
    expect(reviewDateAfterTrigger('2025-06-10', 'sentence_change', '2025-06-10')).toEqual({ date: '2025-06-10', changed: false });
  });

  it('before release, brings the review forward to six months before the release date', () => {
    expect(reviewDateAfterTrigger('2026-06-01', 'pre_release', '2025-06-10', '2026-04-30')).toEqual({ date: '2025-10-30', changed: true });
  });

  it('before release, clamps six months before a month-end release to the end of a shorter month', () => {
    expect(reviewDateAfterTrigger(null, 'pre_release', '2025-01-10', '2025-08-31')).toEqual({ date: '2025-02-28', changed: true });
  });

  it('before release, never moves a review that is already earlier', () => {
    expect(reviewDateAfterTrigger('2025-09-01', 'pre_release', '2025-06-10', '2026-04-30')).toEqual({ date: '2025-09-01', changed: false });
  });

  it('before release, calls for a review now when release is less than six months away or its date is unknown', () => {
    expect(reviewDateAfterTrigger('2025-12-01', 'pre_release', '2025-06-10', '2025-09-01')).toEqual({ date: '2025-06-10', changed: true });
    expect(reviewDateAfterTrigger('2025-12-01', 'pre_release', '2025-06-10', null)).toEqual({ date: '2025-06-10', changed: true });
  });
});
