import type { MessageKey } from '../../platform/i18n/catalog.ts';
import type { I18n } from '../../platform/i18n/translator.ts';
import type { SectionBuilder, SubjectAccessExport, SubjectAccessRow, SubjectAccessValue } from './people.subject-access.ts';
import { subjectAccessSections } from './people.subject-access.registry.ts';

/** What the PDF shows, line by line, already in the chosen language: laid out apart from drawing, so it is testable. */
export type PdfBlock =
  | { kind: 'title'; text: string }
  | { kind: 'meta'; label: string; value: string }
  | { kind: 'heading'; text: string }
  | { kind: 'entry'; text: string }
  | { kind: 'field'; label: string; value: string }
  | { kind: 'note'; text: string }
  | { kind: 'table'; columns: { label: string; width: number }[]; rows: string[][] };

const EMPTY = '—';

/** A message, or null when the catalog has no such key (the translator then answers with the key itself). */
function message(i18n: I18n, key: string): string | null {
  const text = i18n.t(key as MessageKey);
  return text === key ? null : text;
}

/** `subjectAccess.field.<key>`: one label per JSON key, shared by every section that uses the key. */
export const fieldLabel = (i18n: I18n, field: string): string => message(i18n, `subjectAccess.field.${field}`) ?? field;

const isLocalised = (value: object): value is { ky: string; ru: string } => 'ky' in value && 'ru' in value;

export function formatValue(i18n: I18n, section: Pick<SectionBuilder, 'codes'>, field: string, value: SubjectAccessValue): string {
  if (value === null || value === '' || (Array.isArray(value) && value.length === 0)) return EMPTY;
  if (typeof value === 'boolean') return i18n.t(value ? 'subjectAccess.pdf.yes' : 'subjectAccess.pdf.no');
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') {
    const code = section.codes?.[field];
    if (code) return message(i18n, code(value)) ?? value;
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return i18n.formatDate(value);
    if (/^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/.test(value)) return i18n.formatDateTime(new Date(value));
    return value;
  }
  if (Array.isArray(value)) return value.map((item) => formatValue(i18n, section, field, item)).join('; ');
  if (isLocalised(value)) return i18n.locale === 'ky' ? value.ky : value.ru;
  if ('code' in value && 'title' in value) return article(i18n, value);
  // Any other nested record (the other record of a merge…): its filled-in values, in order.
  return Object.entries(value)
    .filter(([, item]) => item !== null && item !== '')
    .map(([key, item]) => formatValue(i18n, section, key, item))
    .join(', ');
}

/** "226-1 — Title (extremism-related)": an article of the Criminal Code with its marks. */
function article(i18n: I18n, value: { [key: string]: SubjectAccessValue }): string {
  const title =
    value.title && typeof value.title === 'object' && isLocalised(value.title) ? formatValue(i18n, {}, 'title', value.title) : null;
  const marks = [
    value.extremism === true ? i18n.t('subjectAccess.pdf.extremism') : null,
    value.terrorism === true ? i18n.t('subjectAccess.pdf.terrorism') : null,
  ].filter(Boolean);
  return (
    [typeof value.code === 'string' ? value.code : '', title].filter(Boolean).join(' — ') +
    (marks.length > 0 ? ` (${marks.join(', ')})` : '')
  );
}

/** A table cell: a list shows one item a line, so narrow columns break between items rather than inside them. */
const cell = (i18n: I18n, section: SectionBuilder, field: string, value: SubjectAccessValue): string =>
  Array.isArray(value) && value.length > 0
    ? value.map((item) => formatValue(i18n, section, field, item)).join('\n')
    : formatValue(i18n, section, field, value);

const fields = (i18n: I18n, section: SectionBuilder, row: SubjectAccessRow): PdfBlock[] =>
  Object.entries(row).map(([field, value]) => ({
    kind: 'field' as const,
    label: fieldLabel(i18n, field),
    value: formatValue(i18n, section, field, value),
  }));

function sectionBlocks(i18n: I18n, section: SectionBuilder, data: SubjectAccessRow | SubjectAccessRow[] | undefined): PdfBlock[] {
  const rows = Array.isArray(data) ? data : data ? [data] : [];
  const heading: PdfBlock = { kind: 'heading', text: i18n.t(section.title) };
  if (rows.length === 0 || (section.layout === 'record' && Object.keys(rows[0]!).length === 0))
    return [heading, { kind: 'note', text: i18n.t('subjectAccess.pdf.none') }];
  if (section.layout === 'record') return [heading, ...fields(i18n, section, rows[0]!)];
  if (section.layout === 'table') {
    const columns = section.columns ?? Object.keys(rows[0]!).map((field) => ({ field, width: 1 }));
    return [
      heading,
      {
        kind: 'table',
        columns: columns.map((column) => ({ label: fieldLabel(i18n, column.field), width: column.width })),
        rows: rows.map((row) => columns.map((column) => cell(i18n, section, column.field, row[column.field] ?? null))),
      },
    ];
  }
  return [
    heading,
    ...rows.flatMap((row, index) => [
      { kind: 'entry' as const, text: i18n.t('subjectAccess.pdf.entry', { number: String(index + 1) }) },
      ...fields(i18n, section, row),
    ]),
  ];
}

/** The whole document: title, who and when, the request's dates, then every section in the builders' order. */
export function layoutSubjectAccess(data: SubjectAccessExport, i18n: I18n, sections = subjectAccessSections()): PdfBlock[] {
  const { t, formatDate, formatDateTime } = i18n;
  return [
    { kind: 'title', text: t('subjectAccess.title') },
    { kind: 'meta', label: t('subjectAccess.pdf.person'), value: data.person.name },
    { kind: 'meta', label: t('subjectAccess.pdf.pin'), value: data.person.pin ?? t('subjectAccess.pdf.noPin') },
    { kind: 'meta', label: t('subjectAccess.pdf.received'), value: formatDate(data.request.receivedOn) },
    { kind: 'meta', label: t('subjectAccess.pdf.due'), value: formatDate(data.request.dueOn) },
    { kind: 'meta', label: t('subjectAccess.pdf.produced'), value: formatDateTime(new Date(data.produced.at)) },
    { kind: 'meta', label: t('subjectAccess.pdf.producedBy'), value: `${data.produced.by.displayName} (${data.produced.by.username})` },
    ...sections.flatMap((section) => sectionBlocks(i18n, section, data.sections[section.key])),
  ];
}
