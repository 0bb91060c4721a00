import { and, eq, isNull, lt, or, sql } from 'drizzle-orm';
import type { Database, Executor } from '../db/pool.ts';
import { type AuditActor, recordAudit } from '../audit/audit.service.ts';
import { users } from './auth.tables.ts';
import { findActiveUser } from './auth.repository.ts';
import { consumeRecoveryCode, looksLikeRecoveryCode, replaceRecoveryCodes } from './recovery-codes.ts';
import { type Role, TWO_FACTOR_REQUIRED_ROLES } from './roles.ts';
import { generateTotpSecret, matchTotpStep } from './totp.ts';

export function twoFactorRequired(roles: readonly Role[]): boolean {
  return roles.some((role) => TWO_FACTOR_REQUIRED_ROLES.has(role));
}

/** The secret to enrol with: the one already issued and not yet confirmed, or a new one (audited when new). */
export async function enrolmentSecret(db: Database, actor: AuditActor, userId: string): Promise<string | undefined> {
  return db.transaction(async (tx) => {
    const user = await findActiveUser(tx, userId);
    if (!user || user.totpEnabledAt) return undefined;
    if (user.totpSecret) return user.totpSecret;
    const secret = generateTotpSecret();
    await tx.update(users).set({ totpSecret: secret, updatedAt: new Date() }).where(eq(users.id, userId));
    await recordAudit(tx, actor, { action: 'auth.two_factor.secret_issued', resourceType: 'user', resourceId: userId });
    return secret;
  });
}

/**
 * Claims a time step for the user: succeeds only if it is later than the last accepted one, in one conditional
 * UPDATE, so the same code (or an older one) can never be used twice, even by two requests at once.
 */
async function claimTotpStep(tx: Executor, userId: string, step: number): Promise<boolean> {
  const claimed = await tx
    .update(users)
    .set({ totpLastStep: step })
    .where(and(eq(users.id, userId), or(isNull(users.totpLastStep), lt(users.totpLastStep, step))))
    .returning({ id: users.id });
  return claimed.length > 0;
}

export type EnrolResult = { ok: true; recoveryCodes: string[] } | { ok: false };

/** Confirms enrolment with a code from the app: TOTP is then in force and ten recovery codes are issued. */
export async function confirmEnrolment(
  db: Database,
  actor: AuditActor,
  userId: string,
  code: string,
  now = new Date(),
): Promise<EnrolResult> {
  const result = await db.transaction(async (tx): Promise<EnrolResult> => {
    const user = await findActiveUser(tx, userId);
    if (!user?.totpSecret || user.totpEnabledAt) return { ok: false };
    const step = matchTotpStep(user.totpSecret, code, now);
    if (step === undefined || !(await claimTotpStep(tx, userId, step))) return { ok: false };
    await tx
      .update(users)
      .set({ totpEnabledAt: now, updatedAt: now, version: sql`${users.version} + 1` })
      .where(eq(users.id, userId));
    const recoveryCodes = await replaceRecoveryCodes(tx, userId);
    await recordAudit(tx, actor, { action: 'auth.two_factor.enrol', resourceType: 'user', resourceId: userId });
    return { ok: true, recoveryCodes };
  });
  if (!result.ok) {
    await db.transaction((tx) =>
      recordAudit(tx, actor, {
        action: 'auth.two_factor.enrol',
        outcome: 'failure',
        resourceType: 'user',
        resourceId: userId,
        reason: 'wrong_code',
      }),
    );
  }
  return result;
}

export type SecondFactorMethod = 'totp' | 'recovery_code';

/** The second sign-in step: a fresh TOTP code, or an unused recovery code (which is then used up). */
export async function verifySecondFactor(
  db: Database,
  actor: AuditActor,
  userId: string,
  code: string,
  now = new Date(),
): Promise<{ ok: boolean; method: SecondFactorMethod }> {
  const method: SecondFactorMethod = looksLikeRecoveryCode(code) ? 'recovery_code' : 'totp';
  return db.transaction(async (tx) => {
    const user = await findActiveUser(tx, userId);
    let ok = false;
    let reason = 'wrong_code';
    if (user?.totpSecret && user.totpEnabledAt) {
      if (method === 'recovery_code') ok = await consumeRecoveryCode(tx, userId, code, now);
      else {
        const step = matchTotpStep(user.totpSecret, code, now);
        if (step !== undefined) {
          ok = await claimTotpStep(tx, userId, step);
          if (!ok) reason = 'replayed';
        }
      }
    }
    await recordAudit(tx, actor, {
      action: 'auth.two_factor.verify',
      outcome: ok ? 'success' : 'failure',
      resourceType: 'user',
      resourceId: userId,
      reason: ok ? null : reason,
      details: { method },
    });
    return { ok, method };
  });
}
