import type { I18n } from '../../../../platform/i18n/translator.ts';
import type { FieldError } from '../../../../platform/views/components.tsx';
import { parseUserDate } from '../../../people/people.service.ts';
import { MANUAL_ACTION_STATUSES, type ManualActionStatus, type NewAction } from '../../plans.actions.ts';
import { isUuid } from '../../plans.errors.ts';
import { field } from '../plan-page.tsx';

type Body = Record<string, unknown>;
const MAX = 2000;

/** The new-action form as typed: shown again unchanged when something needs correcting. */
export type ActionForm = { kind: string; description: string; responsibleUserId: string; responsibleAgency: string; targetDate: string };
export const emptyActionForm = (): ActionForm => ({
  kind: 'general',
  description: '',
  responsibleUserId: '',
  responsibleAgency: '',
  targetDate: '',
});

export const actionFormOf = (body: Body): ActionForm => ({
  kind: field(body, 'kind', 20),
  description: field(body, 'description', MAX),
  responsibleUserId: field(body, 'responsibleUserId', 40),
  responsibleAgency: field(body, 'responsibleAgency', 300),
  targetDate: field(body, 'targetDate', 20),
});

/**
 * Checks a new action: what (required), who — a member of staff or an agency named in words (at least one),
 * and by when: a real date, not already past (an action is planned forward).
 */
export function validateAction(form: ActionForm, { t }: I18n, today: string): { action?: NewAction; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const description = form.description.trim();
  if (description === '')
    errors.push({ field: 'description', message: t('validation.required', { field: t('plans.action.description') }) });
  else if (description.length > MAX) errors.push({ field: 'description', message: t('plans.form.tooLong', { max: MAX }) });
  const userId = isUuid(form.responsibleUserId) ? form.responsibleUserId : null;
  const agency = form.responsibleAgency.trim() || null;
  if (!userId && !agency) errors.push({ field: 'responsibleUserId', message: t('plans.action.responsibleRequired') });
  else if (agency && agency.length > 300) errors.push({ field: 'responsibleAgency', message: t('plans.form.tooLong', { max: 300 }) });
  const targetDate = parseUserDate(form.targetDate);
  if (!targetDate) errors.push({ field: 'targetDate', message: t('plans.form.date', { field: t('plans.action.targetDate') }) });
  else if (targetDate < today) errors.push({ field: 'targetDate', message: t('plans.action.targetPast') });
  const kind = form.kind === 'programme' ? 'programme' : 'general';
  if (errors.length > 0 || !targetDate) return { errors };
  return { action: { kind, description, responsibleUserId: userId, responsibleAgency: agency, targetDate }, errors };
}

/** The status form: a status staff may set, and the reason a cancellation needs. */
export type StatusForm = { status: string; reason: string };

export function validateStatus(form: StatusForm, { t }: I18n): { status?: ManualActionStatus; errors: FieldError[] } {
  if (!(MANUAL_ACTION_STATUSES as readonly string[]).includes(form.status))
    return { errors: [{ field: 'status', message: t('plans.action.statusRequired') }] };
  if (form.status === 'cancelled' && form.reason.trim() === '')
    return { errors: [{ field: 'reason', message: t('plans.action.cancelReason') }] };
  if (form.reason.length > MAX) return { errors: [{ field: 'reason', message: t('plans.form.tooLong', { max: MAX }) }] };
  return { status: form.status as ManualActionStatus, errors: [] };
}
