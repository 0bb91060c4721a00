import type { I18n } from '../../../../platform/i18n/translator.ts';
import type { FieldError } from '../../../../platform/views/components.tsx';
import { parseUserDate, userDateOf } from '../../../people/people.service.ts';
import type { ProgrammeRow } from '../../programmes.catalogue.ts';
import type { PlannedSession } from '../../programmes.groups.ts';
import type { SessionRow } from '../../programmes.groups.queries.ts';
import { DELIVERY_LANGUAGES } from '../../programmes.tables.ts';
import { textOf } from '../form-values.ts';

/** The group form as typed. `sessions` holds one planned session per line: "dd.mm.yyyy 10:00-11:30". */
export type GroupForm = {
  programmeCode: string;
  unitId: string;
  facilitatorId: string;
  room: string;
  roomPlaces: string;
  capacity: string;
  language: string;
  sessions: string;
  version: string;
};

export const emptyGroupForm = (): GroupForm => ({
  programmeCode: '',
  unitId: '',
  facilitatorId: '',
  room: '',
  roomPlaces: '',
  capacity: '',
  language: '',
  sessions: '',
  version: '',
});

export function groupFormValues(body: Record<string, unknown>): GroupForm {
  const form = emptyGroupForm();
  for (const key of Object.keys(form) as (keyof GroupForm)[]) form[key] = textOf(body[key], key === 'sessions' ? 20_000 : 200);
  return form;
}

/** The planned sessions as the form shows them, one a line. */
export const sessionLines = (sessions: SessionRow[]) =>
  sessions
    .filter((session) => session.status === 'planned')
    .map((session) => `${userDateOf(session.heldOn)} ${session.startsAt}-${session.endsAt}`)
    .join('\n');

const LINE = /^(\d{1,2}\.\d{1,2}\.\d{4})\s+(\d{1,2}):(\d{2})\s*[-–—]\s*(\d{1,2}):(\d{2})$/;
const time = (hours: string, minutes: string) =>
  Number(hours) < 24 && Number(minutes) < 60 ? `${hours.padStart(2, '0')}:${minutes}` : null;

/** Reads the schedule: each line a date and a time span; the lines in order, no session twice. */
export function parseSessions(text: string): { sessions: PlannedSession[]; badLine: number | null } {
  const sessions: PlannedSession[] = [];
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  for (const [index, line] of lines.entries()) {
    const match = LINE.exec(line);
    const heldOn = match ? parseUserDate(match[1]!) : null;
    const startsAt = match ? time(match[2]!, match[3]!) : null;
    const endsAt = match ? time(match[4]!, match[5]!) : null;
    const previous = sessions.at(-1);
    const inOrder = !previous || `${previous.heldOn} ${previous.startsAt}` < `${heldOn} ${startsAt}`;
    if (!heldOn || !startsAt || !endsAt || endsAt <= startsAt || !inOrder) return { sessions, badLine: index + 1 };
    sessions.push({ heldOn, startsAt, endsAt });
  }
  return { sessions, badLine: null };
}

export type CheckedGroup = {
  room: string;
  roomPlaces: number;
  capacity: number;
  language: (typeof DELIVERY_LANGUAGES)[number];
  facilitatorId: string;
  sessions: PlannedSession[];
};

/**
 * Checks the fields both the new and the edit form have. The capacity may not exceed what the room allows;
 * left empty it is the catalogue's default (or the room's places, if fewer). The language must be one the
 * programme is delivered in; the facilitator one of those offered.
 */
export function validateGroupForm(
  form: GroupForm,
  context: { t: I18n['t']; programme: ProgrammeRow | undefined; facilitatorIds: readonly string[]; sessionsRequired: boolean },
): { group?: CheckedGroup; errors: FieldError[] } {
  const { t, programme } = context;
  const errors: FieldError[] = [];
  const label = (field: keyof GroupForm) => t(`programmes.page.group.${field}`);
  const room = form.room.trim();
  if (room === '') errors.push({ field: 'room', message: t('validation.required', { field: label('room') }) });
  const roomPlaces = /^\d{1,3}$/.test(form.roomPlaces.trim()) ? Number(form.roomPlaces.trim()) : NaN;
  if (!(roomPlaces >= 1 && roomPlaces <= 500))
    errors.push({ field: 'roomPlaces', message: t('programmes.page.error.wholeNumber', { field: label('roomPlaces'), min: 1, max: 500 }) });
  const typed = form.capacity.trim();
  const capacity =
    typed === '' ? Math.min(programme?.defaultCapacity ?? 1, roomPlaces || 1) : /^\d{1,3}$/.test(typed) ? Number(typed) : NaN;
  if (!(capacity >= 1))
    errors.push({ field: 'capacity', message: t('programmes.page.error.wholeNumber', { field: label('capacity'), min: 1, max: 500 }) });
  else if (roomPlaces >= 1 && capacity > roomPlaces)
    errors.push({ field: 'capacity', message: t('programmes.page.error.capacityOverRoom', { places: roomPlaces }) });
  const language = DELIVERY_LANGUAGES.find((candidate) => candidate === form.language);
  if (!language || (programme && !programme.deliveryLanguages.includes(language)))
    errors.push({ field: 'language', message: t('programmes.page.error.language') });
  if (!context.facilitatorIds.includes(form.facilitatorId))
    errors.push({ field: 'facilitatorId', message: t('validation.required', { field: label('facilitatorId') }) });
  const { sessions, badLine } = parseSessions(form.sessions);
  if (badLine !== null) errors.push({ field: 'sessions', message: t('programmes.page.error.sessionLine', { line: badLine }) });
  else if (context.sessionsRequired && sessions.length === 0)
    errors.push({ field: 'sessions', message: t('validation.required', { field: label('sessions') }) });
  if (errors.length > 0 || !language) return { errors };
  return { errors, group: { room, roomPlaces, capacity, language, facilitatorId: form.facilitatorId, sessions } };
}
