import type { LocalisedName } from '../../platform/org/org.tables.ts';
import type { StaffRoleRow } from './staff.repository.ts';

export type StaffMember = {
  id: string;
  username: string;
  displayName: string;
  homeUnitId: string | null;
  disabled: boolean;
  twoFactor: boolean;
  roles: { role: string; unitId: string; unitCode: string; unitName: LocalisedName }[];
};

/** One entry per person, with the roles they hold, in the order the rows came (by name). */
export function groupStaff(rows: readonly StaffRoleRow[]): StaffMember[] {
  const byId = new Map<string, StaffMember>();
  for (const row of rows) {
    let member = byId.get(row.user_id);
    if (!member) {
      member = {
        id: row.user_id,
        username: row.username,
        displayName: row.display_name,
        homeUnitId: row.home_unit_id,
        disabled: row.disabled,
        twoFactor: row.two_factor,
        roles: [],
      };
      byId.set(row.user_id, member);
    }
    member.roles.push({ role: row.role, unitId: row.unit_id, unitCode: row.unit_code, unitName: row.unit_name });
  }
  return [...byId.values()];
}
