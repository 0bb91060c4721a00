import { createHash, randomBytes } from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import type { Executor } from '../db/pool.ts';
import { recoveryCodes } from './auth.tables.ts';
import { base32Encode } from './totp.ts';

/** How many one-time codes a user gets at enrolment, for the day their authenticator is lost. */
export const RECOVERY_CODE_COUNT = 10;

/** `abcde-fghij`: 50 random bits, easy to read out and type; case, spaces and dashes are ignored on entry. */
export function generateRecoveryCode(): string {
  const text = base32Encode(randomBytes(7)).slice(0, 10).toLowerCase();
  return `${text.slice(0, 5)}-${text.slice(5)}`;
}

const normalise = (code: string) => code.toLowerCase().replace(/[^a-z0-9]/g, '');

// 50 random bits make a fast hash enough: there is no dictionary to try, unlike a password.
export const hashRecoveryCode = (code: string): string => createHash('sha256').update(normalise(code)).digest('hex');

export function looksLikeRecoveryCode(code: string): boolean {
  return /^[a-z2-7]{10}$/.test(normalise(code));
}

/** Replaces any earlier codes with a fresh set; the plain codes are returned once, to be shown once. */
export async function replaceRecoveryCodes(tx: Executor, userId: string): Promise<string[]> {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, generateRecoveryCode);
  await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
  await tx.insert(recoveryCodes).values(codes.map((code) => ({ userId, codeHash: hashRecoveryCode(code) })));
  return codes;
}

/** Marks the code used if it is one of the user's unused codes; one statement, so two requests cannot both use it. */
export async function consumeRecoveryCode(tx: Executor, userId: string, code: string, now = new Date()): Promise<boolean> {
  const used = await tx
    .update(recoveryCodes)
    .set({ usedAt: now })
    .where(and(eq(recoveryCodes.userId, userId), eq(recoveryCodes.codeHash, hashRecoveryCode(code)), isNull(recoveryCodes.usedAt)))
    .returning({ id: recoveryCodes.id });
  return used.length > 0;
}

export async function unusedRecoveryCodeCount(db: Executor, userId: string): Promise<number> {
  const rows = await db
    .select({ id: recoveryCodes.id })
    .from(recoveryCodes)
    .where(and(eq(recoveryCodes.userId, userId), isNull(recoveryCodes.usedAt)));
  return rows.length;
}
