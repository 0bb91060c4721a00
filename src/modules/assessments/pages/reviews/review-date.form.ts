import type { MessageKey } from '../../../../platform/i18n/catalog.ts';
import { parseUserDate } from '../../../people/people.service.ts';

/**
 * The form that moves a decision's next review date: `newDate` as staff type it (dd.mm.yyyy) and `reviewReason`.
 * The form checks only that the date is a date; that a reason is given and the date is not in the past are the
 * service's rules (review-dates.ts), refused there with their own messages.
 */

type Body = Record<string, unknown>;
export type ReviewDateForm = { newDate: string; reason: string };
export type FormProblem = { field: string; key: MessageKey };

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

export const reviewDateFormOf = (body: Body): ReviewDateForm => ({ newDate: text(body.newDate), reason: text(body.reviewReason) });

export const emptyReviewDateForm = (): ReviewDateForm => ({ newDate: '', reason: '' });

export function reviewDateInputOf(form: ReviewDateForm): { input: { newDate: string; reason: string } | null; problems: FormProblem[] } {
  const newDate = parseUserDate(form.newDate);
  if (newDate === null) return { input: null, problems: [{ field: 'newDate', key: 'assessments.reviewDate.invalidDate' }] };
  return { input: { newDate, reason: form.reason.trim() }, problems: [] };
}

/** Where a refusal of the review-date service is shown: at the box the user must change. */
export const REVIEW_DATE_REFUSAL_FIELDS: Record<string, string> = {
  review_date_reason_required: 'reviewReason',
  review_date_in_past: 'newDate',
};
