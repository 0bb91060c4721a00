import type { I18n } from '../../../../platform/i18n/translator.ts';
import type { FieldError } from '../../../../platform/views/components.tsx';
import type { AlertType, NewAlert } from '../../people.alerts.ts';
import { parseUserDate, userDateOf } from '../../people.dates.ts';
import { ALERT_TYPES } from '../../people.tables.ts';

/** What the add-alert form holds, as typed: shown again unchanged when something needs correcting. */
export type AlertFormValues = {
  type: string;
  reason: string;
  validFrom: string;
  validTo: string;
  relatedPin: string;
  relatedName: string;
  relatedPersonId: string;
};

const MAX_REASON = 2000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const text = (value: unknown, max = 200) => (typeof value === 'string' ? value.slice(0, max) : '');

export const emptyAlertForm = (today: string): AlertFormValues => ({
  type: '',
  reason: '',
  validFrom: userDateOf(today),
  validTo: '',
  relatedPin: '',
  relatedName: '',
  relatedPersonId: '',
});

export function alertFormValues(body: Record<string, unknown>): AlertFormValues {
  return {
    type: text(body.type),
    reason: text(body.reason, MAX_REASON + 1),
    validFrom: text(body.validFrom),
    validTo: text(body.validTo),
    relatedPin: text(body.relatedPin),
    relatedName: text(body.relatedName),
    relatedPersonId: text(body.relatedPersonId),
  };
}

const isAlertType = (value: string): value is AlertType => (ALERT_TYPES as readonly string[]).includes(value);

/**
 * Checks the add-alert form. A reason is required (an alert changes how staff treat someone, so it must say
 * why); the start defaults to today; the end, if given, is not before the start; "must not be located with"
 * needs the other person, by a PIN or chosen from a name search. Whether that person exists and is in the
 * user's units is for the service to say.
 */
export function validateAlertForm(values: AlertFormValues, t: I18n['t'], today: string): { input?: NewAlert; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const error = (field: keyof AlertFormValues, message: string) => errors.push({ field, message });
  if (!isAlertType(values.type)) error('type', t('validation.required', { field: t('people.page.alerts.type') }));
  const reason = values.reason.trim();
  if (reason === '') error('reason', t('validation.required', { field: t('people.page.alerts.reason') }));
  else if (reason.length > MAX_REASON) error('reason', t('validation.tooLong', { field: t('people.page.alerts.reason'), max: MAX_REASON }));
  const validFrom = values.validFrom.trim() === '' ? today : parseUserDate(values.validFrom);
  if (!validFrom) error('validFrom', t('people.page.alerts.error.date', { field: t('people.page.alerts.validFrom') }));
  const validTo = values.validTo.trim() === '' ? null : parseUserDate(values.validTo);
  if (validTo === null && values.validTo.trim() !== '')
    error('validTo', t('people.page.alerts.error.date', { field: t('people.page.alerts.validTo') }));
  else if (validTo && validFrom && validTo < validFrom) error('validTo', t('people.page.alerts.error.toBeforeFrom'));
  let relatedPersonId: string | null = null;
  let relatedPin: string | null = null;
  if (values.type === 'must_not_locate_with') {
    const pin = values.relatedPin.replace(/\s+/g, '');
    if (UUID.test(values.relatedPersonId)) relatedPersonId = values.relatedPersonId;
    else if (/^\d{14}$/.test(pin)) relatedPin = pin;
    else if (pin !== '') error('relatedPin', t('validation.invalid', { field: t('people.page.alerts.relatedPin') }));
    else error('relatedPin', t('people.page.alerts.error.relatedMissing'));
  }
  if (errors.length > 0 || !isAlertType(values.type) || !validFrom) return { errors };
  return { input: { type: values.type, reason, validFrom, validTo, relatedPersonId, relatedPin }, errors };
}

/** The removal form: which alert, and why (required). */
export function validateRemoval(body: Record<string, unknown>, t: I18n['t']): { reason: string; errors: FieldError[] } {
  const reason = text(body.removalReason, MAX_REASON + 1).trim();
  if (reason === '')
    return {
      reason,
      errors: [{ field: 'removalReason', message: t('validation.required', { field: t('people.page.alerts.removalReason') }) }],
    };
  if (reason.length > MAX_REASON)
    return {
      reason,
      errors: [
        { field: 'removalReason', message: t('validation.tooLong', { field: t('people.page.alerts.removalReason'), max: MAX_REASON }) },
      ],
    };
  return { reason, errors: [] };
}

export const isUuid = (value: string) => UUID.test(value);
