import { eq } from 'drizzle-orm';
import type { Database, Executor } from '../../platform/db/pool.ts';
import type { Locale } from '../../platform/i18n/locales.ts';
import { needsOfPerson } from '../assessments/assessments.service.ts';
import type { PeopleActor } from '../people/people.service.ts';
import { isUuid, PlanRefused } from './plans.errors.ts';
import { recordHistory } from './plans.history.ts';
import { type ObjectiveProposal, proposalKey, proposeObjectives } from './plans.proposals.ts';
import { objectivesOf, rejectedNeedsOf } from './plans.repository.ts';
import { planStep } from './plans.steps.ts';
import { planObjectives, planRejectedNeeds } from './plans.tables.ts';

/** Kadam's proposals for a plan now: from the needs in force, less those its objectives answer or staff rejected. */
export async function proposalsFor(tx: Executor, planId: string, personId: string): Promise<ObjectiveProposal[]> {
  const covered = new Set((await objectivesOf(tx, planId)).flatMap((objective) => objective.needCodes));
  const rejected = new Set((await rejectedNeedsOf(tx, planId)).map((row) => row.needCode));
  return proposeObjectives(await needsOfPerson(tx, personId), { covered, rejected });
}

export type ProposalDecision =
  { decision: 'accept'; key: string; wording: string; locale: Locale } | { decision: 'reject'; key: string; reason: string };

/**
 * Staff's answer to one proposal: accept it as worded (in the user's language), accept it in their own words
 * (recorded as edited, the proposal kept in the history), or reject it with a reason. A proposal that is no
 * longer there (someone else answered it, or the assessment changed) is refused rather than guessed at.
 */
export async function answerProposal(
  db: Database,
  actor: PeopleActor,
  input: { personId: string; rowVersion: number } & ProposalDecision,
): Promise<void> {
  const reason = input.decision === 'reject' ? input.reason.trim() : '';
  if (input.decision === 'reject' && reason === '') throw new PlanRefused('reason_required', 400);
  await planStep(
    db,
    actor,
    {
      personId: input.personId,
      action: `plan.proposal.${input.decision}`,
      step: 'change',
      rowVersion: input.rowVersion,
      reason: reason || undefined,
      details: { needs: input.key },
    },
    async (tx, plan, person) => {
      const proposal = (await proposalsFor(tx, plan.id, person.id)).find((entry) => proposalKey(entry) === input.key);
      if (!proposal) throw new PlanRefused('proposal_gone', 409);
      const needs = proposal.needs.map((need) => need.code).join(', ');
      if (input.decision === 'reject') {
        await tx.insert(planRejectedNeeds).values(
          proposal.needs.map((need) => ({
            planId: plan.id,
            needCode: need.code,
            needTitle: need.title,
            reason,
            rejectedBy: actor.user.id,
          })),
        );
        await recordHistory(tx, { planId: plan.id, event: 'proposal_rejected', userId: actor.user.id, reason, details: { needs } });
        return;
      }
      const proposed = proposal.wording[input.locale];
      const wording = input.wording.trim() === '' ? proposed : input.wording.trim();
      const edited = wording !== proposed;
      await tx.insert(planObjectives).values({
        planId: plan.id,
        source: edited ? 'edited' : 'proposed',
        needCodes: proposal.needs.map((need) => need.code),
        needTitles: proposal.needs.map((need) => need.title),
        wording,
        createdBy: actor.user.id,
      });
      await recordHistory(tx, {
        planId: plan.id,
        event: edited ? 'objective_edited' : 'objective_accepted',
        userId: actor.user.id,
        details: { needs, objective: wording, proposed: edited ? proposed : null },
      });
    },
  );
}

/** An objective staff write themselves, not tied to a need Kadam found. */
export async function addOwnObjective(db: Database, actor: PeopleActor, input: { personId: string; rowVersion: number; wording: string }) {
  const wording = input.wording.trim();
  await planStep(
    db,
    actor,
    { personId: input.personId, action: 'plan.objective.add', step: 'change', rowVersion: input.rowVersion },
    async (tx, plan) => {
      await tx.insert(planObjectives).values({ planId: plan.id, source: 'staff', wording, createdBy: actor.user.id });
      await recordHistory(tx, { planId: plan.id, event: 'objective_added', userId: actor.user.id, details: { objective: wording } });
    },
  );
}

/** The objective of the plan, or a 404: an id from another plan is as absent as a made-up one. */
export async function objectiveOfPlan(tx: Executor, planId: string, objectiveId: string) {
  if (!isUuid(objectiveId)) throw new PlanRefused('not_found', 404);
  const [row] = await tx.select().from(planObjectives).where(eq(planObjectives.id, objectiveId));
  if (!row || row.planId !== planId) throw new PlanRefused('not_found', 404);
  return row;
}
