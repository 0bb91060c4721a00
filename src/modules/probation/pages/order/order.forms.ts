import type { I18n } from '../../../../platform/i18n/translator.ts';
import type { ContactInput } from '../../probation.contacts.ts';
import type { ConditionInput } from '../../probation.orders.ts';
import { CONTACT_KINDS } from '../../probation.tables.ts';
import type { readForm } from '../probation.form.ts';

type Form = ReturnType<typeof readForm>;

/**
 * A condition as the form gives it: one from the list or one in the officer's words (not both), with dates.
 * Null when something is missing (the form's errors say what).
 */
export function readCondition(form: Form, t: I18n['t']): ConditionInput | null {
  const conditionCode = form.text('conditionCode', { required: false, max: 60 });
  const freeText = form.text('conditionText', { required: false });
  const startsOn = form.date('conditionStartsOn');
  const endsOn = form.date('conditionEndsOn');
  if ((conditionCode === null) === (freeText === null)) form.fail('conditionCode', t('probation.condition.oneOfTwo'));
  if (startsOn && endsOn && endsOn < startsOn) form.fail('conditionEndsOn', t('probation.order.endsBeforeStart'));
  if (!startsOn || !endsOn || form.errors.length > 0) return null;
  return { conditionCode, freeText: conditionCode ? null : freeText, startsOn, endsOn };
}

/** A contact as the form gives it; a missed contact needs its reason. */
export function readContact(form: Form, t: I18n['t']): ContactInput | null {
  const kind = form.choice('contactKind', CONTACT_KINDS);
  const contactOn = form.date('contactOn');
  const attended = form.choice('attended', ['yes', 'no'] as const);
  const missedReason = form.text('missedReason', { required: false, max: 500 });
  const notes = form.text('contactNotes', { required: false });
  if (attended === 'no' && !missedReason) form.fail('missedReason', t('probation.contact.reasonRequired'));
  if (!kind || !contactOn || !attended || form.errors.length > 0) return null;
  return { kind, contactOn, attended: attended === 'yes', missedReason, notes };
}
