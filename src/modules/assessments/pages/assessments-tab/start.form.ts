import type { I18n } from '../../../../platform/i18n/translator.ts';
import type { FieldError } from '../../../../platform/views/components.tsx';
import { ASSESSMENT_REASONS } from '../../assessments.tables.ts';

/**
 * The "start an assessment" form: which instrument (by code) and why now. A correction is not a reason one
 * chooses here: it starts from the approved assessment it corrects, so that the two stay linked.
 */

type Reason = (typeof ASSESSMENT_REASONS)[number];
export const STARTING_REASONS = ASSESSMENT_REASONS.filter((reason) => reason !== 'correction');

export type StartForm = { instrumentCode: string; reason: string };
export const emptyStartForm = (): StartForm => ({ instrumentCode: '', reason: '' });

const single = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');

export function startFormFromBody(body: Record<string, unknown>): StartForm {
  return { instrumentCode: single(body.instrumentCode), reason: single(body.reason) };
}

export function validateStartForm(
  form: StartForm,
  t: I18n['t'],
): { input: { instrumentCode: string; reason: Reason } | null; errors: FieldError[] } {
  const errors: FieldError[] = [];
  if (form.instrumentCode === '') errors.push({ field: 'instrumentCode', message: t('assessments.page.start.instrumentRequired') });
  const reason = STARTING_REASONS.find((entry) => entry === form.reason);
  if (!reason) errors.push({ field: 'reason', message: t('assessments.page.start.reasonRequired') });
  return { input: errors.length === 0 && reason ? { instrumentCode: form.instrumentCode, reason } : null, errors };
}
