import type { Permission } from '../auth/permissions.ts';
import { GLOBAL_SCOPE_ROLES, rolePermits } from '../auth/roles.ts';
import type { SessionUser } from '../auth/sessions.ts';
import { type AuditActor, type AuditEntry, recordAudit } from '../audit/audit.service.ts';
import type { FieldChange } from '../audit/audit.tables.ts';
import type { Executor } from '../db/pool.ts';
import { AccessRefused } from './access.errors.ts';
import { findActiveGrant, unitWithinAny } from './access.repository.ts';

/** A person-level (or otherwise scoped) record, described by the module that owns it. */
export type ScopedRecord = {
  resourceType: string;
  resourceId: string;
  /** The unit the record belongs to (a facility, a probation office…); null for records only global roles see. */
  unitId: string | null;
  personId?: string | null;
  /**
   * Where a module allocates cases to named staff: the users the case is allocated to. Holders of
   * `allocationOverride` (a manager's permission) see every case in their units.
   */
  allocation?: { userIds: readonly string[]; allocationOverride?: Permission };
};

export type AccessCheck = {
  actor: SessionUser;
  audit: AuditActor;
  permission: Permission;
  /** The audited action, e.g. `person.view`, `org_unit.update`, `search`. */
  action: string;
  record?: ScopedRecord;
  details?: Record<string, unknown>;
  changes?: FieldChange[];
  /** Why the user is doing this (a correction's reason…), recorded as the event's reason. */
  reason?: string | null;
};

export type AccessGranted = { via: 'global' | 'scope' | 'break_glass' };

/**
 * The one authorisation function every route and every query of person-level data goes through. It checks
 * the permission, then the record's scope (unit subtree, and case allocation where the module has it), then an
 * active break-glass grant; and it writes the one audit event of the request in the caller's transaction.
 * A refusal is thrown as AccessRefused (403 or 404) and audited by the error handler after the rollback.
 */
export async function authorise(tx: Executor, check: AccessCheck, now = new Date()): Promise<AccessGranted> {
  const { actor, permission, record } = check;
  const base: AuditEntry = {
    action: check.action,
    resourceType: record?.resourceType,
    resourceId: record?.resourceId,
    personId: record?.personId ?? null,
    details: check.details,
  };
  const holding = actor.roles.filter((entry) => rolePermits(entry.role, permission));
  if (holding.length === 0) {
    throw new AccessRefused(403, { ...base, outcome: 'denied', reason: 'missing_permission', details: { ...check.details, permission } });
  }
  let via: AccessGranted['via'] = holding.some((entry) => GLOBAL_SCOPE_ROLES.has(entry.role)) ? 'global' : 'scope';
  let reason: string | null = check.reason ?? null;
  let grantId: string | undefined;
  if (record && via === 'scope' && !(await inScope(tx, check, holding))) {
    const grant = await findActiveGrant(tx, { userId: actor.id, resourceType: record.resourceType, resourceId: record.resourceId, now });
    if (!grant) {
      throw new AccessRefused(
        404,
        { ...base, outcome: 'denied', reason: 'out_of_scope', details: { ...check.details, permission } },
        record,
      );
    }
    via = 'break_glass';
    // The event's reason is the user's own when they gave one; the grant (and its reason) is linked by id.
    reason = check.reason ?? grant.reason;
    grantId = grant.id;
  }
  await recordAudit(tx, check.audit, {
    ...base,
    reason,
    details: via === 'break_glass' ? { ...check.details, breakGlassGrantId: grantId } : check.details,
    changes: check.changes,
  });
  return { via };
}

async function inScope(tx: Executor, check: AccessCheck, holding: SessionUser['roles']): Promise<boolean> {
  const record = check.record!;
  if (!record.unitId) return false;
  const units = holding.map((entry) => entry.orgUnitId);
  if (!(await unitWithinAny(tx, record.unitId, units))) return false;
  const allocation = record.allocation;
  if (!allocation) return true;
  if (allocation.userIds.includes(check.actor.id)) return true;
  const override = allocation.allocationOverride;
  return override !== undefined && check.actor.roles.some((entry) => rolePermits(entry.role, override));
}
