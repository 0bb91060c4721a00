import { describe, expect, it } from 'vitest';
import { triageDueAt, triageOverdue } from './concerns.due.ts';

// Instants in Bishkek time (UTC+6): 26.11.2026 is a Thursday.
const at = (local: string) => new Date(`${local}+06:00`);

describe('when triage of a report is due', () => {
  it('is one working day later at the same time for a report on a weekday', () => {
    expect(triageDueAt(at('2026-11-24T10:30:00'), 1)).toEqual(at('2026-11-25T10:30:00'));
  });

  it('skips the weekend: a Friday report is due on Monday', () => {
    expect(triageDueAt(at('2026-11-27T15:00:00'), 1)).toEqual(at('2026-11-30T15:00:00'));
    expect(triageDueAt(at('2026-11-26T09:00:00'), 2)).toEqual(at('2026-11-30T09:00:00'));
  });

  it('counts a weekend report from the start of Monday', () => {
    expect(triageDueAt(at('2026-11-28T22:15:00'), 1)).toEqual(at('2026-12-01T00:00:00'));
  });

  it('counts the day in Bishkek, not in UTC: late Friday evening UTC is already Saturday in Bishkek', () => {
    // 20:00 UTC on Friday is 02:00 on Saturday in Bishkek: a weekend report.
    expect(triageDueAt(new Date('2026-11-27T20:00:00Z'), 1)).toEqual(at('2026-12-01T00:00:00'));
  });

  it('is overdue only while the report still waits for triage and the moment has passed', () => {
    const concern = { status: 'reported', triageDueAt: at('2026-11-25T10:30:00') };
    expect(triageOverdue(concern, at('2026-11-25T10:29:00'))).toBe(false);
    expect(triageOverdue(concern, at('2026-11-25T10:31:00'))).toBe(true);
    expect(triageOverdue({ ...concern, status: 'investigating' }, at('2026-11-26T10:31:00'))).toBe(false);
  });
});
