import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../db/pool.ts';
import { orgUnits } from '../org/org.tables.ts';
import { sessions, userRoles, users } from './auth.tables.ts';

export type UserRow = typeof users.$inferSelect;

export function findUserByUsername(db: Executor, username: string): Promise<UserRow | undefined> {
  return db
    .select()
    .from(users)
    .where(sql`lower(${users.username}) = lower(${username})`)
    .then((rows) => rows[0]);
}

export function findActiveUser(db: Executor, id: string): Promise<UserRow | undefined> {
  return db
    .select()
    .from(users)
    .where(and(eq(users.id, id), isNull(users.disabledAt)))
    .then((rows) => rows[0]);
}

export function rolesOfUser(db: Executor, userId: string) {
  return db
    .select({ role: userRoles.role, orgUnitId: userRoles.orgUnitId, unitCode: orgUnits.code, unitName: orgUnits.name })
    .from(userRoles)
    .innerJoin(orgUnits, eq(orgUnits.id, userRoles.orgUnitId))
    .where(eq(userRoles.userId, userId));
}

export function insertSession(db: Executor, row: typeof sessions.$inferInsert) {
  return db.insert(sessions).values(row);
}

export type SessionRoleRow = Awaited<ReturnType<typeof rolesOfUser>>[number];

/**
 * The session, its user (if still active) and the user's roles in one round trip: this runs on every request,
 * so three queries here were three waits on PostgreSQL for every page.
 */
export async function findSessionWithUser(db: Executor, id: string) {
  const roles = sql<SessionRoleRow[]>`coalesce((
    select json_agg(json_build_object('role', r.role, 'orgUnitId', r.org_unit_id, 'unitCode', o.code, 'unitName', o.name))
    from ${userRoles} r join ${orgUnits} o on o.id = r.org_unit_id
    where r.user_id = ${users.id}), '[]'::json)`;
  const [row] = await db
    .select({ session: sessions, user: users, roles })
    .from(sessions)
    .leftJoin(users, and(eq(users.id, sessions.userId), isNull(users.disabledAt)))
    .where(eq(sessions.id, id));
  return row;
}

export function touchSession(db: Executor, id: string, now: Date) {
  return db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, id));
}

export function deleteSession(db: Executor, id: string) {
  return db.delete(sessions).where(eq(sessions.id, id));
}

export function deleteSessionsOfUser(db: Executor, userId: string) {
  return db.delete(sessions).where(eq(sessions.userId, userId));
}
