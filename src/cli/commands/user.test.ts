import { describe, expect, it } from 'vitest';
import { parseRoleAssignment, temporaryPassword } from './user.ts';

describe('user command helpers', () => {
  it('reads ROLE@UNIT', () => {
    expect(parseRoleAssignment('prison_officer@PRISON_47')).toEqual({ role: 'prison_officer', unitCode: 'PRISON_47' });
  });

  it('explains the expected form when a role has no unit', () => {
    expect(() => parseRoleAssignment('prison_officer')).toThrow(/ROLE@UNIT_CODE/);
    expect(() => parseRoleAssignment('a@b@c')).toThrow(/ROLE@UNIT_CODE/);
  });

  it('makes temporary passwords long enough and different each time', () => {
    const first = temporaryPassword();
    expect(first.length).toBeGreaterThanOrEqual(12);
    expect(temporaryPassword()).not.toBe(first);
  });
});
