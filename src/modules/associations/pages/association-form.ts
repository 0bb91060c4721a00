import type { I18n } from '../../../platform/i18n/translator.ts';
import type { FieldError } from '../../../platform/views/components.tsx';
import { parseUserDate, userDateOf } from '../../people/people.service.ts';
import { ASSOCIATION_KINDS, ASSOCIATION_SOURCES } from '../associations.tables.ts';

export type AssociationKind = (typeof ASSOCIATION_KINDS)[number];
export type AssociationSource = (typeof ASSOCIATION_SOURCES)[number];

/** The record form as typed, with the search that found the other person: shown again unchanged on an error. */
export type LinkFormValues = {
  query: string;
  otherPersonId: string;
  kind: string;
  source: string;
  sourceReference: string;
  knownSince: string;
  note: string;
};

export type LinkInput = {
  otherPersonId: string;
  kind: AssociationKind;
  source: AssociationSource;
  sourceReference: string | null;
  knownSince: string;
  note: string | null;
};

export const MAX_REFERENCE = 300;
export const MAX_NOTE = 2000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const text = (value: unknown, max: number) => (typeof value === 'string' ? value.slice(0, max) : '');

export const emptyLinkForm = (query: string, today: string): LinkFormValues => ({
  query,
  otherPersonId: '',
  kind: '',
  source: '',
  sourceReference: '',
  knownSince: userDateOf(today),
  note: '',
});

export function linkFormValues(body: Record<string, unknown>): LinkFormValues {
  return {
    query: text(body.query, 200),
    otherPersonId: text(body.otherPersonId, 40),
    kind: text(body.kind, 40),
    source: text(body.source, 40),
    sourceReference: text(body.sourceReference, MAX_REFERENCE + 1),
    knownSince: text(body.knownSince, 40),
    note: text(body.note, MAX_NOTE + 1),
  };
}

const isKind = (value: string): value is AssociationKind => (ASSOCIATION_KINDS as readonly string[]).includes(value);
const isSource = (value: string): value is AssociationSource => (ASSOCIATION_SOURCES as readonly string[]).includes(value);

/**
 * Checks a link: the other person chosen from the search, its kind, where it is known from, and the day it was
 * known (not in the future: a link records what is known). Whether the link may be recorded (the person
 * themself, one already in force) is for the service to say.
 */
export function validateLink(values: LinkFormValues, t: I18n['t'], today: string): { input?: LinkInput; errors: FieldError[] } {
  const errors: FieldError[] = [];
  if (!UUID.test(values.otherPersonId)) errors.push({ field: 'otherPersonId', message: t('associations.error.other') });
  if (!isKind(values.kind)) errors.push({ field: 'kind', message: t('associations.error.kind') });
  if (!isSource(values.source)) errors.push({ field: 'source', message: t('associations.error.source') });
  const reference = values.sourceReference.trim();
  if (reference.length > MAX_REFERENCE)
    errors.push({
      field: 'sourceReference',
      message: t('validation.tooLong', { field: t('associations.field.sourceReference'), max: MAX_REFERENCE }),
    });
  const knownSince = parseUserDate(values.knownSince);
  if (!knownSince) errors.push({ field: 'knownSince', message: t('associations.error.date') });
  else if (knownSince > today) errors.push({ field: 'knownSince', message: t('associations.error.future') });
  const note = values.note.trim();
  if (note.length > MAX_NOTE)
    errors.push({ field: 'note', message: t('validation.tooLong', { field: t('associations.field.note'), max: MAX_NOTE }) });
  if (errors.length > 0 || !isKind(values.kind) || !isSource(values.source) || !knownSince) return { errors };
  return {
    input: {
      otherPersonId: values.otherPersonId.toLowerCase(),
      kind: values.kind,
      source: values.source,
      sourceReference: reference || null,
      knownSince,
      note: note || null,
    },
    errors,
  };
}

export type EndFormValues = { reason: string; version: string };

/** Ending a link needs the reason (it was wrong, or is no longer true) and the version the form was opened on. */
export function validateEnd(values: EndFormValues, t: I18n['t']): { input?: { reason: string; version: number }; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const reason = values.reason.trim();
  if (reason === '') errors.push({ field: 'reason', message: t('associations.error.reason') });
  else if (reason.length > MAX_NOTE)
    errors.push({ field: 'reason', message: t('validation.tooLong', { field: t('associations.field.endReason'), max: MAX_NOTE }) });
  const version = /^\d{1,9}$/.test(values.version) ? Number(values.version) : null;
  if (version === null) errors.push({ field: 'reason', message: t('associations.error.stale') });
  if (errors.length > 0 || version === null) return { errors };
  return { input: { reason, version }, errors };
}

export const endFormValues = (body: Record<string, unknown>): EndFormValues => ({
  reason: text(body.reason, MAX_NOTE + 1),
  version: text(body.version, 12),
});
