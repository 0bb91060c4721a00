import { eq, sql } from 'drizzle-orm';
import type { Database, Executor } from '../../platform/db/pool.ts';
import { expectedReleaseOf, type PeopleActor, todayInBishkek, withPerson } from '../people/people.service.ts';
import { isAccredited } from './accreditations.ts';
import { missingForSubmission } from './assessments.completeness.ts';
import { AssessmentRefused } from './assessments.errors.ts';
import { approvedAssessment, type AssessmentWithInstrument, assessmentOf, recordStep } from './assessments.repository.ts';
import { nextReviewDate, reviewDateAfterTrigger } from './assessments.review-policy.ts';
import { assessments } from './assessments.tables.ts';
import { type Action, checkTransition, CORRECTION_STATUS, nextStatus } from './assessments.workflow.ts';
import type { RISK_LEVELS } from './instruments/instrument.definition.ts';

type RiskLevel = (typeof RISK_LEVELS)[number];
export type ReviewDecision =
  | { action: 'approve'; comment?: string }
  | { action: 'return'; comment: string }
  | { action: 'override'; reason: string; judgements: Record<string, RiskLevel> };

/** One workflow step on one assessment: person scope and audit by `withPerson`, the row locked, rules checked. */
async function step<T>(
  db: Database,
  actor: PeopleActor,
  input: {
    personId: string;
    assessmentId: string;
    action: Action;
    permission: 'assessments:conduct' | 'assessments:review';
    rowVersion: number;
    comment?: string | null;
    overrideReason?: string | null;
  },
  work: (tx: Executor, assessment: AssessmentWithInstrument) => Promise<T>,
): Promise<T> {
  return withPerson(
    db,
    actor,
    {
      personId: input.personId,
      permission: input.permission,
      action: `assessment.${input.action}`,
      details: { assessment: input.assessmentId },
      reason: input.overrideReason ?? input.comment ?? undefined,
    },
    async (tx, person) => {
      const assessment = await assessmentOf(tx, person.id, input.assessmentId, true);
      if (!assessment) throw new AssessmentRefused('not_found', 404);
      if (assessment.rowVersion !== input.rowVersion) throw new AssessmentRefused('stale', 409);
      const check = checkTransition({
        status: assessment.status,
        action: input.action,
        actorId: actor.user.id,
        assessorId: assessment.assessorId,
        comment: input.comment,
        overrideReason: input.overrideReason,
        accredited: await isAccredited(tx, actor.user.id, assessment.instrument.id, todayInBishkek()),
      });
      if (!check.ok) throw new AssessmentRefused(check.refusal, check.refusal === 'wrong_status' ? 409 : 400);
      // Anyone who wrote part of the draft is as much its author as the one who started it.
      if (['approve', 'return', 'override'].includes(input.action) && assessment.contributorIds.includes(actor.user.id))
        throw new AssessmentRefused('own_assessment', 400);
      const result = await work(tx, assessment);
      await recordStep(tx, {
        assessmentId: assessment.id,
        action: input.action,
        fromStatus: assessment.status,
        toStatus: nextStatus(assessment.status, input.action)!,
        comment: input.overrideReason ?? input.comment ?? null,
        actorId: actor.user.id,
      });
      return result;
    },
  );
}

/** Submits a complete draft for review; what is missing is refused with the list of fields. */
export async function submitAssessment(db: Database, actor: PeopleActor, personId: string, assessmentId: string, rowVersion: number) {
  await step(
    db,
    actor,
    { personId, assessmentId, action: 'submit', permission: 'assessments:conduct', rowVersion },
    async (tx, assessment) => {
      const missing = missingForSubmission(assessment.version.definition, assessment.answers);
      if (missing.length > 0) throw new AssessmentRefused('incomplete', 400, { missing });
      await tx
        .update(assessments)
        .set({ status: 'submitted', submittedAt: sql`now()`, rowVersion: sql`${assessments.rowVersion} + 1`, updatedAt: sql`now()` })
        .where(eq(assessments.id, assessment.id));
    },
  );
}

/**
 * The second person's decision: approve (locks it, sets the next review date from the instrument's policy and
 * supersedes the assessment it follows), return with comments, or override the judgements with a reason.
 */
export async function reviewAssessment(
  db: Database,
  actor: PeopleActor,
  personId: string,
  assessmentId: string,
  rowVersion: number,
  decision: ReviewDecision,
) {
  const comment = decision.action === 'override' ? null : (decision.comment ?? null);
  const overrideReason = decision.action === 'override' ? decision.reason : null;
  await step(
    db,
    actor,
    { personId, assessmentId, action: decision.action, permission: 'assessments:review', rowVersion, comment, overrideReason },
    async (tx, assessment) => {
      const bump = {
        rowVersion: sql`${assessments.rowVersion} + 1`,
        updatedAt: sql`now()`,
        reviewerId: actor.user.id,
        reviewedAt: sql`now()`,
      };
      if (decision.action === 'return') {
        await tx
          .update(assessments)
          .set({ ...bump, status: 'returned' })
          .where(eq(assessments.id, assessment.id));
        return;
      }
      const definition = assessment.version.definition;
      let judgements = assessment.answers.judgements;
      if (decision.action === 'override') {
        const known = new Map(definition.outcome.judgements.map((entry) => [entry.code, entry.levels as readonly string[]]));
        const invalid = Object.entries(decision.judgements).some(([code, level]) => !known.get(code)?.includes(level));
        if (invalid || Object.keys(decision.judgements).length === 0) throw new AssessmentRefused('override_judgement_required', 400);
        judgements = { ...judgements, ...decision.judgements };
      }
      const today = todayInBishkek();
      const previous = await approvedAssessment(tx, assessment.personId, assessment.instrument.id, assessment.id);
      await tx
        .update(assessments)
        .set({
          ...bump,
          status: 'approved',
          reviewOutcome: decision.action === 'override' ? 'overridden' : 'approved',
          overrideJudgements: decision.action === 'override' ? decision.judgements : null,
          overrideReason,
          nextReviewDate: await reviewDateOnApproval(tx, assessment.personId, nextReviewDate(definition, judgements, today), today),
        })
        .where(eq(assessments.id, assessment.id));
      if (previous) {
        await tx
          .update(assessments)
          .set({ status: 'superseded', supersededById: assessment.id, rowVersion: sql`${assessments.rowVersion} + 1` })
          .where(eq(assessments.id, previous.id));
        await recordStep(tx, {
          assessmentId: previous.id,
          action: 'supersede',
          fromStatus: 'approved',
          toStatus: 'superseded',
          actorId: actor.user.id,
        });
      }
    },
  );
}

/** The policy's date, or the pre-release review (6 months before the expected release) when that comes first. */
async function reviewDateOnApproval(tx: Executor, personId: string, policyDate: string, today: string): Promise<string> {
  const releaseDate = await expectedReleaseOf(tx, personId);
  if (!releaseDate || releaseDate < today) return policyDate;
  return reviewDateAfterTrigger(policyDate, 'pre_release', today, releaseDate).date;
}

/** An approved assessment is never edited: a correction is a new draft with the same answers, linked to it. */
export async function correctAssessment(
  db: Database,
  actor: PeopleActor,
  personId: string,
  assessmentId: string,
  rowVersion: number,
): Promise<string> {
  return step(
    db,
    actor,
    { personId, assessmentId, action: 'correct', permission: 'assessments:conduct', rowVersion },
    async (tx, assessment) => {
      const [row] = await tx
        .insert(assessments)
        .values({
          personId: assessment.personId,
          instrumentVersionId: assessment.instrumentVersionId,
          status: CORRECTION_STATUS,
          reason: 'correction',
          answers: assessment.answers,
          assessorId: actor.user.id,
          contributorIds: [actor.user.id],
          correctsId: assessment.id,
        })
        .returning({ id: assessments.id });
      await recordStep(tx, { assessmentId: row!.id, action: 'start', toStatus: 'draft', comment: null, actorId: actor.user.id });
      return row!.id;
    },
  );
}
