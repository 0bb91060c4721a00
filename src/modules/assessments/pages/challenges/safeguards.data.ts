import { inArray } from 'drizzle-orm';
import { users } from '../../../../platform/auth/auth.tables.ts';
import type { Executor } from '../../../../platform/db/pool.ts';
import { type ChallengeRow, challengesOf } from '../../challenges.ts';
import { reviewDateChangesOf } from '../../review-dates.ts';

export type ReviewDateChange = Awaited<ReturnType<typeof reviewDateChangesOf>>[number] & { changedByName: string | null };

export type ListedChallenge = ChallengeRow & { respondedByName: string | null };
/** What the page shows beside a decision: its review-date history and the person's challenges to it. */
export type Safeguards = { changes: ReviewDateChange[]; challenges: ListedChallenge[] };

/** Display names of the users who proposed, decided, changed or answered, for "who and when". */
export async function userNames(tx: Executor, ids: readonly (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map();
  const rows = await tx.select({ id: users.id, name: users.displayName }).from(users).where(inArray(users.id, wanted));
  return new Map(rows.map((row) => [row.id, row.name]));
}

/** The review-date changes and the challenges of one decision, with who made and who answered them. */
export async function safeguardsOf(tx: Executor, subject: 'assessment' | 'classification', id: string): Promise<Safeguards> {
  const changes = await reviewDateChangesOf(tx, subject, id);
  const challenges = await challengesOf(tx, subject, id);
  const names = await userNames(tx, [...changes.map((change) => change.changedBy), ...challenges.map((entry) => entry.respondedBy)]);
  const nameOf = (userId: string | null) => (userId ? (names.get(userId) ?? null) : null);
  return {
    changes: changes.map((change) => ({ ...change, changedByName: nameOf(change.changedBy) })),
    challenges: challenges.map((entry) => ({ ...entry, respondedByName: nameOf(entry.respondedBy) })),
  };
}
