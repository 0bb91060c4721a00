import type { MessageKey } from '../../platform/i18n/catalog.ts';
import { AppError } from '../../platform/http/errors.ts';

/**
 * Why the court reports module refused something, as a stable code worded in each language as
 * `courtReports.refusal.<code>` (courtreports.messages.ts; a unit test checks each code has its message).
 */
export const COURT_REPORT_REFUSALS = [
  'not_found',
  'stale',
  'wrong_status',
  'no_interviews',
  'inquiry_incomplete',
  'no_recommendation',
  'own_report',
  'comment_required',
  'followed_required',
  'followed_not_applicable',
  'not_approved',
  'office_unknown',
  'officer_unknown',
  'court_unknown',
  'assessment_unknown',
  'decision_before_request',
  'interview_before_request',
] as const;
export type CourtReportRefusal = (typeof COURT_REPORT_REFUSALS)[number];

export const courtReportRefusalKey = (code: CourtReportRefusal) => `courtReports.refusal.${code}` as MessageKey;

/** A refusal with its HTTP status: 400 for bad input, 404 for absent, 409 for a state or stale-edit conflict. */
export class CourtReportRefused extends AppError {
  override name = 'CourtReportRefused';
  constructor(
    readonly refusal: CourtReportRefusal,
    status: 400 | 404 | 409 = 409,
  ) {
    super(`court_reports.${refusal}`, status, courtReportRefusalKey(refusal));
  }
}

/** Runs a service call and gives back its refusal (other than "absent", which answers 404), or rethrows. */
export async function refusalOf(work: () => Promise<unknown>): Promise<CourtReportRefused | null> {
  try {
    await work();
    return null;
  } catch (error) {
    if (error instanceof CourtReportRefused && error.refusal !== 'not_found') return error;
    throw error;
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: string) => UUID.test(value);
