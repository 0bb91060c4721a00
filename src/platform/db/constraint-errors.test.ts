import { describe, expect, it } from 'vitest';
import { isUniqueViolation } from './constraint-errors.ts';

describe('a unique violation', () => {
  it('is recognised on the driver’s error and on the error Drizzle wraps it in', () => {
    const driver = Object.assign(new Error('duplicate key value violates unique constraint'), { code: '23505' });
    expect(isUniqueViolation(driver)).toBe(true);
    expect(isUniqueViolation(new Error('Failed query', { cause: driver }))).toBe(true);
  });

  it('is not any other error', () => {
    expect(isUniqueViolation(Object.assign(new Error('check'), { code: '23514' }))).toBe(false);
    expect(isUniqueViolation(new Error('Failed query', { cause: new Error('connection reset') }))).toBe(false);
    expect(isUniqueViolation('23505')).toBe(false);
    expect(isUniqueViolation(null)).toBe(false);
  });
});
