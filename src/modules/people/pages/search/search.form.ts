import type { I18n } from '../../../../platform/i18n/translator.ts';
import type { FieldError } from '../../../../platform/views/components.tsx';
import { parseUserDate } from '../../people.dates.ts';
import { checkPin, normalisePin, pinIssueMessage } from '../../people.pin.ts';
import type { PeopleSearchCriteria } from '../../people.search.ts';
import { LEGAL_STATUSES } from '../../people.tables.ts';
import { nameSkeleton } from '../../people.transliteration.ts';

export const SEARCH_FIELDS = ['name', 'pin', 'caseNumber', 'dateOfBirth', 'unit', 'legalStatus', 'district'] as const;

/** The search form as typed, every field a string, so it can be shown again exactly. */
export type SearchForm = Record<(typeof SEARCH_FIELDS)[number], string>;

const MAX_NAME = 100;
const MAX_CASE_NUMBER = 60;

export function readSearchForm(query: Record<string, unknown>): SearchForm {
  const field = (name: string) => {
    const value = query[name];
    // A field sent twice (?name=a&name=b) counts as its first value; anything longer than a form allows is cut.
    const first: unknown = Array.isArray(value) ? value[0] : value;
    return typeof first === 'string' ? first.trim().slice(0, 500) : '';
  };
  return Object.fromEntries(SEARCH_FIELDS.map((name) => [name, field(name)])) as SearchForm;
}

export function isEmptySearch(form: SearchForm): boolean {
  return SEARCH_FIELDS.every((name) => form[name] === '');
}

/**
 * Checks the typed search: each problem becomes an error for its field, in the reader's language. `units` and
 * `districts` are the codes the filters offer; a code from anywhere else is refused rather than searched.
 */
export function validateSearchForm(
  form: SearchForm,
  allowed: { units: readonly string[]; districts: readonly string[] },
  i18n: Pick<I18n, 't' | 'formatDate' | 'locale'>,
): { criteria: PeopleSearchCriteria; errors: FieldError[] } {
  const { t } = i18n;
  const errors: FieldError[] = [];
  const criteria: PeopleSearchCriteria = {};
  const refuse = (field: string, message: string) => errors.push({ field, message });

  if (form.name.length > MAX_NAME) refuse('name', t('people.search.error.nameTooLong'));
  else if (form.name && !nameSkeleton(form.name)) refuse('name', t('people.search.error.nameLetters'));
  else if (form.name) criteria.name = form.name;

  if (form.pin) {
    const pin = normalisePin(form.pin);
    // Only the shape matters here: a PIN whose date digits are odd may still be on an old record.
    const [problem] = checkPin(pin).errors.filter((issue) => issue.code === 'not_digits' || issue.code === 'wrong_length');
    if (problem) refuse('pin', pinIssueMessage(problem, i18n));
    else criteria.pin = pin;
  }

  if (form.caseNumber.length > MAX_CASE_NUMBER) refuse('caseNumber', t('people.search.error.caseNumberTooLong'));
  else if (form.caseNumber) criteria.caseNumber = form.caseNumber;

  if (form.dateOfBirth) {
    const date = parseUserDate(form.dateOfBirth);
    if (date) criteria.dateOfBirth = date;
    else refuse('dateOfBirth', t('people.search.error.dateOfBirth'));
  }

  if (form.unit && !allowed.units.includes(form.unit)) refuse('unit', t('people.search.error.unit'));
  else if (form.unit) criteria.unit = form.unit;

  const status = LEGAL_STATUSES.find((value) => value === form.legalStatus);
  if (form.legalStatus && !status) refuse('legalStatus', t('people.search.error.legalStatus'));
  else if (status) criteria.legalStatus = status;

  if (form.district && !allowed.districts.includes(form.district)) refuse('district', t('people.search.error.district'));
  else if (form.district) criteria.district = form.district;

  return { criteria, errors };
}
