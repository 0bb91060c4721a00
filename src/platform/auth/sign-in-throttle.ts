import { and, gt, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../db/pool.ts';
import { signInThrottle } from './auth.tables.ts';

/**
 * Sign-in throttling: failures are counted per account name (whether or not such an account exists, so a
 * blocked answer says nothing about existence) and per source address. A key that reaches its limit within
 * the window is blocked for BLOCK_MS; while blocked, attempts are refused before the password is checked.
 */
export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;
export const THROTTLE_BLOCK_MS = 15 * 60 * 1000;
export const ACCOUNT_FAILURE_LIMIT = 5;
export const ADDRESS_FAILURE_LIMIT = 20;

export type ThrottleKeys = { account: string; address: string };

export function throttleKeys(username: string, address: string): ThrottleKeys {
  return { account: `account:${username.trim().toLowerCase()}`, address: `address:${address}` };
}

export async function isThrottled(db: Executor, keys: ThrottleKeys, now = new Date()): Promise<boolean> {
  const blocked = await db
    .select({ key: signInThrottle.key })
    .from(signInThrottle)
    .where(and(inArray(signInThrottle.key, [keys.account, keys.address]), gt(signInThrottle.blockedUntil, now)));
  return blocked.length > 0;
}

/** One failure for each key, in one statement per key so concurrent attempts cannot lose a count. */
export async function recordSignInFailure(db: Executor, keys: ThrottleKeys, now = new Date()): Promise<void> {
  await countFailure(db, keys.account, ACCOUNT_FAILURE_LIMIT, now);
  await countFailure(db, keys.address, ADDRESS_FAILURE_LIMIT, now);
}

function countFailure(db: Executor, key: string, limit: number, now: Date) {
  const windowStart = new Date(now.getTime() - THROTTLE_WINDOW_MS);
  const blockUntil = new Date(now.getTime() + THROTTLE_BLOCK_MS);
  // A window that has run out starts again at one failure.
  const stale = sql`${signInThrottle.windowStartedAt} < ${windowStart.toISOString()}::timestamptz`;
  const failures = sql`CASE WHEN ${stale} THEN 1 ELSE ${signInThrottle.failures} + 1 END`;
  return db
    .insert(signInThrottle)
    .values({ key, failures: 1, windowStartedAt: now, blockedUntil: limit <= 1 ? blockUntil : null })
    .onConflictDoUpdate({
      target: signInThrottle.key,
      set: {
        failures,
        windowStartedAt: sql`CASE WHEN ${stale} THEN ${now.toISOString()}::timestamptz ELSE ${signInThrottle.windowStartedAt} END`,
        blockedUntil: sql`CASE WHEN ${failures} >= ${limit} THEN ${blockUntil.toISOString()}::timestamptz ELSE ${signInThrottle.blockedUntil} END`,
      },
    });
}

/** A successful sign-in clears the account's count; the address keeps its own. */
export async function resetAccountThrottle(db: Executor, keys: ThrottleKeys): Promise<void> {
  await db.delete(signInThrottle).where(inArray(signInThrottle.key, [keys.account]));
}
