import type { MessageKey } from '../../platform/i18n/catalog.ts';
import { AppError } from '../../platform/http/errors.ts';

export const MANUAL_REFUSALS = ['not_found', 'stale', 'not_current'] as const;
export type ManualRefusal = (typeof MANUAL_REFUSALS)[number];

/** A refusal of the manual library, worded as `manual.refusal.<code>`: 404 for an absent manual, 409 for a newer version. */
export class ManualRefused extends AppError {
  override name = 'ManualRefused';
  constructor(
    readonly refusal: ManualRefusal,
    status: 404 | 409 = 409,
  ) {
    super(`manual.${refusal}`, status, `manual.refusal.${refusal}` as MessageKey);
  }
}

/** Manual codes are lower-case words with underscores (`recruitment_prevention`). */
export const isManualCode = (code: string) => /^[a-z][a-z_]{1,60}$/.test(code);
