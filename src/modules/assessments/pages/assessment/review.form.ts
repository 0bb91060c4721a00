import type { ReviewDecision } from '../../assessments.decisions.ts';
import { RISK_LEVELS } from '../../instruments/instrument.definition.ts';
import { rowVersionFromBody } from './workspace.form.ts';

/**
 * The reviewer's form: `decision` (approve / return / override), `reviewComment`, `overrideReason`, one
 * `override-<JUDGEMENT>` choice per judgement (blank keeps the assessor's level) and the hidden `rowVersion`.
 * Whether a comment or reason is there is the workflow's rule (assessments.workflow.ts), not the form's: the
 * form passes on what was typed and the service refuses with its own message.
 */

type Body = Record<string, unknown>;
type RiskLevel = (typeof RISK_LEVELS)[number];
export const REVIEW_DECISIONS = ['approve', 'return', 'override'] as const;

export type ReviewForm = {
  decision: (typeof REVIEW_DECISIONS)[number] | '';
  comment: string;
  reason: string;
  judgements: Record<string, RiskLevel>;
  rowVersion: number;
};

const single = (value: unknown): string => (typeof value === 'string' ? value : Array.isArray(value) ? String(value[0] ?? '') : '');
const OVERRIDE = /^override-([A-Z][A-Z0-9_]{0,31})$/;

export function reviewFormFromBody(body: Body): ReviewForm {
  const decision = single(body.decision);
  const judgements: Record<string, RiskLevel> = {};
  for (const [name, value] of Object.entries(body)) {
    const code = OVERRIDE.exec(name)?.[1];
    const level = single(value);
    if (code && (RISK_LEVELS as readonly string[]).includes(level)) judgements[code] = level as RiskLevel;
  }
  return {
    decision: (REVIEW_DECISIONS as readonly string[]).includes(decision) ? (decision as ReviewForm['decision']) : '',
    comment: single(body.reviewComment),
    reason: single(body.overrideReason),
    judgements,
    rowVersion: rowVersionFromBody(body),
  };
}

/** The decision the service is asked to take; null when none was chosen. */
export function reviewDecisionOf(form: ReviewForm): ReviewDecision | null {
  const comment = form.comment.trim() === '' ? undefined : form.comment.trim();
  if (form.decision === 'approve') return comment === undefined ? { action: 'approve' } : { action: 'approve', comment };
  if (form.decision === 'return') return { action: 'return', comment: comment ?? '' };
  if (form.decision === 'override') return { action: 'override', reason: form.reason.trim(), judgements: form.judgements };
  return null;
}

export const emptyReviewForm = (rowVersion: number): ReviewForm => ({ decision: '', comment: '', reason: '', judgements: {}, rowVersion });
