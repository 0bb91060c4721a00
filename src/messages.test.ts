import { describe, expect, it } from 'vitest';
import { messages } from './messages.ts';
import { defineMessages } from './platform/i18n/catalog.ts';
import { LOCALES } from './platform/i18n/locales.ts';

describe('message catalogs', () => {
  const englishKeys = Object.keys(messages.en).sort();

  it.each(LOCALES)('%s has exactly the English keys, none empty', (locale) => {
    expect(Object.keys(messages[locale]).sort()).toEqual(englishKeys);
    const empty = Object.entries(messages[locale]).filter(
      ([, message]) => (typeof message === 'string' ? message : message.other).trim() === '',
    );
    expect(empty).toEqual([]);
  });

  it.each(LOCALES)('%s plural messages give every form the language needs', (locale) => {
    const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
    const missing = Object.entries(messages[locale])
      .filter(([, message]) => typeof message !== 'string')
      .flatMap(([key, message]) =>
        categories.filter((category) => !(category in (message as object))).map((category) => `${key}.${category}`),
      );
    expect(missing).toEqual([]);
  });

  it('keeps parameters the same in every language', () => {
    const params = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
    const textOf = (message: unknown) => (typeof message === 'string' ? message : (message as { other: string }).other);
    const mismatched = englishKeys.filter((key) =>
      LOCALES.some((locale) => params(textOf(messages[locale][key])).join() !== params(textOf(messages.en[key])).join()),
    );
    expect(mismatched).toEqual([]);
  });

  it('fails the typecheck when a translation misses a key', () => {
    // The @ts-expect-error below is the assertion: `npm run check` fails if a missing key ever stops being an error.
    const catalogs = defineMessages(
      { 'x.one': 'One', 'x.two': 'Two' },
      {
        // @ts-expect-error — 'x.two' is missing from the Kyrgyz catalog
        ky: { 'x.one': 'Бир' },
        ru: { 'x.one': 'Один', 'x.two': 'Два' },
      },
    );
    expect(Object.keys(catalogs.ky)).toEqual(['x.one']);
  });
});
