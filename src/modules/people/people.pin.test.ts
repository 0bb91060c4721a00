import { describe, expect, it } from 'vitest';
import { messages } from '../../messages.ts';
import { createI18n } from '../../platform/i18n/translator.ts';
import { checkPin, normalisePin, PIN_SEX_DIGIT, pinIssueMessage } from './people.pin.ts';

// A woman born 12.03.1990 and a man born 05.11.1985, as their PINs would be issued.
const AIGUL = { pin: '11203199000123', dateOfBirth: '1990-03-12', sex: 'female' } as const;
const BAKYT = { pin: '20511198500456', dateOfBirth: '1985-11-05', sex: 'male' } as const;

const codes = (issues: { code: string }[]) => issues.map((issue) => issue.code);

describe('checking a Kyrgyz PIN', () => {
  it('accepts a PIN whose digits match the recorded date of birth and sex', () => {
    expect(checkPin(AIGUL.pin, AIGUL)).toEqual({ errors: [], warnings: [] });
    expect(checkPin(BAKYT.pin, BAKYT)).toEqual({ errors: [], warnings: [] });
  });

  it('refuses a PIN with letters or other signs in it', () => {
    expect(codes(checkPin('1120319900012A', AIGUL).errors)).toEqual(['not_digits']);
    expect(codes(checkPin('11203-99000123', AIGUL).errors)).toEqual(['not_digits']);
  });

  it('refuses a PIN that is not exactly 14 digits long, saying how many were entered', () => {
    expect(checkPin('1120319900012', AIGUL).errors).toEqual([{ code: 'wrong_length', length: 13 }]);
    expect(checkPin('112031990001234', AIGUL).errors).toEqual([{ code: 'wrong_length', length: 15 }]);
  });

  it('refuses a PIN whose digits 2–9 differ from the recorded date of birth, naming both dates', () => {
    expect(checkPin(AIGUL.pin, { ...AIGUL, dateOfBirth: '1990-03-13' }).errors).toEqual([
      { code: 'birth_date_mismatch', pinDate: '1990-03-12', recordedDate: '1990-03-13' },
    ]);
  });

  it('refuses a PIN whose digits 2–9 are not a day that exists', () => {
    expect(checkPin('13102199000123', {}).errors).toEqual([{ code: 'birth_date_impossible', digits: '31021990' }]);
    expect(checkPin('12902199100123', {}).errors).toEqual([{ code: 'birth_date_impossible', digits: '29021991' }]);
    expect(checkPin('12902199200123', {}).errors).toEqual([]);
  });

  it('only warns when the sex digit differs from the recorded sex', () => {
    const result = checkPin(AIGUL.pin, { ...AIGUL, sex: 'male' });
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([{ code: 'sex_mismatch', pinSex: 'female', recordedSex: 'male' }]);
  });

  it('only warns when the sex digit is neither the women’s nor the men’s digit', () => {
    const result = checkPin(`3${AIGUL.pin.slice(1)}`, AIGUL);
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([{ code: 'sex_digit_unknown', digit: '3' }]);
  });

  it('reads 1 as a woman and 2 as a man', () => {
    expect(PIN_SEX_DIGIT).toEqual({ female: '1', male: '2' });
  });

  it('still checks digits, length and the date in the PIN when the date of birth and sex are not known yet', () => {
    expect(checkPin(AIGUL.pin)).toEqual({ errors: [], warnings: [] });
    expect(codes(checkPin('abc').errors)).toEqual(['not_digits', 'wrong_length']);
  });

  it('drops the spaces and hyphens people type between the groups', () => {
    expect(normalisePin(' 1 12031990 00123 ')).toBe(AIGUL.pin);
    expect(normalisePin('1-12031990-00123')).toBe(AIGUL.pin);
  });
});

describe('saying what is wrong with a PIN', () => {
  const en = createI18n(messages, 'en');
  const ru = createI18n(messages, 'ru');
  const ky = createI18n(messages, 'ky');
  const mismatch = checkPin(AIGUL.pin, { ...AIGUL, dateOfBirth: '1990-03-13' }).errors[0]!;

  it('names both dates when the date of birth does not match, in each language', () => {
    expect(pinIssueMessage(mismatch, en)).toBe(
      'The PIN’s digits 2–9 give the date of birth 12.03.1990, but the date of birth recorded is 13.03.1990. Check both against the document',
    );
    expect(pinIssueMessage(mismatch, ru)).toContain('12.03.1990');
    expect(pinIssueMessage(mismatch, ru)).toContain('13.03.1990');
    expect(pinIssueMessage(mismatch, ky)).toMatch(/туулган күнү 12\.03\.1990.*13\.03\.1990/);
  });

  it('counts the digits entered in the right plural form', () => {
    expect(pinIssueMessage({ code: 'wrong_length', length: 13 }, en)).toBe('The PIN must be 14 digits long; 13 digits were entered');
    expect(pinIssueMessage({ code: 'wrong_length', length: 1 }, en)).toBe('The PIN must be 14 digits long; 1 digit was entered');
    expect(pinIssueMessage({ code: 'wrong_length', length: 13 }, ru)).toBe('ПИН должен состоять из 14 цифр; введено 13 цифр');
    expect(pinIssueMessage({ code: 'wrong_length', length: 3 }, ru)).toBe('ПИН должен состоять из 14 цифр; введено 3 цифры');
  });

  it('names the sex in the PIN and the recorded one in lower case', () => {
    const warning = checkPin(AIGUL.pin, { ...AIGUL, sex: 'male' }).warnings[0]!;
    expect(pinIssueMessage(warning, en)).toContain('says the sex is female, but the sex recorded is male');
    expect(pinIssueMessage(warning, ky)).toContain('жынысы аял, бирок катталган жынысы эркек');
  });

  it('has a message for every other issue in every language', () => {
    for (const i18n of [en, ru, ky]) {
      expect(pinIssueMessage({ code: 'not_digits' }, i18n)).not.toMatch(/people\.pin/);
      expect(pinIssueMessage({ code: 'birth_date_impossible', digits: '31021990' }, i18n)).toContain('31021990');
      expect(pinIssueMessage({ code: 'sex_digit_unknown', digit: '3' }, i18n)).toContain('3');
    }
  });
});
