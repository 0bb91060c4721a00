import { and, asc, desc, eq, inArray, ne, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { unitAndAncestors } from '../../platform/access/access.repository.ts';
import { users } from '../../platform/auth/auth.tables.ts';
import type { Executor } from '../../platform/db/pool.ts';
import { planActions, planHistory, planObjectives, planProgressNotes, planRejectedNeeds, planReviews, plans } from './plans.tables.ts';

export type PlanRow = typeof plans.$inferSelect;
export type ObjectiveRow = typeof planObjectives.$inferSelect;
export type ActionRow = typeof planActions.$inferSelect & { responsibleName: string | null };
export type ReviewRow = typeof planReviews.$inferSelect & { reviewedByName: string; notes: { objectiveId: string; note: string }[] };
export type HistoryRow = typeof planHistory.$inferSelect & { userName: string | null };

/** The person's open plan (not closed), if any; `lock` takes the row for the rest of the transaction. */
export async function openPlanOf(tx: Executor, personId: string, lock = false): Promise<PlanRow | undefined> {
  const query = tx
    .select()
    .from(plans)
    .where(and(eq(plans.personId, personId), ne(plans.status, 'closed')));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

export async function plansOfPerson(tx: Executor, personId: string): Promise<PlanRow[]> {
  return tx.select().from(plans).where(eq(plans.personId, personId)).orderBy(desc(plans.createdAt));
}

export async function objectivesOf(tx: Executor, planId: string): Promise<ObjectiveRow[]> {
  return tx.select().from(planObjectives).where(eq(planObjectives.planId, planId)).orderBy(asc(planObjectives.createdAt));
}

export async function actionsOf(tx: Executor, planId: string): Promise<ActionRow[]> {
  const rows = await tx
    .select({ action: planActions, responsibleName: users.displayName })
    .from(planActions)
    .leftJoin(users, eq(users.id, planActions.responsibleUserId))
    .where(eq(planActions.planId, planId))
    .orderBy(asc(planActions.targetDate), asc(planActions.createdAt));
  return rows.map((row) => ({ ...row.action, responsibleName: row.responsibleName }));
}

export async function rejectedNeedsOf(tx: Executor, planId: string) {
  return tx.select().from(planRejectedNeeds).where(eq(planRejectedNeeds.planId, planId)).orderBy(asc(planRejectedNeeds.rejectedAt));
}

export async function reviewsOf(tx: Executor, planId: string): Promise<ReviewRow[]> {
  const rows = await tx
    .select({ review: planReviews, reviewedByName: users.displayName })
    .from(planReviews)
    .innerJoin(users, eq(users.id, planReviews.reviewedBy))
    .where(eq(planReviews.planId, planId))
    .orderBy(desc(planReviews.reviewedOn), desc(planReviews.createdAt));
  const ids = rows.map((row) => row.review.id);
  const notes = ids.length === 0 ? [] : await tx.select().from(planProgressNotes).where(inArray(planProgressNotes.reviewId, ids));
  return rows.map((row) => ({
    ...row.review,
    reviewedByName: row.reviewedByName,
    notes: notes.filter((note) => note.reviewId === row.review.id).map(({ objectiveId, note }) => ({ objectiveId, note })),
  }));
}

/** Every plan's history for a person, newest first, with who made each change. */
export async function historyOfPerson(tx: Executor, personId: string): Promise<HistoryRow[]> {
  const author = alias(users, 'author');
  const rows = await tx
    .select({ entry: planHistory, userName: author.displayName })
    .from(planHistory)
    .innerJoin(plans, eq(plans.id, planHistory.planId))
    .leftJoin(author, eq(author.id, planHistory.userId))
    .where(eq(plans.personId, personId))
    .orderBy(desc(planHistory.at));
  return rows.map((row) => ({ ...row.entry, userName: row.userName }));
}

/** Who may be named responsible for an action: staff holding a role at the person's unit or a unit above it. */
export async function responsibleStaffFor(tx: Executor, unitId: string): Promise<{ id: string; name: string }[]> {
  const units = [...(await unitAndAncestors(tx, unitId))];
  if (units.length === 0) return [];
  const result = await tx.execute<{ id: string; name: string }>(sql`
    select distinct u.id, u.display_name as name from users u join user_roles r on r.user_id = u.id
    where u.disabled_at is null and not u.service_account
      and r.org_unit_id in (${sql.join(
        units.map((id) => sql`${id}::uuid`),
        sql`, `,
      )})
    order by u.display_name`);
  return result.rows;
}

/** Staff names by id, for "written by", "approved by" lines. */
export async function userNames(tx: Executor, ids: readonly (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map();
  const rows = await tx.select({ id: users.id, name: users.displayName }).from(users).where(inArray(users.id, wanted));
  return new Map(rows.map((row) => [row.id, row.name]));
}
