import { describe, expect, it } from 'vitest';
import { dueContacts } from './probation.report-contacts.ts';

const intervals = { high: 7, medium: 14, low: 30, unclassified: 14 };
const order = { intensity: 'high' as const, startsOn: '2026-01-01', endsOn: '2026-12-31', closedOn: null };

describe('contacts due for the probation reports', () => {
  it('counts a contact attended by its due day as on time, a later one as late, and none at all as missed', () => {
    const due = dueContacts({ ...order, attendedOn: ['2026-01-08', '2026-01-20'] }, intervals, {
      from: null,
      to: '2026-01-31',
      today: '2026-02-10',
    });
    // Due 08.01 (met that day), 15.01 (met late on 20.01), 27.01 (nothing since: missed).
    expect(due).toEqual([
      { due: '2026-01-08', standing: 'on_time' },
      { due: '2026-01-15', standing: 'late' },
      { due: '2026-01-27', standing: 'missed' },
    ]);
  });

  it('counts only due days in the period and not after today, and none after the order closed', () => {
    const attendedOn = ['2026-01-08', '2026-01-15', '2026-01-22'];
    expect(dueContacts({ ...order, attendedOn }, intervals, { from: '2026-01-10', to: '2026-01-31', today: '2026-01-23' })).toEqual([
      { due: '2026-01-15', standing: 'on_time' },
      { due: '2026-01-22', standing: 'on_time' },
    ]);
    expect(
      dueContacts({ ...order, closedOn: '2026-01-10', attendedOn }, intervals, { from: null, to: '2026-01-31', today: '2026-02-01' }),
    ).toEqual([{ due: '2026-01-08', standing: 'on_time' }]);
  });

  it('follows the intensity: a low-intensity order is due monthly', () => {
    const due = dueContacts({ ...order, intensity: 'low', attendedOn: [] }, intervals, {
      from: null,
      to: '2026-03-31',
      today: '2026-04-01',
    });
    expect(due).toEqual([{ due: '2026-01-31', standing: 'missed' }]);
  });
});
