import { and, asc, desc, eq, ilike, inArray, isNull, or, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/pool.ts';
import { apiTokens, userRoles, users } from '../../platform/auth/auth.tables.ts';
import { orgUnits, territories } from '../../platform/org/org.tables.ts';

const unitColumns = {
  id: orgUnits.id,
  code: orgUnits.code,
  kind: orgUnits.kind,
  parentId: orgUnits.parentId,
  territoryId: orgUnits.territoryId,
  territoryName: territories.name,
  name: orgUnits.name,
  regime: orgUnits.regime,
  capacity: orgUnits.capacity,
  active: orgUnits.active,
  version: orgUnits.version,
};

export function listUnits(db: Executor) {
  return db.select(unitColumns).from(orgUnits).leftJoin(territories, eq(territories.id, orgUnits.territoryId)).orderBy(asc(orgUnits.code));
}
export type UnitRow = Awaited<ReturnType<typeof listUnits>>[number];

export function findUnitByCode(db: Executor, code: string): Promise<UnitRow | undefined> {
  return db
    .select(unitColumns)
    .from(orgUnits)
    .leftJoin(territories, eq(territories.id, orgUnits.territoryId))
    .where(eq(orgUnits.code, code))
    .then((rows) => rows[0]);
}

export function listTerritoryChoices(db: Executor) {
  return db
    .select({ id: territories.id, code: territories.code, kind: territories.kind, name: territories.name })
    .from(territories)
    .orderBy(asc(territories.code));
}

/** Every unit above the given one, walking parent links up to the top of the tree. */
export async function ancestorIdsOf(db: Executor, unitId: string): Promise<string[]> {
  const result = await db.execute<{ id: string }>(sql`
    with recursive up(id, parent_id) as (
      select id, parent_id from org_units where id = ${unitId}
      union
      select u.id, u.parent_id from org_units u join up on u.id = up.parent_id
    )
    select id from up`);
  return result.rows.map((row) => row.id);
}

export function insertUnit(db: Executor, values: typeof orgUnits.$inferInsert) {
  return db.insert(orgUnits).values(values).onConflictDoNothing().returning({ id: orgUnits.id });
}

export function updateUnitIfVersion(db: Executor, id: string, expectedVersion: number, changes: Partial<typeof orgUnits.$inferInsert>) {
  return db
    .update(orgUnits)
    .set({ ...changes, version: sql`${orgUnits.version} + 1`, updatedAt: new Date() })
    .where(and(eq(orgUnits.id, id), eq(orgUnits.version, expectedVersion)))
    .returning({ id: orgUnits.id });
}

const userColumns = {
  id: users.id,
  username: users.username,
  displayName: users.displayName,
  locale: users.locale,
  homeUnitName: orgUnits.name,
  disabledAt: users.disabledAt,
  totpEnabledAt: users.totpEnabledAt,
  serviceAccount: users.serviceAccount,
  mustChangePassword: users.mustChangePassword,
  version: users.version,
};

/** Users whose username or name contains the search text (all users without one), with their roles. */
export async function listUsers(db: Executor, search: string, limit = 200) {
  const pattern = `%${search.replace(/[\\%_]/g, (match) => `\\${match}`)}%`;
  const rows = await db
    .select(userColumns)
    .from(users)
    .leftJoin(orgUnits, eq(orgUnits.id, users.homeUnitId))
    .where(search ? or(ilike(users.username, pattern), ilike(users.displayName, pattern)) : undefined)
    .orderBy(asc(users.username))
    .limit(limit);
  const roles = await rolesOf(
    db,
    rows.map((row) => row.id),
  );
  return rows.map((row) => ({ ...row, roles: roles.filter((role) => role.userId === row.id) }));
}

export async function findUserById(db: Executor, id: string) {
  const [row] = await db.select(userColumns).from(users).leftJoin(orgUnits, eq(orgUnits.id, users.homeUnitId)).where(eq(users.id, id));
  return row ? { ...row, roles: await rolesOf(db, [row.id]) } : undefined;
}
export type AdminUser = NonNullable<Awaited<ReturnType<typeof findUserById>>>;

function rolesOf(db: Executor, userIds: string[]) {
  if (userIds.length === 0) return Promise.resolve([]);
  return db
    .select({ id: userRoles.id, userId: userRoles.userId, role: userRoles.role, unitCode: orgUnits.code, unitName: orgUnits.name })
    .from(userRoles)
    .innerJoin(orgUnits, eq(orgUnits.id, userRoles.orgUnitId))
    .where(inArray(userRoles.userId, userIds))
    .orderBy(asc(userRoles.role), asc(orgUnits.code));
}

export function listServiceAccounts(db: Executor) {
  return db
    .select({ id: users.id, username: users.username, displayName: users.displayName })
    .from(users)
    .where(and(eq(users.serviceAccount, true), isNull(users.disabledAt)))
    .orderBy(asc(users.username));
}

export function listApiTokens(db: Executor) {
  return db
    .select({
      id: apiTokens.id,
      name: apiTokens.name,
      prefix: apiTokens.prefix,
      username: users.username,
      createdAt: apiTokens.createdAt,
      expiresAt: apiTokens.expiresAt,
      lastUsedAt: apiTokens.lastUsedAt,
      revokedAt: apiTokens.revokedAt,
    })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .orderBy(desc(apiTokens.createdAt));
}

export function insertApiToken(db: Executor, values: typeof apiTokens.$inferInsert) {
  return db.insert(apiTokens).values(values).returning({ id: apiTokens.id });
}

export function revokeApiTokenRow(db: Executor, id: string, now: Date) {
  return db
    .update(apiTokens)
    .set({ revokedAt: now })
    .where(and(eq(apiTokens.id, id), isNull(apiTokens.revokedAt)))
    .returning({ id: apiTokens.id, name: apiTokens.name, userId: apiTokens.userId });
}
