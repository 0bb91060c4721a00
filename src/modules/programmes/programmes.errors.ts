import { AppError } from '../../platform/http/errors.ts';
import type { MessageKey } from '../../platform/i18n/catalog.ts';

/**
 * Why the programmes module refused something, as a stable code worded in each language
 * (`programmes.refusal.<code>`, in programmes.messages.ts; a test checks every code has one).
 */
export const PROGRAMME_REFUSALS = [
  'not_found',
  'stale',
  'ineligible',
  'already_enrolled',
  'group_finished',
  'session_in_future',
  'session_not_held',
  'not_enrolled',
  'reason_required',
  'capacity_below_enrolled',
  'programme_retired',
] as const;
export type ProgrammeRefusalCode = (typeof PROGRAMME_REFUSALS)[number];

export const programmeRefusalKey = (code: ProgrammeRefusalCode) => `programmes.refusal.${code}` as MessageKey;

/**
 * A refusal with its HTTP status: 400 for bad input, 404 for absent, 409 for a state or stale-edit conflict.
 * `ineligible` carries the reasons (`{ reasons: MessageKey[] }`) as its details.
 */
export class ProgrammeRefused extends AppError {
  override name = 'ProgrammeRefused';
  constructor(
    readonly refusal: ProgrammeRefusalCode,
    status: 400 | 404 | 409 = 409,
    details?: unknown,
  ) {
    super(`programmes.${refusal}`, status, programmeRefusalKey(refusal), details);
  }
}
