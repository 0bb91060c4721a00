import { describe, expect, it } from 'vitest';
import { contactStanding, nextContactDue, scheduleIntensityOf, SHIPPED_INTERVALS } from './probation.schedule.ts';

const order = { intervals: SHIPPED_INTERVALS, startsOn: '2026-01-01', endsOn: '2026-12-31' };

describe('the contact schedule by supervision intensity', () => {
  it('asks for a contact weekly at high intensity, fortnightly at medium and monthly at low', () => {
    const due = (intensity: 'high' | 'medium' | 'low') => nextContactDue({ ...order, intensity, lastAttendedOn: '2026-03-02' });
    expect(due('high')).toBe('2026-03-09');
    expect(due('medium')).toBe('2026-03-16');
    expect(due('low')).toBe('2026-04-01');
  });

  it('counts from the start of the order when no contact was attended yet', () => {
    expect(nextContactDue({ ...order, intensity: 'high', lastAttendedOn: null })).toBe('2026-01-08');
  });

  it('schedules a person not yet classified fortnightly', () => {
    expect(scheduleIntensityOf(null)).toBe('unclassified');
    expect(nextContactDue({ ...order, intensity: 'unclassified', lastAttendedOn: null })).toBe('2026-01-15');
  });

  it('uses the intervals the service set, not the shipped ones', () => {
    const intervals = { ...SHIPPED_INTERVALS, high: 3 };
    expect(nextContactDue({ ...order, intervals, intensity: 'high', lastAttendedOn: '2026-03-02' })).toBe('2026-03-05');
  });

  it('asks for no further contact when the next one would fall after the order ends', () => {
    expect(nextContactDue({ ...order, intensity: 'low', lastAttendedOn: '2026-12-15' })).toBeNull();
  });
});

describe('an overdue contact', () => {
  it('is overdue from the day after it was due, with the days counted', () => {
    expect(contactStanding('2026-03-09', '2026-03-09')).toMatchObject({ overdue: false, daysOverdue: 0, dueThisWeek: true });
    expect(contactStanding('2026-03-09', '2026-03-12')).toMatchObject({ overdue: true, daysOverdue: 3, dueThisWeek: false });
  });

  it('is due this week within seven days, and neither when later or not due at all', () => {
    expect(contactStanding('2026-03-15', '2026-03-09')).toMatchObject({ overdue: false, dueThisWeek: true });
    expect(contactStanding('2026-03-16', '2026-03-09')).toMatchObject({ overdue: false, dueThisWeek: false });
    expect(contactStanding(null, '2026-03-09')).toMatchObject({ overdue: false, dueThisWeek: false });
  });
});
