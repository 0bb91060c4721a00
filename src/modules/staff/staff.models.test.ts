import { describe, expect, it } from 'vitest';
import { groupStaff } from './staff.models.ts';
import type { StaffRoleRow } from './staff.repository.ts';

const row = (user: string, role: string): StaffRoleRow => ({
  user_id: user,
  username: user,
  display_name: user.toUpperCase(),
  home_unit_id: null,
  disabled: false,
  two_factor: false,
  role,
  unit_id: 'u47',
  unit_code: 'PRISON_47',
  unit_name: { ky: 'к', ru: 'р', en: 'e' },
});

describe('groupStaff', () => {
  it('gathers each person’s roles under one entry, keeping the order of people', () => {
    const staff = groupStaff([row('b', 'facility_manager'), row('b', 'classification_member'), row('a', 'prison_officer')]);
    expect(staff.map((member) => [member.username, member.roles.map((entry) => entry.role)])).toEqual([
      ['b', ['facility_manager', 'classification_member']],
      ['a', ['prison_officer']],
    ]);
  });
});
