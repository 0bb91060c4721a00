/** The longest an API token may live: integrations must be re-authorised at least once a year. */
export const MAX_TOKEN_DAYS = 366;
const DAY_MS = 24 * 60 * 60 * 1000;
const BISHKEK_OFFSET_MS = 6 * 60 * 60 * 1000;

/** Regimes belong to colonies: other kinds of unit never have one. */
export const REGIME_KINDS: ReadonlySet<string> = new Set(['colony', 'colony_settlement']);

/**
 * A token's expiry from a `yyyy-mm-dd` date: the end of that day in Bishkek (UTC+6, no daylight saving), which
 * must be after now and at most a year away.
 */
export function tokenExpiry(date: string, now: Date): { expiresAt: Date } | { problem: 'invalid' | 'past' | 'too_far' } {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return { problem: 'invalid' };
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const calendar = new Date(Date.UTC(year, month - 1, day));
  // 31 February rolls over into March: not a real date.
  if (calendar.getUTCFullYear() !== year || calendar.getUTCMonth() !== month - 1 || calendar.getUTCDate() !== day)
    return { problem: 'invalid' };
  const expiresAt = new Date(calendar.getTime() + DAY_MS - BISHKEK_OFFSET_MS - 1);
  if (expiresAt <= now) return { problem: 'past' };
  if (expiresAt.getTime() - now.getTime() > MAX_TOKEN_DAYS * DAY_MS) return { problem: 'too_far' };
  return { expiresAt };
}

/** Whether a unit may hang under a parent: not under itself, nor under any unit below it. */
export function wouldCreateCycle(unitId: string, ancestorsOfNewParent: readonly string[]): boolean {
  return ancestorsOfNewParent.includes(unitId);
}
