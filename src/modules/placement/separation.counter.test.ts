import { describe, expect, it } from 'vitest';
import { countSeparation, type SeparationSettings } from './separation.counter.ts';

// A fixed clock: "today" is always passed in, so no test depends on the day it runs.
const TODAY = '2026-03-20';
const since = (from: string) => [{ from, to: null }];

describe('counting consecutive days in separation', () => {
  it('counts nothing for someone not in separation today, however long an earlier stay was', () => {
    expect(countSeparation([{ from: '2026-01-01', to: '2026-02-28' }], [], TODAY)).toEqual({
      status: 'none',
      consecutiveDays: 0,
      runStartedOn: null,
      limitOn: null,
    });
  });

  it('counts the first day and today, and names the last day inside the 15-day limit', () => {
    expect(countSeparation(since('2026-03-11'), [], TODAY)).toEqual({
      status: 'ok',
      consecutiveDays: 10,
      runStartedOn: '2026-03-11',
      limitOn: '2026-03-25',
    });
  });

  it('is ok up to day 12, warns on days 13 and 14, and marks day 15 as the limit', () => {
    expect(countSeparation(since('2026-03-09'), [], TODAY)).toMatchObject({ consecutiveDays: 12, status: 'ok' });
    expect(countSeparation(since('2026-03-08'), [], TODAY)).toMatchObject({ consecutiveDays: 13, status: 'approaching' });
    expect(countSeparation(since('2026-03-07'), [], TODAY)).toMatchObject({ consecutiveDays: 14, status: 'approaching' });
    expect(countSeparation(since('2026-03-06'), [], TODAY)).toMatchObject({ consecutiveDays: 15, status: 'at_limit', limitOn: TODAY });
  });

  it('is over the limit from day 16 unless an approved extension covers today', () => {
    expect(countSeparation(since('2026-03-05'), [], TODAY)).toMatchObject({ consecutiveDays: 16, status: 'over_limit' });
    expect(countSeparation(since('2026-03-05'), [{ approvedUntil: '2026-03-19' }], TODAY).status).toBe('over_limit');
    expect(countSeparation(since('2026-03-05'), [{ approvedUntil: TODAY }], TODAY).status).toBe('extended');
  });

  it('counts through a single day out, so it cannot reset the count, but two days out end the run', () => {
    const oneDayOut = [
      { from: '2026-03-01', to: '2026-03-08' },
      { from: '2026-03-10', to: null },
    ];
    expect(countSeparation(oneDayOut, [], TODAY)).toMatchObject({ consecutiveDays: 20, runStartedOn: '2026-03-01', status: 'over_limit' });
    const twoDaysOut = [
      { from: '2026-03-01', to: '2026-03-07' },
      { from: '2026-03-10', to: null },
    ];
    expect(countSeparation(twoDaysOut, [], TODAY)).toMatchObject({ consecutiveDays: 11, runStartedOn: '2026-03-10', status: 'ok' });
    const lenient: SeparationSettings = { limitDays: 15, warnDaysBefore: 3, breakDays: 3 };
    expect(countSeparation(twoDaysOut, [], TODAY, lenient)).toMatchObject({ consecutiveDays: 20, status: 'over_limit' });
  });

  it('ignores a period that has not started yet and one that ended before today', () => {
    expect(countSeparation([{ from: '2026-03-25', to: null }], [], TODAY).status).toBe('none');
    expect(countSeparation([{ from: '2026-03-15', to: '2026-03-19' }], [], TODAY).status).toBe('none');
  });

  it('follows the service’s own limit and warning when configured', () => {
    const strict: SeparationSettings = { limitDays: 10, warnDaysBefore: 2, breakDays: 2 };
    expect(countSeparation(since('2026-03-12'), [], TODAY, strict)).toMatchObject({ consecutiveDays: 9, status: 'approaching' });
    expect(countSeparation(since('2026-03-11'), [], TODAY, strict)).toMatchObject({ status: 'at_limit', limitOn: TODAY });
  });
});
