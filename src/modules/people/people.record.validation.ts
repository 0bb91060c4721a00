import type { I18n } from '../../platform/i18n/translator.ts';
import type { FieldError } from '../../platform/views/components.tsx';
import { parseUserDate } from './people.dates.ts';
import { checkPin, normalisePin, pinIssueMessage } from './people.pin.ts';
import {
  aliasLines,
  CITIZENSHIPS,
  hasLetter,
  isOneOf,
  LANGUAGES,
  optional,
  type PersonExtras,
  type PersonForm,
  type PersonInput,
  type PinInput,
  STATELESS,
} from './people.schemas.ts';
import { EDUCATION_LEVELS, MARITAL_STATUSES, NO_PIN_REASONS, SEXES } from './people.tables.ts';

type Known = { territoryIds: ReadonlySet<string>; unitIds?: ReadonlySet<string> };
type Options = { i18n: Pick<I18n, 't' | 'formatDate' | 'locale'>; today: string; known: Known };

export type PersonValidation = { input: PersonInput; extras: PersonExtras; errors: FieldError[] };

/**
 * Checks a typed person form field by field and says what is wrong with each, in the user's language. The
 * caller passes the territories and units that exist (and are the user's), so an unknown one is a field error.
 */
export function validatePersonForm(form: PersonForm, { i18n, today, known }: Options): PersonValidation {
  const { t } = i18n;
  const errors: FieldError[] = [];
  const fail = (field: keyof PersonForm, message: string) => errors.push({ field, message });
  const label = (field: string) => t(`people.record.field.${field}` as 'people.record.field.familyName');

  const name = (field: 'familyName' | 'givenName', required: boolean) => {
    const value = form[field].trim();
    if (required && !value) fail(field, t('validation.required', { field: label(field) }));
    else if (value && !hasLetter(value)) fail(field, t('people.record.error.nameLetters', { field: label(field) }));
    else if (value.length > 100) fail(field, t('validation.tooLong', { field: label(field), max: 100 }));
  };
  name('familyName', true);
  name('givenName', true);
  for (const field of ['patronymic', 'familyNameLatin', 'givenNameLatin', 'patronymicLatin'] as const) {
    const value = form[field].trim();
    if (value && !hasLetter(value)) fail(field, t('people.record.error.nameLetters', { field: label(field) }));
    else if (value.length > 100) fail(field, t('validation.tooLong', { field: label(field), max: 100 }));
  }
  const aliases = aliasLines(form.aliases);
  if (aliases.some((alias) => !hasLetter(alias) || alias.length > 200))
    fail('aliases', t('people.record.error.nameLetters', { field: label('aliases') }));

  const dateOfBirth = parseUserDate(form.dateOfBirth);
  if (!form.dateOfBirth.trim()) fail('dateOfBirth', t('validation.required', { field: label('dateOfBirth') }));
  else if (!dateOfBirth) fail('dateOfBirth', t('people.record.error.date', { field: label('dateOfBirth') }));
  else if (dateOfBirth > today) fail('dateOfBirth', t('people.record.error.bornInFuture'));
  else if (dateOfBirth < '1900-01-01') fail('dateOfBirth', t('people.record.error.date', { field: label('dateOfBirth') }));

  if (!isOneOf(SEXES, form.sex)) fail('sex', t('people.record.error.choose', { field: label('sex') }));

  let citizenship: string | null = null;
  if (form.citizenship === 'other') {
    citizenship = form.citizenshipOther.trim().toUpperCase();
    if (!/^[A-Z]{3}$/.test(citizenship)) fail('citizenshipOther', t('people.record.error.countryCode'));
  } else if (form.citizenship === STATELESS || isOneOf(CITIZENSHIPS, form.citizenship)) citizenship = form.citizenship;
  else if (form.citizenship) fail('citizenship', t('people.record.error.choose', { field: label('citizenship') }));

  const languages = form.languages.filter((language) => isOneOf(LANGUAGES, language));
  if (form.preferredLanguage && !isOneOf(LANGUAGES, form.preferredLanguage))
    fail('preferredLanguage', t('people.record.error.choose', { field: label('preferredLanguage') }));
  if (form.education && !isOneOf(EDUCATION_LEVELS, form.education))
    fail('education', t('people.record.error.choose', { field: label('education') }));
  if (form.maritalStatus && !isOneOf(MARITAL_STATUSES, form.maritalStatus))
    fail('maritalStatus', t('people.record.error.choose', { field: label('maritalStatus') }));
  const dependants = form.dependants.trim();
  if (dependants && !/^\d{1,2}$/.test(dependants)) fail('dependants', t('people.record.error.dependants'));

  for (const field of ['registeredTerritoryId', 'actualTerritoryId'] as const)
    if (form[field] && !known.territoryIds.has(form[field])) fail(field, t('people.record.error.unknownTerritory'));
  if (known.unitIds && !known.unitIds.has(form.unitId)) fail('unitId', t('people.record.error.unknownUnit'));
  for (const field of ['phone', 'kinPhone'] as const)
    if (form[field].trim() && !/^\+?[\d\s()-]{5,20}$/.test(form[field].trim())) fail(field, t('people.record.error.phone'));
  if (!form.kinName.trim() && (form.kinRelationship.trim() || form.kinPhone.trim()))
    fail('kinName', t('validation.required', { field: label('kinName') }));

  const input: PersonInput = {
    familyName: form.familyName.trim(),
    givenName: form.givenName.trim(),
    patronymic: optional(form.patronymic),
    familyNameLatin: optional(form.familyNameLatin),
    givenNameLatin: optional(form.givenNameLatin),
    patronymicLatin: optional(form.patronymicLatin),
    dateOfBirth: dateOfBirth ?? '',
    sex: isOneOf(SEXES, form.sex) ? form.sex : 'male',
    citizenship,
    languages,
    preferredLanguage: isOneOf(LANGUAGES, form.preferredLanguage) ? form.preferredLanguage : null,
    education: isOneOf(EDUCATION_LEVELS, form.education) ? form.education : null,
    occupation: optional(form.occupation),
    maritalStatus: isOneOf(MARITAL_STATUSES, form.maritalStatus) ? form.maritalStatus : null,
    dependants: dependants ? Number(dependants) : null,
    registeredAddress: optional(form.registeredAddress),
    registeredTerritoryId: optional(form.registeredTerritoryId),
    actualAddress: optional(form.actualAddress),
    actualTerritoryId: optional(form.actualTerritoryId),
    ethnicity: optional(form.ethnicity),
    disability: optional(form.disability),
  };
  const kinName = optional(form.kinName);
  const extras: PersonExtras = {
    aliases,
    phone: optional(form.phone),
    kin: kinName ? { name: kinName, relationship: optional(form.kinRelationship), phone: optional(form.kinPhone) } : null,
  };
  return { input, extras, errors };
}

/**
 * The PIN part of a form: a PIN checked against the date of birth and sex (errors refuse it; a sex-digit
 * warning must be confirmed with the "the PIN is correct as entered" box), or a reason for having none.
 */
export function validatePinChoice(
  form: Pick<PersonForm, 'pinChoice' | 'pin' | 'noPinReason' | 'pinConfirmed'>,
  recorded: { dateOfBirth: string | null; sex: string },
  i18n: Pick<I18n, 't' | 'formatDate' | 'locale'>,
): { pin: PinInput | null; errors: FieldError[]; warnings: string[] } {
  const { t } = i18n;
  if (form.pinChoice === 'none') {
    if (isOneOf(NO_PIN_REASONS, form.noPinReason)) return { pin: { pin: null, noPinReason: form.noPinReason }, errors: [], warnings: [] };
    return { pin: null, errors: [{ field: 'noPinReason', message: t('people.record.error.noPinReason') }], warnings: [] };
  }
  if (form.pinChoice !== 'pin')
    return { pin: null, errors: [{ field: 'pinChoice', message: t('people.record.error.pinChoice') }], warnings: [] };
  const pin = normalisePin(form.pin);
  if (!pin)
    return {
      pin: null,
      errors: [{ field: 'pin', message: t('validation.required', { field: t('people.record.field.pin') }) }],
      warnings: [],
    };
  const check = checkPin(pin, { dateOfBirth: recorded.dateOfBirth, sex: isOneOf(SEXES, recorded.sex) ? recorded.sex : null });
  const warnings = check.warnings.map((issue) => pinIssueMessage(issue, i18n));
  if (check.errors.length > 0)
    return {
      pin: null,
      errors: [{ field: 'pin', message: check.errors.map((issue) => pinIssueMessage(issue, i18n)).join(' ') }],
      warnings,
    };
  if (warnings.length > 0 && !form.pinConfirmed)
    return {
      pin: null,
      errors: [{ field: 'pinConfirmed', message: `${warnings.join(' ')} ${t('people.record.error.confirmPin')}` }],
      warnings,
    };
  return { pin: { pin, noPinReason: null }, errors: [], warnings };
}
