import { describe, expect, it } from 'vitest';
import { byPriority, type CaseloadEntry } from './probation.priority.ts';

const entry = (orderId: string, fields: Partial<CaseloadEntry>): CaseloadEntry => ({
  orderId,
  intensity: 'medium',
  overdue: false,
  daysOverdue: 0,
  recentViolations: 0,
  due: '2026-03-20',
  ...fields,
});

describe('the caseload in priority order', () => {
  it('puts higher supervision intensity first', () => {
    const order = byPriority([entry('low', { intensity: 'low' }), entry('high', { intensity: 'high' }), entry('medium', {})]);
    expect(order.map((row) => row.orderId)).toEqual(['high', 'medium', 'low']);
  });

  it('puts overdue contacts first within an intensity, the longest overdue first', () => {
    const order = byPriority([
      entry('on-time', {}),
      entry('late-2', { overdue: true, daysOverdue: 2 }),
      entry('late-9', { overdue: true, daysOverdue: 9 }),
    ]);
    expect(order.map((row) => row.orderId)).toEqual(['late-9', 'late-2', 'on-time']);
  });

  it('then puts people with more recent violations first, then the nearest due date', () => {
    const order = byPriority([
      entry('later', { due: '2026-03-25' }),
      entry('violations', { recentViolations: 2, due: '2026-03-30' }),
      entry('sooner', { due: '2026-03-18' }),
    ]);
    expect(order.map((row) => row.orderId)).toEqual(['violations', 'sooner', 'later']);
  });
});
