import { describe, expect, it } from 'vitest';
import { handoverSendBy, handoverStanding, monthsBefore, preReleasePlanDue, releaseDateProblem } from './release.due.ts';

describe('the pre-release window', () => {
  it('opens six calendar months before the release date, clamped to the end of a shorter month', () => {
    expect(monthsBefore('2027-06-15', 6)).toBe('2026-12-15');
    expect(monthsBefore('2027-08-31', 6)).toBe('2027-02-28');
    expect(monthsBefore('2028-08-31', 6)).toBe('2028-02-29');
  });

  it('is not due before the window opens, and says when it will', () => {
    expect(preReleasePlanDue({ releaseOn: '2027-09-01', inCustody: true, today: '2027-02-28' })).toEqual({
      due: false,
      reason: 'before_window',
      windowOpensOn: '2027-03-01',
    });
  });

  it('is due from the first day of the window up to the release date itself', () => {
    expect(preReleasePlanDue({ releaseOn: '2027-09-01', inCustody: true, today: '2027-03-01' })).toEqual({
      due: true,
      windowOpenedOn: '2027-03-01',
    });
    expect(preReleasePlanDue({ releaseOn: '2027-09-01', inCustody: true, today: '2027-09-01' }).due).toBe(true);
  });

  it('is not due for someone already released, or whose release date has passed', () => {
    expect(preReleasePlanDue({ releaseOn: '2027-09-01', inCustody: false, today: '2027-06-01' })).toMatchObject({
      due: false,
      reason: 'released',
    });
    expect(preReleasePlanDue({ releaseOn: '2027-09-01', inCustody: true, today: '2027-09-02' })).toMatchObject({
      due: false,
      reason: 'released',
    });
  });

  it('is not due without a release date', () => {
    expect(preReleasePlanDue({ releaseOn: null, inCustody: true, today: '2027-06-01' })).toEqual({
      due: false,
      reason: 'no_release_date',
      windowOpensOn: null,
    });
  });
});

describe('the handover deadline', () => {
  it('falls the configured number of days before release', () => {
    expect(handoverSendBy('2027-03-15', 30)).toBe('2027-02-13');
    expect(handoverSendBy('2027-03-15', 10)).toBe('2027-03-05');
  });

  it('is overdue to send only after the deadline', () => {
    const base = { releaseOn: '2027-03-15', sendBy: '2027-02-13', sent: false, acknowledged: false };
    expect(handoverStanding({ ...base, today: '2027-02-13' })).toEqual({ stage: 'to_send', overdue: false });
    expect(handoverStanding({ ...base, today: '2027-02-14' })).toEqual({ stage: 'to_send', overdue: true });
  });

  it('is overdue to acknowledge only once the release date has passed', () => {
    const base = { releaseOn: '2027-03-15', sendBy: '2027-02-13', sent: true, acknowledged: false };
    expect(handoverStanding({ ...base, today: '2027-03-15' })).toEqual({ stage: 'to_acknowledge', overdue: false });
    expect(handoverStanding({ ...base, today: '2027-03-16' })).toEqual({ stage: 'to_acknowledge', overdue: true });
  });

  it('is never overdue once acknowledged', () => {
    expect(
      handoverStanding({ releaseOn: '2027-03-15', sendBy: '2027-02-13', sent: true, acknowledged: true, today: '2027-04-01' }),
    ).toEqual({ stage: 'acknowledged', overdue: false });
  });
});

describe('a release date the module is given', () => {
  it('is refused before the admission it ends', () => {
    expect(releaseDateProblem({ releaseOn: '2026-01-10', admittedOn: '2026-02-01', today: '2025-12-01' })).toBe('before_admission');
  });

  it('is refused in the past, and accepted on or after today and the admission', () => {
    expect(releaseDateProblem({ releaseOn: '2026-01-10', admittedOn: null, today: '2026-01-11' })).toBe('in_past');
    expect(releaseDateProblem({ releaseOn: '2026-03-01', admittedOn: '2024-02-01', today: '2026-01-11' })).toBeNull();
  });
});
