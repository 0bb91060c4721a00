import { AppError } from '../../platform/http/errors.ts';
import type { MessageKey } from '../../platform/i18n/catalog.ts';

/** Why the partners module refused something, worded in each language as `partners.refusal.<code>`. */
export const PARTNER_REFUSALS = ['not_found', 'stale'] as const;
export type PartnerRefusalCode = (typeof PARTNER_REFUSALS)[number];

export class PartnerRefused extends AppError {
  override name = 'PartnerRefused';
  constructor(
    readonly refusal: PartnerRefusalCode,
    status: 404 | 409,
  ) {
    super(`partners.${refusal}`, status, `partners.refusal.${refusal}` as MessageKey);
  }
}
