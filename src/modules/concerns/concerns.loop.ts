import type { Database } from '../../platform/db/pool.ts';
import { requestAssessmentReview } from '../assessments/assessments.service.ts';
import { ensureAlertInForce, type PeopleActor, todayInBishkek } from '../people/people.service.ts';
import { ConcernRefused } from './concerns.errors.ts';
import { recordHistory } from './concerns.history.ts';
import { concernStep } from './concerns.steps.ts';
import {
  type CONCERN_DECISIONS,
  concernPlanActions,
  concernReviews,
  type DECISION_ALERTS,
  type TRIAGE_OUTCOMES,
} from './concerns.tables.ts';
import { closeProblem, decisionProblem } from './concerns.workflow.ts';

type Target = { personId: string; concernId: string; rowVersion: number };
const nonEmpty = (text: string, refusal: 'reasons_required') => {
  if (text.trim() === '') throw new ConcernRefused(refusal, 400);
  return text.trim();
};

/** Triage by a lead: open an investigation, or end the concern with no further action (a note is required). */
export async function triageConcern(
  db: Database,
  actor: PeopleActor,
  input: Target & { outcome: (typeof TRIAGE_OUTCOMES)[number]; note: string },
) {
  const note = nonEmpty(input.note, 'reasons_required');
  return concernStep(
    db,
    actor,
    { ...input, step: 'triage', outcome: input.outcome, reason: note, details: { outcome: input.outcome } },
    async (tx, concern) => {
      await recordHistory(tx, {
        concernId: concern.id,
        event: 'triage',
        userId: actor.user.id,
        reason: note,
        details: { outcome: input.outcome },
      });
      const closing = input.outcome === 'no_further_action';
      return {
        triageOutcome: input.outcome,
        triageNote: note,
        triagedBy: actor.user.id,
        triagedAt: new Date(),
        ...(closing ? { closeReason: note, closedBy: actor.user.id, closedAt: new Date() } : {}),
      };
    },
  );
}

/** The investigation's findings: what was found out, from whom, and what it means. */
export async function recordFindings(db: Database, actor: PeopleActor, input: Target & { findings: string }) {
  const findings = nonEmpty(input.findings, 'reasons_required');
  return concernStep(db, actor, { ...input, step: 'investigate' }, async (tx, concern) => {
    await recordHistory(tx, { concernId: concern.id, event: 'investigate', userId: actor.user.id });
    return { findings, investigatedBy: actor.user.id, investigatedAt: new Date() };
  });
}

export type DecisionForm = {
  decision: (typeof CONCERN_DECISIONS)[number];
  reasons: string;
  alertType: (typeof DECISION_ALERTS)[number] | null;
  referralAgency: string;
};

/**
 * The decision, with reasons. "Alert" raises the chosen alert on the person (through the people module, in
 * this transaction); "reassessment" asks the assessments module for a review now, which puts the person's
 * assessments in force on the reviews worklist; "no further action" closes the concern.
 */
export async function decideConcern(db: Database, actor: PeopleActor, input: Target & DecisionForm) {
  const problem = decisionProblem(input);
  if (problem) throw new ConcernRefused(problem, 400);
  const reasons = input.reasons.trim();
  return concernStep(
    db,
    actor,
    { ...input, step: 'decide', outcome: input.decision, reason: reasons, details: { decision: input.decision } },
    async (tx, concern, person) => {
      const today = todayInBishkek();
      await recordHistory(tx, {
        concernId: concern.id,
        event: 'decide',
        userId: actor.user.id,
        reason: reasons,
        details: { decision: input.decision },
      });
      if (input.decision === 'alert' && input.alertType) {
        const added = await ensureAlertInForce(tx, {
          personId: person.id,
          type: input.alertType,
          reason: reasons,
          createdBy: actor.user.id,
          today,
        });
        await recordHistory(tx, {
          concernId: concern.id,
          event: 'alert_raised',
          userId: actor.user.id,
          details: { alertType: input.alertType, added: added ? 'yes' : 'already' },
        });
      }
      if (input.decision === 'reassessment') {
        const moved = await requestAssessmentReview(tx, {
          personId: person.id,
          reason: reasons,
          source: 'concern_report',
          userId: actor.user.id,
          today,
        });
        await recordHistory(tx, {
          concernId: concern.id,
          event: 'review_requested',
          userId: actor.user.id,
          details: { moved: String(moved) },
        });
      }
      const closing = input.decision === 'no_further_action';
      return {
        decision: input.decision,
        decisionReasons: reasons,
        alertType: input.decision === 'alert' ? input.alertType : null,
        referralAgency: input.decision === 'referral' ? input.referralAgency.trim() : null,
        decidedBy: actor.user.id,
        decidedAt: new Date(),
        ...(closing ? { closeReason: reasons, closedBy: actor.user.id, closedAt: new Date() } : {}),
      };
    },
  );
}

export type PlanAction = { description: string; responsible: string; targetDate: string };

/** The plan: at least one action (what, who, by when) and the first review date, after today. */
export async function makePlan(db: Database, actor: PeopleActor, input: Target & { actions: PlanAction[]; reviewDate: string }) {
  if (input.reviewDate <= todayInBishkek()) throw new ConcernRefused('review_date_in_past', 400);
  return concernStep(
    db,
    actor,
    { ...input, step: 'plan', details: { actions: input.actions.length, reviewDate: input.reviewDate } },
    async (tx, concern) => {
      await tx
        .insert(concernPlanActions)
        .values(input.actions.map((action) => ({ ...action, concernId: concern.id, createdBy: actor.user.id })));
      await recordHistory(tx, { concernId: concern.id, event: 'plan', userId: actor.user.id, details: { reviewDate: input.reviewDate } });
      return { nextReviewDate: input.reviewDate };
    },
  );
}

/** A review of the plan: what has changed, and the next review date (after today). */
export async function reviewConcern(db: Database, actor: PeopleActor, input: Target & { summary: string; nextReviewDate: string }) {
  const summary = nonEmpty(input.summary, 'reasons_required');
  const today = todayInBishkek();
  if (input.nextReviewDate <= today) throw new ConcernRefused('review_date_in_past', 400);
  return concernStep(db, actor, { ...input, step: 'review', details: { nextReviewDate: input.nextReviewDate } }, async (tx, concern) => {
    await tx
      .insert(concernReviews)
      .values({ concernId: concern.id, reviewedOn: today, summary, nextReviewDate: input.nextReviewDate, reviewedBy: actor.user.id });
    await recordHistory(tx, {
      concernId: concern.id,
      event: 'review',
      userId: actor.user.id,
      reason: summary,
      details: { nextReviewDate: input.nextReviewDate },
    });
    return { nextReviewDate: input.nextReviewDate };
  });
}

/** Closure, with a reason; a decision for a plan is not closed before its plan is made. */
export async function closeConcern(db: Database, actor: PeopleActor, input: Target & { reason: string }) {
  const reason = nonEmpty(input.reason, 'reasons_required');
  return concernStep(db, actor, { ...input, step: 'close', reason }, async (tx, concern) => {
    const problem = closeProblem(concern);
    if (problem) throw new ConcernRefused(problem, 409);
    await recordHistory(tx, { concernId: concern.id, event: 'close', userId: actor.user.id, reason });
    return { closeReason: reason, closedBy: actor.user.id, closedAt: new Date() };
  });
}
