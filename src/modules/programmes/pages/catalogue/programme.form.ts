import type { I18n } from '../../../../platform/i18n/translator.ts';
import type { FieldError } from '../../../../platform/views/components.tsx';
import type { ProgrammeInput } from '../../programmes.catalogue-edit.ts';
import type { ProgrammeRow } from '../../programmes.catalogue.ts';
import { DELIVERY_LANGUAGES, LEGAL_STATUSES, PROGRAMME_RISK_LEVELS, PROGRAMME_STATUSES, SEXES } from '../../programmes.tables.ts';
import { listOf, textOf } from '../form-values.ts';

type Suffix = 'Ky' | 'Ru' | 'En';
type LocalisedFields = `title${Suffix}` | `description${Suffix}`;

/** The edit form as typed, shown again unchanged when something needs correcting. */
export type ProgrammeForm = Record<
  LocalisedFields | 'targetNeeds' | 'ageMin' | 'ageMax' | 'sessionCount' | 'defaultCapacity' | 'status' | 'version',
  string
> & {
  sexes: string[];
  riskLevels: string[];
  legalStatuses: string[];
  deliveryLanguages: string[];
};

const MAX_DESCRIPTION = 4000;

export function programmeFormOf(row: ProgrammeRow): ProgrammeForm {
  return {
    titleKy: row.title.ky,
    titleRu: row.title.ru,
    titleEn: row.title.en,
    descriptionKy: row.description.ky,
    descriptionRu: row.description.ru,
    descriptionEn: row.description.en,
    targetNeeds: row.targetNeeds.join(', '),
    ageMin: row.ageMin === null ? '' : String(row.ageMin),
    ageMax: row.ageMax === null ? '' : String(row.ageMax),
    sessionCount: String(row.sessionCount),
    defaultCapacity: String(row.defaultCapacity),
    status: row.status,
    version: String(row.version),
    sexes: row.sexes,
    riskLevels: row.riskLevels,
    legalStatuses: row.legalStatuses,
    deliveryLanguages: row.deliveryLanguages,
  };
}

export function programmeFormValues(body: Record<string, unknown>): ProgrammeForm {
  const text = (name: string, max = 200) => textOf(body[name], max);
  return {
    titleKy: text('titleKy'),
    titleRu: text('titleRu'),
    titleEn: text('titleEn'),
    descriptionKy: text('descriptionKy', MAX_DESCRIPTION + 1),
    descriptionRu: text('descriptionRu', MAX_DESCRIPTION + 1),
    descriptionEn: text('descriptionEn', MAX_DESCRIPTION + 1),
    targetNeeds: text('targetNeeds', 1000),
    ageMin: text('ageMin'),
    ageMax: text('ageMax'),
    sessionCount: text('sessionCount'),
    defaultCapacity: text('defaultCapacity'),
    status: text('status'),
    version: text('version'),
    sexes: listOf(body.sexes),
    riskLevels: listOf(body.riskLevels),
    legalStatuses: listOf(body.legalStatuses),
    deliveryLanguages: listOf(body.deliveryLanguages),
  };
}

const only = (values: string[], allowed: readonly string[]) => values.filter((value) => allowed.includes(value));

/**
 * Checks a manager's edit: every title and description in all three languages, whole numbers in range, an age
 * range the right way round, at least one delivery language, indicator codes written as codes.
 */
export function validateProgrammeForm(
  form: ProgrammeForm,
  t: I18n['t'],
): { input?: ProgrammeInput; version?: number; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const label = (field: string) => t(`programmes.page.field.${field}` as 'programmes.page.field.titleKy');
  const required = (field: keyof ProgrammeForm, max: number) => {
    const value = String(form[field]).trim();
    if (value === '') errors.push({ field, message: t('validation.required', { field: label(field) }) });
    else if (value.length > max) errors.push({ field, message: t('validation.tooLong', { field: label(field), max }) });
    return value;
  };
  const whole = (field: 'ageMin' | 'ageMax' | 'sessionCount' | 'defaultCapacity', min: number, max: number, optional: boolean) => {
    const value = form[field].trim();
    if (value === '' && optional) return null;
    const number = /^\d{1,3}$/.test(value) ? Number(value) : NaN;
    if (Number.isNaN(number) || number < min || number > max) {
      errors.push({ field, message: t('programmes.page.error.wholeNumber', { field: label(field), min, max }) });
      return null;
    }
    return number;
  };
  const title = { ky: required('titleKy', 200), ru: required('titleRu', 200), en: required('titleEn', 200) };
  const description = {
    ky: required('descriptionKy', MAX_DESCRIPTION),
    ru: required('descriptionRu', MAX_DESCRIPTION),
    en: required('descriptionEn', MAX_DESCRIPTION),
  };
  const targetNeeds = form.targetNeeds
    .split(/[\s,;]+/)
    .map((code) => code.trim().toUpperCase())
    .filter(Boolean);
  if (targetNeeds.some((code) => !/^[A-Z][A-Z0-9_]{0,31}$/.test(code)))
    errors.push({ field: 'targetNeeds', message: t('programmes.page.error.needCodes') });
  const ageMin = whole('ageMin', 14, 100, true);
  const ageMax = whole('ageMax', 14, 100, true);
  if (ageMin !== null && ageMax !== null && ageMin > ageMax) errors.push({ field: 'ageMax', message: t('programmes.page.error.ageRange') });
  const sessionCount = whole('sessionCount', 1, 200, false);
  const defaultCapacity = whole('defaultCapacity', 1, 100, false);
  const deliveryLanguages = only(form.deliveryLanguages, DELIVERY_LANGUAGES);
  if (deliveryLanguages.length === 0)
    errors.push({ field: 'deliveryLanguages', message: t('validation.required', { field: label('deliveryLanguages') }) });
  const status = PROGRAMME_STATUSES.find((candidate) => candidate === form.status);
  if (!status) errors.push({ field: 'status', message: t('validation.required', { field: label('status') }) });
  const version = Number(form.version);
  if (errors.length > 0 || !status || sessionCount === null || defaultCapacity === null) return { errors };
  return {
    version: Number.isInteger(version) ? version : 0,
    errors,
    input: {
      title,
      description,
      targetNeeds: [...new Set(targetNeeds)],
      sexes: only(form.sexes, SEXES),
      ageMin,
      ageMax,
      riskLevels: only(form.riskLevels, PROGRAMME_RISK_LEVELS),
      legalStatuses: only(form.legalStatuses, LEGAL_STATUSES),
      deliveryLanguages,
      sessionCount,
      defaultCapacity,
      status,
    },
  };
}
