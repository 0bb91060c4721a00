import { RecordNotFound } from '../../platform/access/access.errors.ts';
import { authorise } from '../../platform/access/authorise.ts';
import type { AuditActor } from '../../platform/audit/audit.service.ts';
import { rolePermits } from '../../platform/auth/roles.ts';
import type { SessionUser } from '../../platform/auth/sessions.ts';
import type { Database } from '../../platform/db/pool.ts';
import { groupStaff, type StaffMember } from './staff.models.ts';
import { listStaffRoles } from './staff.repository.ts';

/** The units whose staff the user may see: null for a global role, else the units of roles holding staff:read. */
function scopeOf(actor: SessionUser, via: 'global' | 'scope' | 'break_glass'): string[] | null {
  if (via === 'global') return null;
  return actor.roles.filter((entry) => rolePermits(entry.role, 'staff:read')).map((entry) => entry.orgUnitId);
}

/** The staff holding roles in the manager's units (their subtrees). Reading the list is audited. */
export async function listStaff(db: Database, actor: SessionUser, audit: AuditActor): Promise<StaffMember[]> {
  return db.transaction(async (tx) => {
    const granted = await authorise(tx, { actor, audit, permission: 'staff:read', action: 'staff.list' });
    return groupStaff(await listStaffRoles(tx, scopeOf(actor, granted.via)));
  });
}

/**
 * One staff member, only if they hold a role in the manager's units (the record's unit is that role's unit;
 * for someone with no role there, their home unit, which is then out of scope). Someone outside answers
 * exactly as someone who does not exist.
 */
export async function viewStaffMember(db: Database, actor: SessionUser, audit: AuditActor, username: string): Promise<StaffMember> {
  return db.transaction(async (tx) => {
    const [member] = groupStaff(await listStaffRoles(tx, null, username));
    if (!member) throw new RecordNotFound({ resourceType: 'staff_member', resourceId: username.toLowerCase() });
    const [roleInScope] = await listStaffRoles(tx, scopeOf(actor, 'scope'), username);
    await authorise(tx, {
      actor,
      audit,
      permission: 'staff:read',
      action: 'staff.view',
      record: {
        resourceType: 'staff_member',
        resourceId: member.username.toLowerCase(),
        unitId: roleInScope?.unit_id ?? member.homeUnitId,
      },
    });
    return member;
  });
}
