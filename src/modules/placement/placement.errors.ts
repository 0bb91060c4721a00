import { AppError } from '../../platform/http/errors.ts';
import type { MessageKey } from '../../platform/i18n/catalog.ts';

/**
 * Why the placement module refused something, as a stable code worded in each language
 * (`placement.refusal.<code>`, in placement.messages.ts).
 */
export const PLACEMENT_REFUSALS = [
  'not_found',
  'stale',
  'code_taken',
  'capacity_below_occupants',
  'move_refused',
  'override_reason_required',
  'override_not_permitted',
  'not_in_separation',
  'already_in_separation',
  'overlaps_earlier_separation',
  'extension_same_person',
  'extension_decided',
  'date_in_future',
  'end_before_start',
] as const;
export type PlacementRefusalCode = (typeof PLACEMENT_REFUSALS)[number];

export const placementRefusalKey = (code: PlacementRefusalCode) => `placement.refusal.${code}` as MessageKey;

/** A refusal with its HTTP status: 400 bad input, 404 absent, 409 a state or stale-edit conflict. */
export class PlacementRefused extends AppError {
  override name = 'PlacementRefused';
  constructor(
    readonly refusal: PlacementRefusalCode,
    status: 400 | 404 | 409 = 409,
    details?: unknown,
  ) {
    super(`placement.${refusal}`, status, placementRefusalKey(refusal), details);
  }
}
