import { AppError } from '../../platform/http/errors.ts';
import type { MessageKey } from '../../platform/i18n/catalog.ts';

/**
 * Why the probation module refused something, as a stable code worded in each language
 * (`probation.refusal.<code>` in probation.messages.ts; a test checks every code has one).
 */
export const PROBATION_REFUSALS = [
  'not_found',
  'stale',
  'order_closed',
  'condition_after_order',
  'condition_before_order',
  'hours_beyond_owed',
  'no_hours_owed',
  'contact_before_start',
  'contact_after_end',
  'date_in_future',
  'violation_before_start',
  'override_reason_required',
  'condition_required',
  'unknown_condition',
  'not_a_supervising_officer',
  'own_report',
  'report_not_approved',
  'report_already_decided',
  'closing_before_start',
] as const;
export type ProbationRefusalCode = (typeof PROBATION_REFUSALS)[number];

export const probationRefusalKey = (code: ProbationRefusalCode) => `probation.refusal.${code}` as MessageKey;

/**
 * A refusal with its HTTP status (400 bad input, 404 absent, 409 state or stale edit) and the form field it
 * belongs to, so a page can show it beside that field and keep what was typed.
 */
export class ProbationRefused extends AppError {
  override name = 'ProbationRefused';
  constructor(
    readonly refusal: ProbationRefusalCode,
    status: 400 | 404 | 409 = 400,
    readonly field?: string,
  ) {
    super(`probation.${refusal}`, status, probationRefusalKey(refusal));
  }
}

export const probationNotFound = () => new ProbationRefused('not_found', 404);
export const probationStale = () => new ProbationRefused('stale', 409);
