import type { MessageKey } from '../../../../platform/i18n/catalog.ts';
import { parseUserDate, userDateOf } from '../../people.dates.ts';
import { SUBJECT_ACCESS_LANGUAGES, type SubjectAccessLanguage } from '../../people.subject-access.ts';

/** The query of the page and of both downloads: the day the request arrived and, for the PDF, its language. */
export type SubjectAccessQuery = { received?: string; lang?: string };

/** What the form shows again: as typed, so a mistyped date is corrected rather than retyped. */
export type SubjectAccessForm = { received: string; lang: string };

export type SubjectAccessProblem = { field: 'received' | 'lang'; message: MessageKey };

export type ParsedSubjectAccess =
  { ok: true; receivedOn: string; language: SubjectAccessLanguage | null } | { ok: false; problems: SubjectAccessProblem[] };

const isLanguage = (value: string): value is SubjectAccessLanguage => (SUBJECT_ACCESS_LANGUAGES as readonly string[]).includes(value);

/** The form as first shown: received today, the PDF in the user's language when it is Kyrgyz or Russian. */
export function subjectAccessFormOf(query: SubjectAccessQuery, today: string, userLocale: string): SubjectAccessForm {
  return {
    received: query.received?.trim() || userDateOf(today),
    lang: query.lang ?? (isLanguage(userLocale) ? userLocale : 'ky'),
  };
}

/**
 * A request received today unless another day is given; never a day still to come (the week to answer
 * would then start late). The PDF needs Kyrgyz or Russian; the JSON is the same in every language.
 */
export function parseSubjectAccessQuery(query: SubjectAccessQuery, today: string, needsLanguage: boolean): ParsedSubjectAccess {
  const problems: SubjectAccessProblem[] = [];
  const typed = query.received?.trim() ?? '';
  const receivedOn = typed === '' ? today : parseUserDate(typed);
  if (receivedOn === null) problems.push({ field: 'received', message: 'subjectAccess.error.received' });
  else if (receivedOn > today) problems.push({ field: 'received', message: 'subjectAccess.error.receivedFuture' });
  const lang = query.lang?.trim() ?? '';
  if (needsLanguage && !isLanguage(lang)) problems.push({ field: 'lang', message: 'subjectAccess.error.language' });
  if (problems.length > 0 || receivedOn === null) return { ok: false, problems };
  return { ok: true, receivedOn, language: isLanguage(lang) ? lang : null };
}
