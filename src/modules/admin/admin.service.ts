import { eq } from 'drizzle-orm';
import { type AuditActor, fieldChanges, recordAudit } from '../../platform/audit/audit.service.ts';
import { generateApiToken } from '../../platform/auth/api-tokens.ts';
import { users } from '../../platform/auth/auth.tables.ts';
import type { Database, Executor } from '../../platform/db/pool.ts';
import { type LocalisedName, type ORG_UNIT_KINDS, type REGIMES, territories } from '../../platform/org/org.tables.ts';
import { adminErrors } from './admin.errors.ts';
import { REGIME_KINDS, wouldCreateCycle } from './admin.models.ts';
import {
  ancestorIdsOf,
  findUnitByCode,
  findUserById,
  insertApiToken,
  insertUnit,
  listUsers,
  revokeApiTokenRow,
  updateUnitIfVersion,
} from './admin.repository.ts';

export {
  findUnitByCode,
  findUserById,
  listApiTokens,
  listServiceAccounts,
  listTerritoryChoices,
  listUnits,
  listUsers,
} from './admin.repository.ts';

/** The users list, searched: staff accounts are personal data too, so the search and its words are audited. */
export async function searchUsers(db: Database, actor: AuditActor, search: string) {
  return db.transaction(async (tx) => {
    await recordAudit(tx, actor, { action: 'user.search', details: { query: search } });
    return listUsers(tx, search);
  });
}

/** One account's page, as an audited view. */
export async function viewUser(db: Database, actor: AuditActor, id: string) {
  return db.transaction(async (tx) => {
    const user = await findUserById(tx, id);
    if (user) await recordAudit(tx, actor, { action: 'user.view', resourceType: 'user', resourceId: id });
    return user;
  });
}

export type NewUnit = {
  code: string;
  kind: (typeof ORG_UNIT_KINDS)[number];
  parentCode: string | null;
  territoryCode: string | null;
  name: LocalisedName;
  regime: (typeof REGIMES)[number] | null;
  capacity: number | null;
};
export type UnitEdit = { name: LocalisedName; parentCode: string | null; territoryCode: string | null; active: boolean };

async function parentIdOf(tx: Executor, code: string | null): Promise<string | null> {
  if (!code) return null;
  const parent = await findUnitByCode(tx, code);
  if (!parent) throw adminErrors.unknownParent();
  return parent.id;
}

async function territoryIdOf(tx: Executor, code: string | null): Promise<string | null> {
  if (!code) return null;
  const [territory] = await tx.select({ id: territories.id }).from(territories).where(eq(territories.code, code));
  if (!territory) throw adminErrors.unknownTerritory();
  return territory.id;
}

export async function createUnit(db: Database, actor: AuditActor, input: NewUnit): Promise<void> {
  if (input.regime && !REGIME_KINDS.has(input.kind)) throw adminErrors.regimeOnlyColony();
  await db.transaction(async (tx) => {
    const [created] = await insertUnit(tx, {
      code: input.code,
      kind: input.kind,
      parentId: await parentIdOf(tx, input.parentCode),
      territoryId: await territoryIdOf(tx, input.territoryCode),
      name: input.name,
      regime: input.regime,
      capacity: input.capacity,
    });
    if (!created) throw adminErrors.unitCodeTaken();
    await recordAudit(tx, actor, {
      action: 'org_unit.create',
      resourceType: 'org_unit',
      resourceId: input.code,
      changes: fieldChanges<Record<string, unknown>>({}, input),
    });
  });
}

/** Edits a unit as of the version the editor saw; a unit may never end up inside its own subtree. */
export async function updateUnit(db: Database, actor: AuditActor, code: string, expectedVersion: number, edit: UnitEdit): Promise<void> {
  await db.transaction(async (tx) => {
    const unit = await findUnitByCode(tx, code);
    if (!unit) throw adminErrors.unitNotFound();
    const parentId = await parentIdOf(tx, edit.parentCode);
    if (parentId && wouldCreateCycle(unit.id, await ancestorIdsOf(tx, parentId))) throw adminErrors.unitCycle();
    const territoryId = await territoryIdOf(tx, edit.territoryCode);
    const [updated] = await updateUnitIfVersion(tx, unit.id, expectedVersion, {
      name: edit.name,
      parentId,
      territoryId,
      active: edit.active,
    });
    if (!updated) throw adminErrors.staleVersion();
    await recordAudit(tx, actor, {
      action: 'org_unit.update',
      resourceType: 'org_unit',
      resourceId: code,
      changes: fieldChanges<Record<string, unknown>>(
        { name: unit.name, parentId: unit.parentId, territoryId: unit.territoryId, active: unit.active },
        { name: edit.name, parentId, territoryId, active: edit.active },
      ),
    });
  });
}

/** Creates a token for a service account. The secret is returned once and never stored: only its SHA-256. */
export async function createApiToken(
  db: Database,
  actor: AuditActor,
  input: { userId: string; name: string; expiresAt: Date },
): Promise<{ token: string }> {
  return db.transaction(async (tx) => {
    const [account] = await tx.select().from(users).where(eq(users.id, input.userId));
    if (!account?.serviceAccount || account.disabledAt) throw adminErrors.notServiceAccount();
    const { token, tokenHash, prefix } = generateApiToken();
    const [created] = await insertApiToken(tx, { ...input, tokenHash, prefix, createdBy: actor.userId });
    if (!created) throw new Error('insert returned no row');
    await recordAudit(tx, actor, {
      action: 'api_token.create',
      resourceType: 'api_token',
      resourceId: created.id,
      details: { account: account.username },
      changes: fieldChanges<Record<string, unknown>>(
        {},
        { name: input.name, account: account.username, prefix, expiresAt: input.expiresAt },
      ),
    });
    return { token };
  });
}

/** Revocation is a timestamp checked on every request, so the token fails on the very next one. */
export async function revokeApiToken(db: Database, actor: AuditActor, id: string): Promise<void> {
  await db.transaction(async (tx) => {
    const now = new Date();
    const [revoked] = await revokeApiTokenRow(tx, id, now);
    if (!revoked) throw adminErrors.tokenNotFound();
    await recordAudit(tx, actor, {
      action: 'api_token.revoke',
      resourceType: 'api_token',
      resourceId: id,
      changes: [{ field: 'revokedAt', from: null, to: now }],
    });
  });
}
