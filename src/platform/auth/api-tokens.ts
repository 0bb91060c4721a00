import { createHash, randomBytes } from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import type { Executor } from '../db/pool.ts';
import { findActiveUser, rolesOfUser } from './auth.repository.ts';
import { apiTokens } from './auth.tables.ts';
import { isRole, permissionsOf } from './roles.ts';
import type { SessionUser } from './sessions.ts';

export const API_TOKEN_PREFIX = 'kdm_';
/** How many characters of the token are kept in clear, so administrators can tell tokens apart. */
const SHOWN_PREFIX_LENGTH = API_TOKEN_PREFIX.length + 6;
/** lastUsedAt is written at most this often, so an integration's polling does not mean a write per request. */
const TOUCH_INTERVAL_MS = 60 * 1000;

export const hashApiToken = (token: string): string => createHash('sha256').update(token).digest('hex');

/** A new token: the secret is returned once for the administrator to copy; only its hash and prefix are kept. */
export function generateApiToken(): { token: string; tokenHash: string; prefix: string } {
  const token = `${API_TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
  return { token, tokenHash: hashApiToken(token), prefix: token.slice(0, SHOWN_PREFIX_LENGTH) };
}

/** `Authorization: Bearer kdm_…` → the token; anything else → undefined. */
export function bearerTokenOf(header: string | undefined): string | undefined {
  const match = header ? /^Bearer\s+(\S+)$/i.exec(header.trim()) : null;
  return match?.[1];
}

/**
 * The service account behind a token, scoped by its roles like a signed-in user. Looked up on every request
 * (no cache), so an expired or revoked token, or a disabled account, is refused on the very next request.
 */
export async function resolveApiToken(db: Executor, token: string, now = new Date()): Promise<SessionUser | undefined> {
  const [row] = await db
    .select()
    .from(apiTokens)
    .where(and(eq(apiTokens.tokenHash, hashApiToken(token)), isNull(apiTokens.revokedAt)));
  if (!row || row.expiresAt <= now) return undefined;
  const user = await findActiveUser(db, row.userId);
  if (!user?.serviceAccount) return undefined;
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > TOUCH_INTERVAL_MS) {
    await db.update(apiTokens).set({ lastUsedAt: now }).where(eq(apiTokens.id, row.id));
  }
  const roleRows = await rolesOfUser(db, user.id);
  const roles = roleRows.flatMap((entry) =>
    isRole(entry.role) ? [{ role: entry.role, orgUnitId: entry.orgUnitId, unitCode: entry.unitCode }] : [],
  );
  const homeUnit = roleRows.find((entry) => entry.orgUnitId === user.homeUnitId) ?? roleRows[0];
  return {
    id: user.id,
    sessionId: `api-token:${row.id}`,
    username: user.username,
    displayName: user.displayName,
    locale: user.locale,
    homeUnitId: homeUnit?.orgUnitId ?? null,
    homeUnitName: homeUnit?.unitName ?? null,
    roles,
    permissions: permissionsOf(roles.map((entry) => entry.role)),
    // A service account has no password to change: it must never be stopped by the temporary-password rule.
    mustChangePassword: false,
  };
}
