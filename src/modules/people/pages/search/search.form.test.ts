import { describe, expect, it } from 'vitest';
import { messages } from '../../../../messages.ts';
import { createI18n } from '../../../../platform/i18n/translator.ts';
import { isEmptySearch, readSearchForm, validateSearchForm } from './search.form.ts';

const en = createI18n(messages, 'en');
const allowed = { units: ['PRISON_47'], districts: ['KG-GB', 'KG-GB-LENINSKY'] };
const check = (query: Record<string, unknown>) => validateSearchForm(readSearchForm(query), allowed, en);

describe('reading the people search form', () => {
  it('keeps what was typed, trimmed, and takes the first of a repeated field', () => {
    const form = readSearchForm({ name: '  Үсөнов ', pin: ['21203199000123', 'x'], unit: 42 });
    expect(form).toEqual({
      name: 'Үсөнов',
      pin: '21203199000123',
      caseNumber: '',
      dateOfBirth: '',
      unit: '',
      legalStatus: '',
      district: '',
    });
  });

  it('treats a form with nothing in it as no search at all', () => {
    expect(isEmptySearch(readSearchForm({}))).toBe(true);
    expect(isEmptySearch(readSearchForm({ name: '   ' }))).toBe(true);
    expect(isEmptySearch(readSearchForm({ legalStatus: 'remand' }))).toBe(false);
  });
});

describe('checking a people search', () => {
  it('turns a valid search into criteria: PIN without spaces, date as yyyy-mm-dd', () => {
    expect(
      check({
        name: 'Usonov',
        pin: '2 12031990 00123',
        caseNumber: 'УД-145',
        dateOfBirth: '12.03.1990',
        unit: 'PRISON_47',
        legalStatus: 'remand',
        district: 'KG-GB',
      }),
    ).toEqual({
      criteria: {
        name: 'Usonov',
        pin: '21203199000123',
        caseNumber: 'УД-145',
        dateOfBirth: '1990-03-12',
        unit: 'PRISON_47',
        legalStatus: 'remand',
        district: 'KG-GB',
      },
      errors: [],
    });
  });

  it('refuses a name with no letter in it, and one too long', () => {
    expect(check({ name: '!!! ---' }).errors).toEqual([{ field: 'name', message: 'Enter a name with at least one letter' }]);
    expect(check({ name: 'а'.repeat(101) }).errors).toEqual([{ field: 'name', message: 'The name must be 100 characters or fewer' }]);
  });

  it('refuses a PIN with letters or of the wrong length, but not one whose date digits are odd', () => {
    expect(check({ pin: '2120319900012A' }).errors).toEqual([{ field: 'pin', message: 'The PIN must contain only digits (0–9)' }]);
    expect(check({ pin: '212031990' }).errors).toEqual([
      { field: 'pin', message: 'The PIN must be 14 digits long; 9 digits were entered' },
    ]);
    expect(check({ pin: '23102199000123' }).errors).toEqual([]);
  });

  it('refuses a date of birth that does not exist or is not a date', () => {
    const message = 'Enter the date of birth as day, month and year, for example 12.03.1990';
    expect(check({ dateOfBirth: '31.02.1990' }).errors).toEqual([{ field: 'dateOfBirth', message }]);
    expect(check({ dateOfBirth: 'yesterday' }).errors).toEqual([{ field: 'dateOfBirth', message }]);
  });

  it('refuses a case number longer than any real one', () => {
    expect(check({ caseNumber: '1'.repeat(61) }).errors).toEqual([
      { field: 'caseNumber', message: 'The case number must be 60 characters or fewer' },
    ]);
  });

  it('refuses filters that are not among the choices offered', () => {
    expect(check({ unit: 'PRISON_16', legalStatus: 'escaped', district: 'KG-XX' }).errors.map((error) => error.field)).toEqual([
      'unit',
      'legalStatus',
      'district',
    ]);
  });
});
