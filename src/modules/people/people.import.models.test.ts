import { describe, expect, it } from 'vitest';
import { messages } from '../../messages.ts';
import { createI18n } from '../../platform/i18n/translator.ts';
import { parseCsv, readHeader, rowOf, validateRow } from './people.import.models.ts';

const en = createI18n(messages, 'en');
const ru = createI18n(messages, 'ru');
const context = { i18n: en, unitCodes: new Set(['PRISON_47']), today: '2026-11-25' };
const good = {
  family_name: 'Үсөнов',
  given_name: 'Бакыт',
  date_of_birth: '12.03.1990',
  sex: 'м',
  unit_code: 'PRISON_47',
  pin: '21203199000123',
};

describe('reading an import file', () => {
  it('parses quoted CSV with a byte-order mark, semicolons, doubled quotes and line breaks in cells', () => {
    const text = '\uFEFFfamily_name;given_name\r\n"О\'Нил";"Ай ""Гүл""\nкызы"\r\n\r\nАсанов;Нурбек\n';
    expect(parseCsv(text)).toEqual([
      ['family_name', 'given_name'],
      ["О'Нил", 'Ай "Гүл"\nкызы'],
      ['Асанов', 'Нурбек'],
    ]);
  });

  it('names unknown and missing columns', () => {
    const { columns, problems } = readHeader(['Family name', 'given_name', 'colour'], en.t);
    expect(columns).toEqual(['family_name', 'given_name', null]);
    expect(problems.map((problem) => problem.message)).toEqual([
      'The column "colour" is not one Kadam knows; it will be ignored. Check its spelling.',
      'The file has no "date_of_birth" column, which every row needs.',
      'The file has no "sex" column, which every row needs.',
      'The file has no "unit_code" column, which every row needs.',
    ]);
    expect(rowOf(['a', 'b', 'c'], columns)).toEqual({ family_name: 'a', given_name: 'b' });
  });
});

describe('checking a row', () => {
  it('accepts a good row, with sex words in Kyrgyz or Russian and a PIN typed with spaces', () => {
    const result = validateRow(2, { ...good, pin: '2 1203 1990 00123' }, context);
    expect(result).toMatchObject({ person: { familyName: 'Үсөнов', sex: 'male', pin: '21203199000123', dateOfBirth: '1990-03-12' } });
  });

  it('accepts names with apostrophes, hyphens and any letters, and no PIN with a reason', () => {
    const result = validateRow(2, { ...good, family_name: "Ак-Жол O'Neil", pin: '', no_pin_reason: 'stateless' }, context);
    expect(result).toMatchObject({ person: { familyName: "Ак-Жол O'Neil", pin: null, noPinReason: 'stateless' } });
  });

  it('reports every problem of a bad row on its column, in plain words', () => {
    const result = validateRow(
      7,
      { family_name: '<script>', given_name: '', date_of_birth: '31.02.1990', sex: 'x', unit_code: 'NOWHERE', pin: '2120319900012' },
      context,
    );
    expect('problems' in result && result.problems.map((problem) => [problem.line, problem.column])).toEqual([
      [7, 'family_name'],
      [7, 'given_name'],
      [7, 'date_of_birth'],
      [7, 'sex'],
      [7, 'pin'],
      [7, 'unit_code'],
    ]);
  });

  it('refuses a PIN whose digits give another date of birth, and says so in Russian', () => {
    const result = validateRow(3, { ...good, date_of_birth: '13.03.1990' }, { ...context, i18n: ru });
    expect('problems' in result && result.problems[0]?.message).toContain('12.03.1990');
  });

  it('refuses a birth in the future and a "since" date before the birth', () => {
    const future = validateRow(4, { ...good, date_of_birth: '01.01.2030', pin: '', no_pin_reason: 'unknown' }, context);
    expect('problems' in future && future.problems[0]?.message).toBe('The date of birth 01.01.2030 is in the future.');
    const since = validateRow(5, { ...good, since: '01.01.1980' }, context);
    expect('problems' in since && since.problems[0]?.column).toBe('since');
  });
});
