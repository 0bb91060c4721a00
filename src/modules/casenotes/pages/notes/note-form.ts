import type { I18n } from '../../../../platform/i18n/translator.ts';
import type { FieldError } from '../../../../platform/views/components.tsx';
import { parseUserDate, userDateOf } from '../../../people/people.service.ts';
import { NOTE_TYPES, SENSITIVITIES } from '../../casenotes.tables.ts';

export type NoteType = (typeof NOTE_TYPES)[number];
export type Sensitivity = (typeof SENSITIVITIES)[number];

/** What a note form holds, as typed: shown again unchanged when something needs correcting. */
export type NoteFormValues = { type: string; sensitivity: string; occurredOn: string; text: string; reason: string; version: string };

/** A note's content as the validated form gives it; `reason` only for a correction. */
export type NoteInput = { type: NoteType; sensitivity: Sensitivity; occurredOn: string; text: string };

export const MAX_NOTE = 10_000;
const MAX_REASON = 2000;
const text = (value: unknown, max: number) => (typeof value === 'string' ? value.slice(0, max) : '');

export const emptyNoteForm = (today: string): NoteFormValues => ({
  type: '',
  sensitivity: 'ordinary',
  occurredOn: userDateOf(today),
  text: '',
  reason: '',
  version: '',
});

/** The correction form starts from the current version, so the writer changes only what was wrong. */
export const noteFormOf = (note: NoteInput & { version: number }): NoteFormValues => ({
  type: note.type,
  sensitivity: note.sensitivity,
  occurredOn: userDateOf(note.occurredOn),
  text: note.text,
  reason: '',
  version: String(note.version),
});

export function noteFormValues(body: Record<string, unknown>): NoteFormValues {
  return {
    type: text(body.type, 40),
    sensitivity: text(body.sensitivity, 40),
    occurredOn: text(body.occurredOn, 40),
    text: text(body.text, MAX_NOTE + 1),
    reason: text(body.reason, MAX_REASON + 1),
    version: text(body.version, 12),
  };
}

const isType = (value: string): value is NoteType => (NOTE_TYPES as readonly string[]).includes(value);
const isSensitivity = (value: string): value is Sensitivity => (SENSITIVITIES as readonly string[]).includes(value);

/**
 * Checks a note: a type, who may read it, a day that is not in the future (a note records what happened), and
 * some text. Whether a correction is allowed (stale, lowering the marking) is for the service to say.
 */
export function validateNote(values: NoteFormValues, t: I18n['t'], today: string): { input?: NoteInput; errors: FieldError[] } {
  const errors: FieldError[] = [];
  if (!isType(values.type)) errors.push({ field: 'type', message: t('casenotes.error.type') });
  if (!isSensitivity(values.sensitivity)) errors.push({ field: 'sensitivity', message: t('casenotes.error.sensitivity') });
  const occurredOn = values.occurredOn.trim() === '' ? today : parseUserDate(values.occurredOn);
  if (!occurredOn) errors.push({ field: 'occurredOn', message: t('casenotes.error.date') });
  else if (occurredOn > today) errors.push({ field: 'occurredOn', message: t('casenotes.error.future') });
  const body = values.text.trim();
  if (body === '') errors.push({ field: 'text', message: t('casenotes.error.text') });
  else if (body.length > MAX_NOTE) errors.push({ field: 'text', message: t('casenotes.error.textTooLong', { max: MAX_NOTE }) });
  if (errors.length > 0 || !isType(values.type) || !isSensitivity(values.sensitivity) || !occurredOn) return { errors };
  return { input: { type: values.type, sensitivity: values.sensitivity, occurredOn, text: body }, errors };
}

/** A correction is a note with a reason (required) and the version it corrects (to refuse a stale one). */
export function validateCorrection(
  values: NoteFormValues,
  t: I18n['t'],
  today: string,
): { input?: NoteInput & { reason: string; version: number }; errors: FieldError[] } {
  const { input, errors } = validateNote(values, t, today);
  const reason = values.reason.trim();
  if (reason === '') errors.push({ field: 'reason', message: t('casenotes.error.reason') });
  else if (reason.length > MAX_REASON)
    errors.push({ field: 'reason', message: t('validation.tooLong', { field: t('casenotes.field.reason'), max: MAX_REASON }) });
  const version = /^\d{1,9}$/.test(values.version) ? Number(values.version) : null;
  // The form always carries it; without it the correction cannot be checked against the current version.
  if (version === null) errors.push({ field: 'text', message: t('casenotes.error.stale') });
  if (!input || errors.length > 0 || version === null) return { errors };
  return { input: { ...input, reason, version }, errors };
}
