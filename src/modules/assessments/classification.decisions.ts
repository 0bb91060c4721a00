import { and, desc, eq, sql } from 'drizzle-orm';
import type { Database, Executor } from '../../platform/db/pool.ts';
import {
  ensureAlertInForce,
  hasExtremismConviction,
  type PeopleActor,
  type PersonRow,
  todayInBishkek,
  withPerson,
} from '../people/people.service.ts';
import { AssessmentRefused } from './assessments.errors.ts';
import { approvedAssessmentsOf, type AssessmentWithInstrument } from './assessments.repository.ts';
import { proposeClassification, type ProposalReason } from './classification.proposal.ts';
import { type ClassificationContent, classifications, placementPolicies } from './classification.tables.ts';
import type { RISK_LEVELS } from './instruments/instrument.definition.ts';

type RiskLevel = (typeof RISK_LEVELS)[number];
export type ClassificationRow = typeof classifications.$inferSelect;
export type ClassificationDecision =
  | { action: 'confirm'; alertReason: string }
  | { action: 'override'; decision: ClassificationContent; reason: string; alertReason: string }
  | { action: 'return'; comment: string };

/** The judgements in force on an approved assessment: the reviewer's override, where there was one, wins. */
export function judgementsInForce(assessment: Pick<AssessmentWithInstrument, 'answers' | 'overrideJudgements'>): Record<string, RiskLevel> {
  return { ...assessment.answers.judgements, ...(assessment.overrideJudgements as Record<string, RiskLevel> | null) };
}

async function proposalFor(tx: Executor, person: PersonRow) {
  const approved = await approvedAssessmentsOf(tx, person.id, ['violent_extremism', 'general_rnr']);
  const extremism = approved.get('violent_extremism');
  const general = approved.get('general_rnr');
  if (!extremism && !general) throw new AssessmentRefused('no_approved_assessment', 400);
  const ve = extremism ? judgementsInForce(extremism) : {};
  const rnr = general ? judgementsInForce(general) : {};
  const [policy] = await tx.select().from(placementPolicies).where(eq(placementPolicies.unitId, person.unitId));
  const proposal = proposeClassification({
    violence: ve.VIOLENCE ?? null,
    influence: ve.INFLUENCE ?? null,
    vulnerability: ve.VULNERABILITY ?? null,
    reoffending: rnr.REOFFENDING ?? null,
    extremismConviction: await hasExtremismConviction(tx, person.id),
    probationClient: person.legalStatus === 'probation',
    facilityOptions: policy?.options ?? [],
  });
  const basis = [extremism, general].filter((entry) => entry !== undefined);
  const reviewDates = basis.map((entry) => entry.nextReviewDate).filter((date): date is string => date !== null);
  return { ...proposal, basisAssessmentIds: basis.map((entry) => entry.id), nextReviewDate: reviewDates.sort()[0] ?? null };
}

/**
 * Kadam proposes a classification from the person's approved assessments (the user asks for it; the proposal is
 * recorded with who asked). An earlier proposal nobody decided is superseded by the new one.
 */
export async function requestProposal(
  db: Database,
  actor: PeopleActor,
  personId: string,
): Promise<{ id: string; reasons: ProposalReason[] }> {
  return withPerson(db, actor, { personId, permission: 'assessments:conduct', action: 'classification.propose' }, async (tx, person) => {
    const proposal = await proposalFor(tx, person);
    const [row] = await tx
      .insert(classifications)
      .values({
        personId: person.id,
        basisAssessmentIds: proposal.basisAssessmentIds,
        proposal: proposal.content,
        proposalReasons: proposal.reasons,
        proposedBy: actor.user.id,
        nextReviewDate: proposal.nextReviewDate,
      })
      .returning({ id: classifications.id });
    await tx
      .update(classifications)
      .set({ status: 'superseded', supersededById: row!.id, rowVersion: sql`${classifications.rowVersion} + 1` })
      .where(
        and(eq(classifications.personId, person.id), eq(classifications.status, 'proposed'), sql`${classifications.id} <> ${row!.id}`),
      );
    return { id: row!.id, reasons: proposal.reasons };
  });
}

/**
 * The committee's decision on a proposal: confirm it, override it (a reason is required), or return it with a
 * comment. The one who asked for the proposal does not decide it. A confirmed or overridden classification
 * supersedes the one before, and its category feeds the person's alerts.
 */
export async function decideClassification(
  db: Database,
  actor: PeopleActor,
  personId: string,
  classificationId: string,
  rowVersion: number,
  decision: ClassificationDecision,
) {
  const reason = decision.action === 'override' ? decision.reason : decision.action === 'return' ? decision.comment : undefined;
  return withPerson(
    db,
    actor,
    {
      personId,
      permission: 'classification:decide',
      action: `classification.${decision.action}`,
      details: { classification: classificationId },
      reason,
    },
    async (tx, person) => {
      const [row] = await tx
        .select()
        .from(classifications)
        .where(and(eq(classifications.id, classificationId), eq(classifications.personId, person.id)))
        .for('update');
      if (!row) throw new AssessmentRefused('not_found', 404);
      if (row.rowVersion !== rowVersion) throw new AssessmentRefused('stale', 409);
      if (row.status !== 'proposed') throw new AssessmentRefused('wrong_status', 409);
      if (row.proposedBy === actor.user.id) throw new AssessmentRefused('not_decider', 400);
      if (decision.action === 'return' && decision.comment.trim() === '') throw new AssessmentRefused('comment_required', 400);
      if (decision.action === 'override' && decision.reason.trim() === '') throw new AssessmentRefused('reason_required', 400);
      const decided = { decidedBy: actor.user.id, decidedAt: new Date(), rowVersion: row.rowVersion + 1 };
      if (decision.action === 'return') {
        const [returned] = await tx
          .update(classifications)
          .set({ ...decided, status: 'returned', returnComment: decision.comment })
          .where(eq(classifications.id, row.id))
          .returning();
        return returned!;
      }
      const content = decision.action === 'override' ? decision.decision : row.proposal;
      const [decidedRow] = await tx
        .update(classifications)
        .set({
          ...decided,
          status: decision.action === 'override' ? 'overridden' : 'confirmed',
          decision: content,
          decisionReason: reason ?? null,
        })
        .where(eq(classifications.id, row.id))
        .returning();
      await tx
        .update(classifications)
        .set({ status: 'superseded', supersededById: row.id, rowVersion: sql`${classifications.rowVersion} + 1` })
        .where(
          and(
            eq(classifications.personId, person.id),
            sql`${classifications.status} in ('confirmed', 'overridden')`,
            sql`${classifications.id} <> ${row.id}`,
          ),
        );
      await feedAlerts(tx, person.id, content, actor.user.id, decision.alertReason);
      return decidedRow!;
    },
  );
}

const ALERT_OF_CATEGORY = {
  violent_extremist_offender: 'violent_extremist_offender',
  at_risk_of_radicalisation: 'vulnerable_to_recruitment',
} as const;

/** The alert's reason is written by the caller in the decider's language, e.g. "Classification decision of 25.11.2026". */
async function feedAlerts(tx: Executor, personId: string, content: ClassificationContent, userId: string, reason: string) {
  if (content.category === 'general') return;
  const today = todayInBishkek();
  await ensureAlertInForce(tx, { personId, type: ALERT_OF_CATEGORY[content.category], reason, createdBy: userId, today });
}

/** The person's classifications, newest first: the one in force is the latest confirmed or overridden. */
export async function classificationsOf(tx: Executor, personId: string): Promise<ClassificationRow[]> {
  return tx.select().from(classifications).where(eq(classifications.personId, personId)).orderBy(desc(classifications.proposedAt));
}
