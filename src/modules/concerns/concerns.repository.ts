import { and, asc, desc, eq, inArray, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { users } from '../../platform/auth/auth.tables.ts';
import type { SessionUser } from '../../platform/auth/sessions.ts';
import type { Executor } from '../../platform/db/pool.ts';
import { people, searchTextFor } from '../people/people.service.ts';
import { inUserScope } from './concerns.scope.ts';
import { concernHistory, concernPeopleInvolved, concernPlanActions, concernReviews, concerns } from './concerns.tables.ts';

export type ConcernRow = typeof concerns.$inferSelect;
export type PersonOption = { id: string; familyName: string; givenName: string; patronymic: string | null; pin: string | null };

/** The person and every record merged into them: concerns about a merged record are the person's concerns too. */
export async function personIdsOf(tx: Executor, personId: string): Promise<string[]> {
  const rows = await tx
    .select({ id: people.id })
    .from(people)
    .where(or(eq(people.id, personId), eq(people.mergedIntoId, personId)));
  return [personId, ...rows.map((row) => row.id).filter((id) => id !== personId)];
}

/** One concern about the person (or a record merged into them); `lock` holds the row for the rest of the transaction (a step). */
export async function concernOf(tx: Executor, personId: string, concernId: string, lock = false): Promise<ConcernRow | undefined> {
  const query = tx
    .select()
    .from(concerns)
    .where(and(eq(concerns.id, concernId), inArray(concerns.personId, await personIdsOf(tx, personId))));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

/** The person's concerns, newest first; `reporterId` keeps only that reporter's own (a reporter's view). */
export async function concernsOfPerson(tx: Executor, personId: string, reporterId?: string) {
  const reporter = alias(users, 'reporter');
  const rows = await tx
    .select({ concern: concerns, reporterName: reporter.displayName })
    .from(concerns)
    .innerJoin(reporter, eq(reporter.id, concerns.reportedBy))
    .where(and(inArray(concerns.personId, await personIdsOf(tx, personId)), reporterId ? eq(concerns.reportedBy, reporterId) : undefined))
    .orderBy(desc(concerns.reportedAt));
  return rows.map((row) => ({ ...row.concern, reporterName: row.reporterName }));
}

export async function involvedOf(tx: Executor, concernId: string): Promise<PersonOption[]> {
  return tx
    .select({ id: people.id, familyName: people.familyName, givenName: people.givenName, patronymic: people.patronymic, pin: people.pin })
    .from(concernPeopleInvolved)
    .innerJoin(people, eq(people.id, concernPeopleInvolved.personId))
    .where(eq(concernPeopleInvolved.concernId, concernId))
    .orderBy(asc(people.familyName));
}

export const planActionsOf = (tx: Executor, concernId: string) =>
  tx.select().from(concernPlanActions).where(eq(concernPlanActions.concernId, concernId)).orderBy(asc(concernPlanActions.targetDate));

export const reviewsOf = (tx: Executor, concernId: string) =>
  tx
    .select()
    .from(concernReviews)
    .where(eq(concernReviews.concernId, concernId))
    .orderBy(desc(concernReviews.reviewedOn), desc(concernReviews.createdAt));

/** The concern's history, oldest first, with who took each step. */
export async function historyOf(tx: Executor, concernId: string) {
  const rows = await tx
    .select({ entry: concernHistory, userName: users.displayName })
    .from(concernHistory)
    .leftJoin(users, eq(users.id, concernHistory.userId))
    .where(eq(concernHistory.concernId, concernId))
    .orderBy(asc(concernHistory.at));
  return rows.map((row) => ({ ...row.entry, userName: row.userName }));
}

/** Staff names by id, for "reported by", "triaged by" lines. */
export async function userNames(tx: Executor, ids: readonly (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map();
  const rows = await tx.select({ id: users.id, name: users.displayName }).from(users).where(inArray(users.id, wanted));
  return new Map(rows.map((row) => [row.id, row.name]));
}

/**
 * People the reporter may report about or name as involved: those registered at a unit where they may report,
 * found by name (in either script, as the people search spells it) or by PIN. Never wider than their own units.
 */
export async function peopleToReport(tx: Executor, user: SessionUser, query: string): Promise<PersonOption[]> {
  const text = query.trim();
  if (text === '') return [];
  const words = searchTextFor(
    { familyName: text, givenName: '', patronymic: null, familyNameLatin: null, givenNameLatin: null, patronymicLatin: null },
    [],
  )
    .split(' ')
    .filter(Boolean);
  const byName =
    words.length === 0
      ? sql`false`
      : sql.join(
          words.map((word) => sql`${people.searchText} like ${`%${word}%`}`),
          sql` and `,
        );
  return tx
    .select({ id: people.id, familyName: people.familyName, givenName: people.givenName, patronymic: people.patronymic, pin: people.pin })
    .from(people)
    .where(
      and(
        sql`${people.mergedIntoId} is null`,
        sql`(${people.pin} = ${text} or (${byName}))`,
        inUserScope(user, 'concerns:report', sql`${people.unitId}`),
      ),
    )
    .orderBy(asc(people.familyName), asc(people.givenName))
    .limit(20);
}

/** People by id, each only if the reporter may report about them (the rest are left out). */
export async function peopleInReporterScope(tx: Executor, user: SessionUser, ids: readonly string[]): Promise<PersonOption[]> {
  if (ids.length === 0) return [];
  return tx
    .select({ id: people.id, familyName: people.familyName, givenName: people.givenName, patronymic: people.patronymic, pin: people.pin })
    .from(people)
    .where(
      and(inArray(people.id, [...ids]), sql`${people.mergedIntoId} is null`, inUserScope(user, 'concerns:report', sql`${people.unitId}`)),
    );
}
