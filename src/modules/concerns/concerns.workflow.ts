import type { Permission } from '../../platform/auth/permissions.ts';
import type { CONCERN_DECISIONS, CONCERN_STATUSES } from './concerns.tables.ts';

export type ConcernStatus = (typeof CONCERN_STATUSES)[number];
export type ConcernDecision = (typeof CONCERN_DECISIONS)[number];
export type ConcernStep = 'triage' | 'investigate' | 'decide' | 'plan' | 'review' | 'close';

/**
 * Which step may follow which, and who may take it. Everything after the report is the leads' work (the
 * security or psychology lead, `concerns:manage`): triage either opens an investigation or ends the concern with
 * no further action; the findings lead to a decision; a decision other than "no further action" leaves the concern
 * open for a plan (with actions and a review date) or for closing; a plan is reviewed until the concern is closed.
 */
export const STEPS: Readonly<Record<ConcernStep, { from: readonly ConcernStatus[]; permission: Permission }>> = {
  triage: { from: ['reported'], permission: 'concerns:manage' },
  investigate: { from: ['investigating'], permission: 'concerns:manage' },
  decide: { from: ['awaiting_decision'], permission: 'concerns:manage' },
  plan: { from: ['decided'], permission: 'concerns:manage' },
  review: { from: ['planned'], permission: 'concerns:manage' },
  close: { from: ['decided', 'planned'], permission: 'concerns:manage' },
};

/** The steps open to a concern in a status (the concern page offers these forms, and only these). */
export const stepsFrom = (status: ConcernStatus): ConcernStep[] =>
  (Object.keys(STEPS) as ConcernStep[]).filter((step) => STEPS[step].from.includes(status));

export const mayTake = (step: ConcernStep, status: ConcernStatus): boolean => STEPS[step].from.includes(status);

/** Where a step leaves the concern. Triage and the decision may end it at once with "no further action". */
export function statusAfter(step: ConcernStep, outcome?: string): ConcernStatus {
  switch (step) {
    case 'triage':
      return outcome === 'no_further_action' ? 'closed' : 'investigating';
    case 'investigate':
      return 'awaiting_decision';
    case 'decide':
      return outcome === 'no_further_action' ? 'closed' : 'decided';
    case 'plan':
    case 'review':
      return 'planned';
    case 'close':
      return 'closed';
  }
}

export type DecisionInput = { decision: ConcernDecision; reasons: string; alertType: string | null; referralAgency: string };
export type DecisionProblem = 'reasons_required' | 'alert_type_required' | 'agency_required';

/** A decision always gives its reasons; an alert says which alert; a referral names the agency. */
export function decisionProblem(input: DecisionInput): DecisionProblem | null {
  if (input.reasons.trim() === '') return 'reasons_required';
  if (input.decision === 'alert' && !input.alertType) return 'alert_type_required';
  if (input.decision === 'referral' && input.referralAgency.trim() === '') return 'agency_required';
  return null;
}

/** A decision for a plan is not closed before the plan is made: closing it would drop what was decided. */
export function closeProblem(concern: { status: ConcernStatus; decision: ConcernDecision | null }): 'plan_required' | null {
  return concern.status === 'decided' && concern.decision === 'plan' ? 'plan_required' : null;
}

/**
 * What a reporter without `concerns:manage` is told: where the concern stands and, once decided, what was done —
 * never the triage note, the findings or the reasons.
 */
export type ReporterView = { status: ConcernStatus; actionTaken: ConcernDecision | 'triage_no_further_action' | null };

export function reporterViewOf(concern: {
  status: ConcernStatus;
  triageOutcome: string | null;
  decision: ConcernDecision | null;
}): ReporterView {
  if (concern.triageOutcome === 'no_further_action') return { status: concern.status, actionTaken: 'triage_no_further_action' };
  return { status: concern.status, actionTaken: concern.decision };
}
