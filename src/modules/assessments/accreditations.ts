import { and, desc, eq, gte, isNull, lte, or, sql } from 'drizzle-orm';
import { authorise } from '../../platform/access/authorise.ts';
import type { AuditActor } from '../../platform/audit/audit.service.ts';
import type { SessionUser } from '../../platform/auth/sessions.ts';
import type { Database, Executor } from '../../platform/db/pool.ts';
import { users } from '../../platform/auth/auth.tables.ts';
import { AssessmentRefused } from './assessments.errors.ts';
import { accreditations, instruments } from './assessments.tables.ts';

export type AccreditationInput = {
  userId: string;
  instrumentId: string;
  validFrom: string;
  validUntil: string | null;
  note: string | null;
};

/**
 * Whether the user may sign assessments made with this instrument today: an accreditation that has started,
 * has not ended and was not revoked. (The training module will create these from completed courses.)
 */
export async function isAccredited(tx: Executor, userId: string, instrumentId: string, today: string): Promise<boolean> {
  const [row] = await tx
    .select({ id: accreditations.id })
    .from(accreditations)
    .where(
      and(
        eq(accreditations.userId, userId),
        eq(accreditations.instrumentId, instrumentId),
        isNull(accreditations.revokedAt),
        lte(accreditations.validFrom, today),
        or(isNull(accreditations.validUntil), gte(accreditations.validUntil, today)),
      ),
    )
    .limit(1);
  return row !== undefined;
}

/** Every accreditation, newest first, with the user's and the instrument's names, for the administration page. */
export async function listAccreditations(tx: Executor) {
  return tx
    .select({
      id: accreditations.id,
      username: users.username,
      displayName: users.displayName,
      instrumentCode: instruments.code,
      instrumentName: instruments.name,
      validFrom: accreditations.validFrom,
      validUntil: accreditations.validUntil,
      note: accreditations.note,
      revokedAt: accreditations.revokedAt,
      revocationReason: accreditations.revocationReason,
    })
    .from(accreditations)
    .innerJoin(users, eq(users.id, accreditations.userId))
    .innerJoin(instruments, eq(instruments.id, accreditations.instrumentId))
    .orderBy(desc(accreditations.createdAt))
    .limit(500);
}

type Actor = { user: SessionUser; audit: AuditActor };
/**
 * An accreditation is scoped to its holder's home unit: a facility or probation manager accredits the staff
 * of their own units (an administrator, whose scope is global, anyone). Without a unit nobody but an
 * administrator would be in scope, and managers could not accredit at all.
 */
const record = (id: string, unitId: string | null) => ({ resourceType: 'accreditation', resourceId: id, unitId });

async function homeUnitOf(tx: Executor, userId: string): Promise<string | null> {
  const [row] = await tx.select({ unitId: users.homeUnitId }).from(users).where(eq(users.id, userId));
  return row?.unitId ?? null;
}

export async function grantAccreditation(db: Database, actor: Actor, input: AccreditationInput): Promise<string> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(accreditations)
      .values({ ...input, grantedBy: actor.user.id })
      .returning({ id: accreditations.id });
    await authorise(tx, {
      actor: actor.user,
      audit: actor.audit,
      permission: 'accreditations:manage',
      action: 'accreditation.grant',
      record: record(row!.id, await homeUnitOf(tx, input.userId)),
      details: { userId: input.userId, instrumentId: input.instrumentId, validFrom: input.validFrom, validUntil: input.validUntil },
    });
    return row!.id;
  });
}

export async function revokeAccreditation(db: Database, actor: Actor, id: string, reason: string): Promise<void> {
  await db.transaction(async (tx) => {
    const [held] = await tx.select({ userId: accreditations.userId }).from(accreditations).where(eq(accreditations.id, id));
    if (!held) throw new AssessmentRefused('not_found', 404);
    await authorise(tx, {
      actor: actor.user,
      audit: actor.audit,
      permission: 'accreditations:manage',
      action: 'accreditation.revoke',
      record: record(id, await homeUnitOf(tx, held.userId)),
      reason,
    });
    const changed = await tx
      .update(accreditations)
      .set({ revokedAt: sql`now()`, revokedBy: actor.user.id, revocationReason: reason })
      .where(and(eq(accreditations.id, id), isNull(accreditations.revokedAt)))
      .returning({ id: accreditations.id });
    if (changed.length === 0) throw new AssessmentRefused('not_found', 404);
  });
}
