import type { Database } from '../db/pool.ts';
import { type AuditActor, recordAudit } from '../audit/audit.service.ts';
import { findUserByUsername, rolesOfUser } from './auth.repository.ts';
import { dummyPasswordHash, verifyPassword } from './passwords.ts';
import { isRole } from './roles.ts';
import { createSession, type SessionStage } from './sessions.ts';
import { isThrottled, recordSignInFailure, resetAccountThrottle, throttleKeys } from './sign-in-throttle.ts';
import { twoFactorRequired } from './two-factor.service.ts';

export type SignInResult =
  | { outcome: 'throttled' }
  | { outcome: 'failed' }
  | { outcome: 'signed_in'; token: string; stage: SessionStage; secondStep: 'none' | 'verify' | 'enrol' };

/**
 * One sign-in attempt with a password. The answers never tell an unknown account from a wrong password: both
 * cost one argon2 verification, count towards throttling and read the same. A blocked account name or address
 * is refused before the password is even checked. Every attempt writes one `auth.sign_in` audit event.
 */
export async function attemptSignIn(
  db: Database,
  input: { username: string; password: string; actor: AuditActor; now?: Date },
): Promise<SignInResult> {
  const now = input.now ?? new Date();
  const keys = throttleKeys(input.username, input.actor.sourceAddress ?? 'unknown');
  // The attempted name goes in the audit details only: the response never reflects it.
  const attempted = { username: input.username };
  if (await isThrottled(db, keys, now)) {
    await db.transaction((tx) =>
      recordAudit(tx, input.actor, { action: 'auth.sign_in', outcome: 'denied', reason: 'throttled', details: attempted }),
    );
    return { outcome: 'throttled' };
  }
  const user = await findUserByUsername(db, input.username);
  const valid = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), input.password);
  const refusal = !user
    ? 'unknown_account'
    : !valid
      ? 'wrong_password'
      : user.disabledAt
        ? 'disabled'
        : user.serviceAccount
          ? 'service_account'
          : null;
  if (!user || refusal) {
    await db.transaction(async (tx) => {
      await recordSignInFailure(tx, keys, now);
      await recordAudit(tx, input.actor, {
        action: 'auth.sign_in',
        outcome: 'failure',
        reason: refusal,
        ...(user ? { resourceType: 'user', resourceId: user.id } : {}),
        details: attempted,
      });
    });
    return { outcome: 'failed' };
  }
  const roleRows = await rolesOfUser(db, user.id);
  const roles = roleRows.flatMap((row) => (isRole(row.role) ? [row.role] : []));
  const secondStep = user.totpEnabledAt ? 'verify' : twoFactorRequired(roles) ? 'enrol' : 'none';
  const stage: SessionStage = secondStep === 'none' ? 'complete' : 'password';
  const actor: AuditActor = {
    ...input.actor,
    userId: user.id,
    username: user.username,
    roles: roleRows.map((row) => `${row.role}@${row.unitCode}`).join(' ') || null,
    unitId: user.homeUnitId,
  };
  const token = await db.transaction(async (tx) => {
    await resetAccountThrottle(tx, keys);
    const created = await createSession(tx, user.id, now, stage);
    await recordAudit(tx, actor, { action: 'auth.sign_in', resourceType: 'user', resourceId: user.id, details: { stage } });
    return created;
  });
  return { outcome: 'signed_in', token, stage, secondStep };
}
