import type { MessageKey } from '../../platform/i18n/catalog.ts';
import { AppError } from '../../platform/http/errors.ts';
import { REFUSALS } from './assessments.workflow.ts';

/**
 * Why the assessments module refused something, as a stable code. Each code has a message in the user's
 * language (`assessments.refusal.<code>`, in assessments.messages.ts; a test checks every code has one).
 */
export const REFUSAL_CODES = [
  'not_found',
  'stale',
  'definition_invalid',
  'instrument_kind_changed',
  'instrument_code_changed',
  'version_not_draft',
  'version_not_published',
  'no_current_version',
  'wrong_status',
  'own_assessment',
  'comment_required',
  'reason_required',
  'not_accredited',
  'incomplete',
  'not_for_this_person',
  'no_approved_assessment',
  'review_date_reason_required',
  'review_date_in_past',
  'override_judgement_required',
  'not_decider',
  'version_required',
  'placement_option_required',
  'unknown_answer',
] as const;
export type RefusalCode = (typeof REFUSAL_CODES)[number];

const WORKFLOW_REFUSALS: ReadonlySet<RefusalCode> = new Set(REFUSALS);

/** Workflow refusals are worded in assessments.workflow.messages.ts, the rest in assessments.messages.ts. */
export const refusalMessageKey = (code: RefusalCode) =>
  (WORKFLOW_REFUSALS.has(code) ? `assessments.workflow.refusal.${code}` : `assessments.refusal.${code}`) as MessageKey;

/** A refusal with its HTTP status: 400 for bad input, 404 for absent, 409 for a state or stale-edit conflict. */
export class AssessmentRefused extends AppError {
  override name = 'AssessmentRefused';
  constructor(
    readonly refusal: RefusalCode,
    status: 400 | 404 | 409 | 412 | 428 = 409,
    details?: unknown,
  ) {
    super(`assessments.${refusal}`, status, refusalMessageKey(refusal), details);
  }
}
