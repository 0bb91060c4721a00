import { describe, expect, it } from 'vitest';
import { createI18n, type MessageTable } from './translator.ts';

const table: MessageTable = {
  en: { hello: 'Hello, {name}', items: { one: '{count} item', other: '{count} items' } },
  ky: { hello: 'Салам, {name}', items: { one: '{count} жазуу', other: '{count} жазуу' } },
  ru: {
    hello: 'Привет, {name}',
    items: { one: '{count} запись', few: '{count} записи', many: '{count} записей', other: '{count} записи' },
  },
};
// The table above is local to this test; the registry-typed keys do not apply to it.
const t = (locale: 'ky' | 'ru' | 'en', key: string, params?: Record<string, string | number>) =>
  createI18n(table, locale).t(key as never, params);

describe('translator', () => {
  it('fills in parameters', () => {
    expect(t('ky', 'hello', { name: 'Айгүл' })).toBe('Салам, Айгүл');
  });

  it('chooses Russian plural forms with Intl.PluralRules', () => {
    expect(t('ru', 'items', { count: 1 })).toBe('1 запись');
    expect(t('ru', 'items', { count: 3 })).toBe('3 записи');
    expect(t('ru', 'items', { count: 5 })).toBe('5 записей');
    expect(t('ru', 'items', { count: 21 })).toBe('21 запись');
  });

  it('chooses English plural forms', () => {
    expect(t('en', 'items', { count: 1 })).toBe('1 item');
    expect(t('en', 'items', { count: 2 })).toBe('2 items');
  });

  it('formats dates as dd.MM.yyyy in Kyrgyz time', () => {
    const i18n = createI18n(table, 'ky');
    // 20:30 UTC on 31 Dec is already 1 January in Bishkek (UTC+6).
    expect(i18n.formatDate(new Date('2025-12-31T20:30:00Z'))).toBe('01.01.2026');
    expect(i18n.formatDate('2026-03-08')).toBe('08.03.2026');
    expect(i18n.formatDateTime(new Date('2026-03-08T03:05:00Z'))).toBe('08.03.2026 09:05');
  });
});
