import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import { type AuditActor, recordAudit } from '../audit/audit.service.ts';
import { users } from '../auth/auth.tables.ts';
import type { Database } from '../db/pool.ts';
import { breakGlassGrants } from './access.tables.ts';

/** How long a break-glass grant lasts: long enough for the urgent task, short enough to need asking again. */
export const BREAK_GLASS_MINUTES = 60;
/** A written reason, not a tick: the privacy officer must be able to judge it. */
export const BREAK_GLASS_MIN_REASON = 20;

export type BreakGlassRequest = { resourceType: string; resourceId: string; reason: string };

/** Grants time-limited access to one record outside the user's scope; the grant and its reason are audited. */
export async function grantBreakGlass(db: Database, actor: AuditActor & { userId: string }, input: BreakGlassRequest, now = new Date()) {
  return db.transaction(async (tx) => {
    const [grant] = await tx
      .insert(breakGlassGrants)
      .values({
        userId: actor.userId,
        resourceType: input.resourceType,
        resourceId: input.resourceId,
        reason: input.reason,
        grantedAt: now,
        expiresAt: new Date(now.getTime() + BREAK_GLASS_MINUTES * 60_000),
      })
      .returning();
    await recordAudit(tx, actor, {
      action: 'break_glass.grant',
      resourceType: input.resourceType,
      resourceId: input.resourceId,
      reason: input.reason,
      details: { grantId: grant!.id, expiresAt: grant!.expiresAt.toISOString() },
    });
    return grant!;
  });
}

/** The privacy officer's list: grants not yet reviewed first, then the most recent. Viewing it is audited. */
export async function listGrantsForReview(db: Database, actor: AuditActor, options: { unreviewedOnly: boolean }) {
  return db.transaction(async (tx) => {
    const rows = await tx
      .select({
        id: breakGlassGrants.id,
        username: users.username,
        displayName: users.displayName,
        resourceType: breakGlassGrants.resourceType,
        resourceId: breakGlassGrants.resourceId,
        reason: breakGlassGrants.reason,
        grantedAt: breakGlassGrants.grantedAt,
        expiresAt: breakGlassGrants.expiresAt,
        reviewedAt: breakGlassGrants.reviewedAt,
        reviewNote: breakGlassGrants.reviewNote,
      })
      .from(breakGlassGrants)
      .innerJoin(users, eq(users.id, breakGlassGrants.userId))
      .where(options.unreviewedOnly ? isNull(breakGlassGrants.reviewedAt) : undefined)
      .orderBy(sql`${breakGlassGrants.reviewedAt} is not null`, desc(breakGlassGrants.grantedAt))
      .limit(200);
    await recordAudit(tx, actor, { action: 'break_glass.review_list', details: { unreviewedOnly: options.unreviewedOnly } });
    return rows;
  });
}

/** Marks a grant reviewed with the reviewer's note; a grant is reviewed once. Returns false if it was not open. */
export async function reviewGrant(db: Database, actor: AuditActor & { userId: string }, grantId: string, note: string) {
  return db.transaction(async (tx) => {
    const [reviewed] = await tx
      .update(breakGlassGrants)
      .set({ reviewedBy: actor.userId, reviewedAt: new Date(), reviewNote: note })
      .where(and(eq(breakGlassGrants.id, grantId), isNull(breakGlassGrants.reviewedAt)))
      .returning({ id: breakGlassGrants.id });
    if (!reviewed) return false;
    await recordAudit(tx, actor, { action: 'break_glass.review', resourceType: 'break_glass_grant', resourceId: grantId, reason: note });
    return true;
  });
}
