import { and, asc, desc, eq, inArray, ne } from 'drizzle-orm';
import { users } from '../../platform/auth/auth.tables.ts';
import type { Executor } from '../../platform/db/pool.ts';
import { assessments, assessmentSteps, instruments, instrumentVersions } from './assessments.tables.ts';

export type AssessmentRow = typeof assessments.$inferSelect;
export type AssessmentStepRow = typeof assessmentSteps.$inferSelect;

/** An assessment with the instrument version it was made with (its definition, forever). */
export type AssessmentWithInstrument = AssessmentRow & {
  instrument: typeof instruments.$inferSelect;
  version: typeof instrumentVersions.$inferSelect;
};

/** One assessment of this person (another person's id answers nothing), locked for update when asked. */
export async function assessmentOf(
  tx: Executor,
  personId: string,
  id: string,
  forUpdate = false,
): Promise<AssessmentWithInstrument | undefined> {
  const query = tx
    .select({ assessment: assessments, version: instrumentVersions, instrument: instruments })
    .from(assessments)
    .innerJoin(instrumentVersions, eq(instrumentVersions.id, assessments.instrumentVersionId))
    .innerJoin(instruments, eq(instruments.id, instrumentVersions.instrumentId))
    .where(and(eq(assessments.personId, personId), eq(assessments.id, id)));
  const [row] = forUpdate ? await query.for('update', { of: assessments }) : await query;
  return row ? { ...row.assessment, instrument: row.instrument, version: row.version } : undefined;
}

/** The person's assessments, newest first, for the assessments tab. */
export async function assessmentsOfPerson(tx: Executor, personId: string) {
  return tx
    .select({
      id: assessments.id,
      status: assessments.status,
      reason: assessments.reason,
      createdAt: assessments.createdAt,
      reviewedAt: assessments.reviewedAt,
      reviewOutcome: assessments.reviewOutcome,
      nextReviewDate: assessments.nextReviewDate,
      correctsId: assessments.correctsId,
      instrumentCode: instruments.code,
      instrumentKind: instruments.kind,
      instrumentName: instruments.name,
      version: instrumentVersions.version,
      assessorName: users.displayName,
    })
    .from(assessments)
    .innerJoin(instrumentVersions, eq(instrumentVersions.id, assessments.instrumentVersionId))
    .innerJoin(instruments, eq(instruments.id, instrumentVersions.instrumentId))
    .innerJoin(users, eq(users.id, assessments.assessorId))
    .where(eq(assessments.personId, personId))
    .orderBy(desc(assessments.createdAt));
}

/** The person's approved (in force) assessment with this instrument, other than `exceptId`. */
export async function approvedAssessment(
  tx: Executor,
  personId: string,
  instrumentId: string,
  exceptId?: string,
): Promise<AssessmentWithInstrument | undefined> {
  const [row] = await tx
    .select({ assessment: assessments, version: instrumentVersions, instrument: instruments })
    .from(assessments)
    .innerJoin(instrumentVersions, eq(instrumentVersions.id, assessments.instrumentVersionId))
    .innerJoin(instruments, eq(instruments.id, instrumentVersions.instrumentId))
    .where(
      and(
        eq(assessments.personId, personId),
        eq(instruments.id, instrumentId),
        eq(assessments.status, 'approved'),
        ...(exceptId ? [ne(assessments.id, exceptId)] : []),
      ),
    )
    .orderBy(desc(assessments.reviewedAt))
    .limit(1);
  return row ? { ...row.assessment, instrument: row.instrument, version: row.version } : undefined;
}

/** The approved assessments in force for a person, one per instrument kind, for the classification proposal. */
export async function approvedAssessmentsOf(tx: Executor, personId: string, kinds: readonly (typeof instruments.$inferSelect)['kind'][]) {
  const rows = await tx
    .select({ assessment: assessments, version: instrumentVersions, instrument: instruments })
    .from(assessments)
    .innerJoin(instrumentVersions, eq(instrumentVersions.id, assessments.instrumentVersionId))
    .innerJoin(instruments, eq(instruments.id, instrumentVersions.instrumentId))
    .where(and(eq(assessments.personId, personId), eq(assessments.status, 'approved'), inArray(instruments.kind, [...kinds])))
    .orderBy(desc(assessments.reviewedAt));
  const byKind = new Map<string, AssessmentWithInstrument>();
  for (const row of rows)
    if (!byKind.has(row.instrument.kind))
      byKind.set(row.instrument.kind, { ...row.assessment, instrument: row.instrument, version: row.version });
  return byKind;
}

export async function stepsOf(tx: Executor, assessmentId: string) {
  return tx
    .select({
      action: assessmentSteps.action,
      toStatus: assessmentSteps.toStatus,
      comment: assessmentSteps.comment,
      at: assessmentSteps.at,
      actorName: users.displayName,
    })
    .from(assessmentSteps)
    .innerJoin(users, eq(users.id, assessmentSteps.actorId))
    .where(eq(assessmentSteps.assessmentId, assessmentId))
    .orderBy(asc(assessmentSteps.at));
}

export async function recordStep(tx: Executor, step: typeof assessmentSteps.$inferInsert) {
  await tx.insert(assessmentSteps).values(step);
}
