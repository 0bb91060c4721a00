import type { MessageKey } from '../../../../platform/i18n/catalog.ts';
import type { FieldError } from '../../../../platform/views/components.tsx';
import { parseUserDate } from '../../../people/people.service.ts';
import { type ConcernIndicator, isIndicator } from '../../concerns.indicators.ts';
import type { NewConcern } from '../../concerns.report.ts';
import { field, listOf } from '../form-values.ts';

const MAX_TEXT = 4000;
const MAX_PLACE = 200;

/** The report form as typed: kept as it is when the form is shown again. */
export type ReportForm = {
  personId: string;
  personQuery: string;
  involved: string[];
  involvedQuery: string;
  indicators: string[];
  description: string;
  place: string;
  date: string;
  time: string;
};

/** What the form's buttons ask for: find the person, find people involved, or send the report. */
export type ReportAction = 'find_person' | 'find_involved' | 'report';

const pad = (value: number) => String(value).padStart(2, '0');

/** A fresh form: today's date and the current time in Bishkek, so an officer reporting at once changes nothing. */
export function emptyReportForm(now = new Date(), personId = ''): ReportForm {
  const local = new Date(now.getTime() + 6 * 3600_000);
  return {
    personId,
    personQuery: '',
    involved: [],
    involvedQuery: '',
    indicators: [],
    description: '',
    place: '',
    date: `${pad(local.getUTCDate())}.${pad(local.getUTCMonth() + 1)}.${local.getUTCFullYear()}`,
    time: `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}`,
  };
}

export function reportFormOf(body: Record<string, unknown>): { form: ReportForm; action: ReportAction } {
  const action = field(body, 'action', 20);
  return {
    action: action === 'find_person' || action === 'find_involved' ? action : 'report',
    form: {
      personId: field(body, 'personId', 40),
      personQuery: field(body, 'personQuery', 100),
      involved: listOf(body, 'involved'),
      involvedQuery: field(body, 'involvedQuery', 100),
      indicators: listOf(body, 'indicators'),
      description: field(body, 'description', MAX_TEXT),
      place: field(body, 'place', MAX_PLACE),
      date: field(body, 'date', 20).trim(),
      time: field(body, 'time', 10).trim(),
    },
  };
}

/**
 * Checks a report: the person chosen; at least one indicator ticked or something written; a date and time that
 * are real and not in the future; nothing too long. Every problem is reported at its field, in the user's words.
 */
export function validateReport(
  form: ReportForm,
  t: (key: MessageKey, params?: Record<string, string | number>) => string,
  now = new Date(),
): { input: NewConcern | null; errors: FieldError[] } {
  const errors: FieldError[] = [];
  if (form.personId === '') errors.push({ field: 'personQuery', message: t('concerns.report.error.person') });
  const indicators: ConcernIndicator[] = form.indicators.filter(isIndicator);
  if (indicators.length !== form.indicators.length) errors.push({ field: 'indicators', message: t('concerns.report.error.indicator') });
  const description = form.description.trim();
  if (indicators.length === 0 && description === '') errors.push({ field: 'indicators', message: t('concerns.report.error.nothing') });
  if (form.description.length > MAX_TEXT) errors.push({ field: 'description', message: t('concerns.form.tooLong', { max: MAX_TEXT }) });
  if (form.place.length > MAX_PLACE) errors.push({ field: 'place', message: t('concerns.form.tooLong', { max: MAX_PLACE }) });
  const day = parseUserDate(form.date);
  const time = /^([01]?\d|2[0-3])[:.]([0-5]\d)$/.exec(form.time);
  if (!day) errors.push({ field: 'date', message: t('concerns.report.error.date') });
  if (!time) errors.push({ field: 'time', message: t('concerns.report.error.time') });
  let observedAt: Date | null = null;
  if (day && time) {
    observedAt = new Date(`${day}T${time[1]!.padStart(2, '0')}:${time[2]}:00+06:00`);
    if (observedAt.getTime() > now.getTime() + 60_000) errors.push({ field: 'date', message: t('concerns.report.error.future') });
  }
  if (errors.length > 0 || !observedAt) return { input: null, errors };
  return {
    input: {
      personId: form.personId,
      observedAt,
      place: form.place.trim() || null,
      indicators,
      description,
      involvedIds: form.involved,
    },
    errors,
  };
}
