import type { I18n } from '../../platform/i18n/translator.ts';
import { parseUserDate } from './people.dates.ts';
import { checkPin, normalisePin, pinIssueMessage } from './people.pin.ts';
import type { SEXES } from './people.tables.ts';
import { LEGAL_STATUSES, NO_PIN_REASONS } from './people.tables.ts';

/** The columns an import file may have (header names, any case); the first five are required. */
export const IMPORT_COLUMNS = [
  'family_name',
  'given_name',
  'date_of_birth',
  'sex',
  'unit_code',
  'patronymic',
  'family_name_latin',
  'given_name_latin',
  'patronymic_latin',
  'pin',
  'no_pin_reason',
  'citizenship',
  'legal_status',
  'since',
] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];
const REQUIRED: readonly ImportColumn[] = IMPORT_COLUMNS.slice(0, 5);

export type RawRow = Partial<Record<ImportColumn, string>>;

/** One valid row, ready to be matched on its PIN and written. */
export type ImportPerson = {
  line: number;
  familyName: string;
  givenName: string;
  patronymic: string | null;
  familyNameLatin: string | null;
  givenNameLatin: string | null;
  patronymicLatin: string | null;
  dateOfBirth: string;
  sex: (typeof SEXES)[number];
  pin: string | null;
  noPinReason: (typeof NO_PIN_REASONS)[number] | null;
  citizenship: string | null;
  unitCode: string;
  legalStatus: (typeof LEGAL_STATUSES)[number] | null;
  since: string | null;
};

export type RowProblem = { line: number; column: ImportColumn | null; message: string };

/**
 * Splits CSV text into rows of cells: RFC 4180 quoting, a UTF-8 byte-order mark, comma or semicolon (what
 * Excel writes with Russian regional settings) taken from the header line.
 */
export function parseCsv(text: string): string[][] {
  const source = text.replace(/^\uFEFF/, '');
  const firstLine = source.slice(0, source.search(/\r?\n|$/));
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < source.length; i += 1) {
    const char = source[i]!;
    if (quoted) {
      if (char === '"' && source[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"' && cell === '') quoted = true;
    else if (char === delimiter) {
      row.push(cell);
      cell = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && source[i + 1] === '\n') i += 1;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += char;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows.filter((cells) => cells.some((value) => value.trim() !== ''));
}

/** Maps the header to known columns; unknown headers and missing required ones are problems of line 1. */
export function readHeader(header: readonly string[], t: I18n['t']): { columns: (ImportColumn | null)[]; problems: RowProblem[] } {
  const columns = header.map((name) => {
    const key = name.trim().toLowerCase().replace(/\s+/g, '_');
    return (IMPORT_COLUMNS as readonly string[]).includes(key) ? (key as ImportColumn) : null;
  });
  const problems: RowProblem[] = [];
  header.forEach((name, index) => {
    if (!columns[index]) problems.push({ line: 1, column: null, message: t('people.import.unknownColumn', { name }) });
  });
  for (const required of REQUIRED) {
    if (!columns.includes(required))
      problems.push({ line: 1, column: required, message: t('people.import.missingColumn', { name: required }) });
  }
  return { columns, problems };
}

const SEX_WORDS: Record<string, (typeof SEXES)[number]> = {
  female: 'female',
  f: 'female',
  ж: 'female',
  аял: 'female',
  жен: 'female',
  женский: 'female',
  male: 'male',
  m: 'male',
  м: 'male',
  эркек: 'male',
  муж: 'male',
  мужской: 'male',
};
const LETTERS = /\p{L}/u;
const NAME = /^[\p{L}\p{M}'’ .-]+$/u;

/** Checks one row; returns the person or every problem found, each naming its column, in the reader's language. */
export function validateRow(
  line: number,
  raw: RawRow,
  context: { i18n: Pick<I18n, 't' | 'formatDate' | 'locale'>; unitCodes: ReadonlySet<string>; today: string },
): { person: ImportPerson } | { problems: RowProblem[] } {
  const { t } = context.i18n;
  const problems: RowProblem[] = [];
  const problem = (column: ImportColumn, message: string) => problems.push({ line, column, message });
  const text = (column: ImportColumn) => raw[column]?.trim() || null;
  const name = (column: ImportColumn, required: boolean) => {
    const value = text(column);
    if (!value) {
      if (required) problem(column, t('people.import.required', { column }));
      return null;
    }
    if (!LETTERS.test(value) || !NAME.test(value)) problem(column, t('people.import.badName', { column, value }));
    return value;
  };
  const familyName = name('family_name', true);
  const givenName = name('given_name', true);
  const patronymic = name('patronymic', false);
  const familyNameLatin = name('family_name_latin', false);
  const givenNameLatin = name('given_name_latin', false);
  const patronymicLatin = name('patronymic_latin', false);
  const birthText = text('date_of_birth');
  const dateOfBirth = birthText ? parseUserDate(birthText) : null;
  if (!birthText) problem('date_of_birth', t('people.import.required', { column: 'date_of_birth' }));
  else if (!dateOfBirth) problem('date_of_birth', t('people.import.badDate', { column: 'date_of_birth', value: birthText }));
  else if (dateOfBirth > context.today) problem('date_of_birth', t('people.import.bornInFuture', { value: birthText }));
  const sexText = text('sex')?.toLowerCase();
  const sex = sexText ? SEX_WORDS[sexText] : undefined;
  if (!sex) problem('sex', t('people.import.badSex', { value: text('sex') ?? '' }));
  const pin = text('pin') ? normalisePin(text('pin')!) : null;
  const reasonText = text('no_pin_reason');
  const noPinReason = (NO_PIN_REASONS as readonly string[]).includes(reasonText ?? '') ? (reasonText as ImportPerson['noPinReason']) : null;
  if (pin) {
    for (const issue of checkPin(pin, { dateOfBirth, sex }).errors) problem('pin', pinIssueMessage(issue, context.i18n));
  } else if (!noPinReason) {
    problem('no_pin_reason', t('people.import.noPinReason', { value: reasonText ?? '', reasons: NO_PIN_REASONS.join(', ') }));
  }
  const unitCode = text('unit_code') ?? '';
  if (!context.unitCodes.has(unitCode)) problem('unit_code', t('people.import.unknownUnit', { value: unitCode }));
  const statusText = text('legal_status');
  const legalStatus =
    statusText && (LEGAL_STATUSES as readonly string[]).includes(statusText) ? (statusText as ImportPerson['legalStatus']) : null;
  if (statusText && !legalStatus)
    problem('legal_status', t('people.import.badStatus', { value: statusText, statuses: LEGAL_STATUSES.join(', ') }));
  const sinceText = text('since');
  const since = sinceText ? parseUserDate(sinceText) : null;
  if (sinceText && !since) problem('since', t('people.import.badDate', { column: 'since', value: sinceText }));
  else if (since && (since > context.today || (dateOfBirth !== null && since < dateOfBirth)))
    problem('since', t('people.import.sinceOutOfRange', { value: sinceText ?? '' }));
  const citizenship = text('citizenship')?.toUpperCase() ?? null;
  if (citizenship && !/^[A-Z]{3}$/.test(citizenship)) problem('citizenship', t('people.import.badCitizenship', { value: citizenship }));
  if (problems.length > 0 || !familyName || !givenName || !dateOfBirth || !sex) return { problems };
  return {
    person: {
      line,
      familyName,
      givenName,
      patronymic,
      familyNameLatin,
      givenNameLatin,
      patronymicLatin,
      dateOfBirth,
      sex,
      pin,
      noPinReason: pin ? null : noPinReason,
      citizenship,
      unitCode,
      legalStatus,
      since,
    },
  };
}

/** Cells of a data row keyed by the header's columns. */
export function rowOf(cells: readonly string[], columns: readonly (ImportColumn | null)[]): RawRow {
  const row: RawRow = {};
  columns.forEach((column, index) => {
    if (column) row[column] = cells[index] ?? '';
  });
  return row;
}

/** The identity a row is matched on: its PIN, or without one its full name and date of birth. */
export const matchKey = (row: {
  pin: string | null;
  familyName: string;
  givenName: string;
  patronymic: string | null;
  dateOfBirth: string;
}) => row.pin ?? `${row.familyName}|${row.givenName}|${row.patronymic ?? ''}|${row.dateOfBirth}`;
