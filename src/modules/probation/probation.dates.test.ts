import { describe, expect, it } from 'vitest';
import { checkContactDate } from './probation.contacts.ts';
import { checkConditionDates } from './probation.orders.ts';

const order = { startsOn: '2026-01-10', endsOn: '2026-06-30' };
const refusalOf = (work: () => void) => {
  try {
    work();
    return null;
  } catch (error) {
    return (error as { refusal?: string }).refusal ?? 'other';
  }
};

describe('dates inside an order', () => {
  it('refuses a contact before the order starts, after it ends, or in the future', () => {
    expect(refusalOf(() => checkContactDate(order, '2026-01-09', '2026-03-01'))).toBe('contact_before_start');
    expect(refusalOf(() => checkContactDate(order, '2026-07-01', '2026-08-01'))).toBe('contact_after_end');
    expect(refusalOf(() => checkContactDate(order, '2026-03-02', '2026-03-01'))).toBe('date_in_future');
    expect(refusalOf(() => checkContactDate(order, '2026-01-10', '2026-03-01'))).toBeNull();
  });

  it('refuses a condition starting before the order or ending after it, and takes one on its very days', () => {
    expect(refusalOf(() => checkConditionDates(order, { startsOn: '2026-01-09', endsOn: '2026-02-01' }))).toBe('condition_before_order');
    expect(refusalOf(() => checkConditionDates(order, { startsOn: '2026-02-01', endsOn: '2026-07-01' }))).toBe('condition_after_order');
    expect(refusalOf(() => checkConditionDates(order, order))).toBeNull();
  });
});
