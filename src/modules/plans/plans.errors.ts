import type { MessageKey } from '../../platform/i18n/catalog.ts';
import { AppError } from '../../platform/http/errors.ts';

/**
 * Why the plans module refused something, as a stable code worded in each language as
 * `plans.refusal.<code>` (plans.refusals.messages.ts; a test checks every code has its message).
 */
export const PLAN_REFUSALS = [
  'not_found',
  'stale',
  'plan_exists',
  'wrong_status',
  'no_objectives',
  'no_agreement',
  'own_plan',
  'comment_required',
  'reason_required',
  'open_actions',
  'proposal_gone',
  'not_programme_action',
  'already_enrolled',
  'enrolment_refused',
  'review_date_in_past',
  'responsible_unknown',
] as const;
export type PlanRefusal = (typeof PLAN_REFUSALS)[number];

export const planRefusalKey = (code: PlanRefusal) => `plans.refusal.${code}` as MessageKey;

/** A refusal with its HTTP status: 400 for bad input, 404 for absent, 409 for a state or stale-edit conflict. */
export class PlanRefused extends AppError {
  override name = 'PlanRefused';
  constructor(
    readonly refusal: PlanRefusal,
    status: 400 | 404 | 409 = 409,
    messageKey: MessageKey = planRefusalKey(refusal),
    details?: unknown,
  ) {
    super(`plans.${refusal}`, status, messageKey, details);
  }
}

/** Runs a service call and gives back its refusal (other than "absent", which answers 404), or rethrows. */
export async function planRefusalOf(work: () => Promise<unknown>): Promise<PlanRefused | null> {
  try {
    await work();
    return null;
  } catch (error) {
    if (error instanceof PlanRefused && error.refusal !== 'not_found') return error;
    throw error;
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: string) => UUID.test(value);
