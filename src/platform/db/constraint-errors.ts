/**
 * Whether a write failed on a unique index: PostgreSQL's `23505`, on the error itself (node-postgres) or on its
 * cause (Drizzle wraps the driver's error in a DrizzleQueryError). Two people saving the same thing at the same
 * moment both pass the check before the insert; the index refuses the second, and its form says why.
 */
export function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, cause } = error as { code?: unknown; cause?: { code?: unknown } };
  return code === '23505' || (typeof cause === 'object' && cause !== null && cause.code === '23505');
}
