import { type AuditActor, fieldChanges, recordAudit } from '../../platform/audit/audit.service.ts';
import type { Database } from '../../platform/db/pool.ts';
import { referenceErrors } from './reference.errors.ts';
import { findOrgUnitByCode, listOrgUnits, listTerritories, updateOrgUnitIfVersion } from './reference.repository.ts';
import type { OrgUnitPatch } from './reference.schemas.ts';

export { listOrgUnits, listTerritories, findOrgUnitByCode };

/**
 * Edits a unit's editable reference fields. The caller states the version it saw; if the unit changed since,
 * nothing is saved and the caller learns the current version (never a silent overwrite).
 */
export async function updateOrgUnit(db: Database, code: string, expectedVersion: number, patch: OrgUnitPatch, actor: AuditActor) {
  return db.transaction(async (tx) => {
    const unit = await findOrgUnitByCode(tx, code);
    if (!unit) throw referenceErrors.unitNotFound();
    const changes = Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined));
    const [updated] = await updateOrgUnitIfVersion(tx, unit.id, expectedVersion, changes);
    if (!updated) throw referenceErrors.staleVersion(unit.version);
    // The edit and its field-level history commit together, or neither does.
    await recordAudit(tx, actor, {
      action: 'reference.org_unit.update',
      resourceType: 'org_unit',
      resourceId: unit.code,
      changes: fieldChanges({ name: unit.name, capacity: unit.capacity, active: unit.active }, changes),
      details: { fromVersion: unit.version, toVersion: updated.version },
    });
    const fresh = await findOrgUnitByCode(tx, code);
    if (!fresh) throw referenceErrors.unitNotFound();
    return fresh;
  });
}
