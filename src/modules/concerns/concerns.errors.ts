import type { MessageKey } from '../../platform/i18n/catalog.ts';
import { AppError } from '../../platform/http/errors.ts';

/**
 * Why the concerns module refused something, as a stable code worded in each language as
 * `concerns.refusal.<code>` (a unit test checks that every code has its words).
 */
export const CONCERN_REFUSALS = [
  'not_found',
  'stale',
  'wrong_status',
  'person_outside',
  'involved_outside',
  'reasons_required',
  'alert_type_required',
  'agency_required',
  'plan_required',
  'review_date_in_past',
] as const;
export type ConcernRefusal = (typeof CONCERN_REFUSALS)[number];

export const concernRefusalKey = (code: ConcernRefusal) => `concerns.refusal.${code}` as MessageKey;

/** A refusal with its HTTP status: 400 for bad input, 404 for absent, 409 for a state or stale-edit conflict. */
export class ConcernRefused extends AppError {
  override name = 'ConcernRefused';
  constructor(
    readonly refusal: ConcernRefusal,
    status: 400 | 404 | 409 = 409,
  ) {
    super(`concerns.${refusal}`, status, concernRefusalKey(refusal));
  }
}

/** Runs a service call and gives back its refusal (other than "absent", which answers 404), or rethrows. */
export async function concernRefusalOf(work: () => Promise<unknown>): Promise<ConcernRefused | null> {
  try {
    await work();
    return null;
  } catch (error) {
    if (error instanceof ConcernRefused && error.refusal !== 'not_found') return error;
    throw error;
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: string) => UUID.test(value);
