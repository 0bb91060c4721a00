import { AppError } from '../../platform/http/errors.ts';
import type { MessageKey } from '../../platform/i18n/catalog.ts';

/**
 * Why the release module refused something, as a stable code worded in every language
 * (`release.refusal.<code>`). Refusals tied to a form field name it, so the page can link the error to it.
 */
export const RELEASE_REFUSALS = [
  'stale',
  'no_open_plan',
  'plan_exists',
  'not_due',
  'release_before_admission',
  'release_in_past',
  'office_required',
  'office_invalid',
  'supervision_required',
  'no_supervision',
  'route_incomplete',
  'already_sent',
  'release_passed',
  'already_acknowledged',
  'route_locked',
] as const;
export type ReleaseRefusal = (typeof RELEASE_REFUSALS)[number];

export class ReleaseRefused extends AppError {
  override name = 'ReleaseRefused';
  constructor(
    readonly refusal: ReleaseRefusal,
    status: 400 | 404 | 409 = 409,
    readonly field?: string,
  ) {
    super(`release.${refusal}`, status, `release.refusal.${refusal}` as MessageKey);
  }
}
