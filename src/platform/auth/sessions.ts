import { createHash, randomBytes } from 'node:crypto';
import type { Executor } from '../db/pool.ts';
import type { LocalisedName } from '../org/org.tables.ts';
import { deleteSession, findSessionWithUser, insertSession, touchSession } from './auth.repository.ts';
import type { Permission } from './permissions.ts';
import { isRole, permissionsOf, type Role } from './roles.ts';
import type { Locale } from '../i18n/locales.ts';

export const IDLE_TIMEOUT_MS = 15 * 60 * 1000;
export const ABSOLUTE_TIMEOUT_MS = 12 * 60 * 60 * 1000;
/** lastSeenAt is written at most this often, so reading pages does not mean a write per request. */
const TOUCH_INTERVAL_MS = 60 * 1000;

export type SessionUser = {
  id: string;
  sessionId: string;
  username: string;
  displayName: string;
  locale: Locale;
  homeUnitId: string | null;
  homeUnitName: LocalisedName | null;
  roles: { role: Role; orgUnitId: string; unitCode: string }[];
  permissions: Set<Permission>;
  mustChangePassword: boolean;
};

const sessionId = (token: string): string => createHash('sha256').update(token).digest('hex');

/** `password`: the password was right but a second factor is still owed; such a session reaches only that step. */
export type SessionStage = 'password' | 'complete';

export async function createSession(db: Executor, userId: string, now = new Date(), stage: SessionStage = 'complete'): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await insertSession(db, {
    id: sessionId(token),
    userId,
    createdAt: now,
    lastSeenAt: now,
    expiresAt: new Date(now.getTime() + ABSOLUTE_TIMEOUT_MS),
    stage,
  });
  return token;
}

/**
 * The second factor was given: the password-stage session is replaced by a complete one with a new token, so
 * a token seen before the second step (in a log, over a shoulder) is worth nothing after it.
 */
export async function completeSession(db: Executor, token: string, userId: string, now = new Date()): Promise<string> {
  await deleteSession(db, sessionId(token));
  return createSession(db, userId, now, 'complete');
}

export type SessionLookup =
  { status: 'none' } | { status: 'expired' } | { status: 'active'; user: SessionUser; stage: SessionStage; totpEnabled: boolean };

export async function resolveSession(db: Executor, token: string, now = new Date()): Promise<SessionLookup> {
  const id = sessionId(token);
  const found = await findSessionWithUser(db, id);
  if (!found) return { status: 'none' };
  const { session, user, roles: roleRows } = found;
  const idle = now.getTime() - session.lastSeenAt.getTime() > IDLE_TIMEOUT_MS;
  if (idle || session.expiresAt <= now) {
    await deleteSession(db, id);
    return { status: 'expired' };
  }
  if (!user) {
    await deleteSession(db, id);
    return { status: 'expired' };
  }
  if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) await touchSession(db, id, now);
  const roles = roleRows.flatMap((row) => (isRole(row.role) ? [{ role: row.role, orgUnitId: row.orgUnitId, unitCode: row.unitCode }] : []));
  const homeUnit = roleRows.find((row) => row.orgUnitId === user.homeUnitId) ?? roleRows[0];
  return {
    status: 'active',
    stage: session.stage,
    totpEnabled: user.totpEnabledAt !== null,
    user: {
      id: user.id,
      sessionId: id,
      username: user.username,
      displayName: user.displayName,
      locale: user.locale,
      homeUnitId: homeUnit?.orgUnitId ?? null,
      homeUnitName: homeUnit?.unitName ?? null,
      roles,
      permissions: permissionsOf(roles.map((entry) => entry.role)),
      mustChangePassword: user.mustChangePassword,
    },
  };
}

export function endSession(db: Executor, token: string) {
  return deleteSession(db, sessionId(token));
}
