import type { I18n } from '../../platform/i18n/translator.ts';
import type { SEXES } from './people.tables.ts';

/**
 * The Kyrgyz personal identification number (ПИН / ИНН): 14 digits. Digit 1 is the sex, digits 2–9 the date
 * of birth as DDMMYYYY, digits 10–14 a registration number. A PIN is checked against the person's recorded
 * date of birth and sex; only a wrong sex digit is let through (as a warning), because records show that digit
 * was sometimes assigned wrongly and the PIN on the passport is still the person's PIN.
 */
export const PIN_LENGTH = 14;

/** [check] The first digit of a Kyrgyz PIN: 1 for a woman, 2 for a man. */
export const PIN_SEX_DIGIT: Readonly<Record<(typeof SEXES)[number], string>> = { female: '1', male: '2' };

export type PinIssue =
  | { code: 'not_digits' }
  | { code: 'wrong_length'; length: number }
  | { code: 'birth_date_impossible'; digits: string }
  | { code: 'birth_date_mismatch'; pinDate: string; recordedDate: string }
  | { code: 'sex_digit_unknown'; digit: string }
  | { code: 'sex_mismatch'; pinSex: (typeof SEXES)[number]; recordedSex: (typeof SEXES)[number] };

export type PinIssueCode = PinIssue['code'];

/** Errors refuse the PIN; warnings are shown and the PIN may still be saved. */
export type PinCheck = { errors: PinIssue[]; warnings: PinIssue[] };

/** What people type between the groups of a PIN: spaces and hyphens. Call before `checkPin` and before saving. */
export function normalisePin(text: string): string {
  return text.replace(/[\s-]/g, '');
}

/**
 * Checks a (normalised) PIN against what is recorded about the person. Leave `dateOfBirth` or `sex` out when
 * they are not known yet (e.g. the form's date is itself invalid): the digits and length are still checked.
 */
export function checkPin(
  pin: string,
  recorded: { dateOfBirth?: string | null | undefined; sex?: (typeof SEXES)[number] | null | undefined } = {},
): PinCheck {
  const errors: PinIssue[] = [];
  const warnings: PinIssue[] = [];
  if (!/^\d*$/.test(pin)) errors.push({ code: 'not_digits' });
  if (pin.length !== PIN_LENGTH) errors.push({ code: 'wrong_length', length: pin.length });
  if (errors.length > 0) return { errors, warnings };

  const digits = pin.slice(1, 9);
  const pinDate = isoDateOf(digits);
  if (!pinDate) errors.push({ code: 'birth_date_impossible', digits });
  else if (recorded.dateOfBirth && pinDate !== recorded.dateOfBirth)
    errors.push({ code: 'birth_date_mismatch', pinDate, recordedDate: recorded.dateOfBirth });

  const sexDigit = pin.charAt(0);
  const pinSex = sexDigit === PIN_SEX_DIGIT.female ? 'female' : sexDigit === PIN_SEX_DIGIT.male ? 'male' : null;
  if (!pinSex) warnings.push({ code: 'sex_digit_unknown', digit: sexDigit });
  else if (recorded.sex && pinSex !== recorded.sex) warnings.push({ code: 'sex_mismatch', pinSex, recordedSex: recorded.sex });
  return { errors, warnings };
}

/** DDMMYYYY → yyyy-mm-dd, or null when the digits are not a day that exists. */
function isoDateOf(digits: string): string | null {
  const [day, month, year] = [Number(digits.slice(0, 2)), Number(digits.slice(2, 4)), Number(digits.slice(4, 8))];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (year < 1900 || date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${digits.slice(4, 8)}-${digits.slice(2, 4)}-${digits.slice(0, 2)}`;
}

/** The message key of each issue (see people.pin.messages.ts). */
export const PIN_MESSAGE_KEYS = {
  not_digits: 'people.pin.notDigits',
  wrong_length: 'people.pin.wrongLength',
  birth_date_impossible: 'people.pin.birthDateImpossible',
  birth_date_mismatch: 'people.pin.birthDateMismatch',
  sex_digit_unknown: 'people.pin.sexDigitUnknown',
  sex_mismatch: 'people.pin.sexMismatch',
} as const satisfies Record<PinIssueCode, string>;

/** An issue as a sentence in the reader's language, with the dates and digits that explain it. */
export function pinIssueMessage(issue: PinIssue, i18n: Pick<I18n, 't' | 'formatDate' | 'locale'>): string {
  const { t, formatDate, locale } = i18n;
  const key = PIN_MESSAGE_KEYS[issue.code];
  switch (issue.code) {
    case 'wrong_length':
      return t(key, { count: issue.length, length: PIN_LENGTH });
    case 'birth_date_impossible':
      return t(key, { digits: issue.digits });
    case 'birth_date_mismatch':
      return t(key, { pinDate: formatDate(issue.pinDate), recordedDate: formatDate(issue.recordedDate) });
    case 'sex_digit_unknown':
      return t(key, { digit: issue.digit });
    case 'sex_mismatch':
      // The shared labels are capitalised for form options; mid-sentence they are lower case.
      return t(key, {
        pinSex: t(`people.sex.${issue.pinSex}`).toLocaleLowerCase(locale),
        recordedSex: t(`people.sex.${issue.recordedSex}`).toLocaleLowerCase(locale),
      });
    default:
      return t(key);
  }
}
