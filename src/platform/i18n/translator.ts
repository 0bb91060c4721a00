import type { Message, MessageKey } from './catalog.ts';
import { type Locale, TIME_ZONE } from './locales.ts';

export type MessageParams = Record<string, string | number>;

export type I18n = {
  locale: Locale;
  /** The message in this locale with `{name}` parameters filled in; plural messages use `params.count`. */
  t: (key: MessageKey, params?: MessageParams) => string;
  /** dd.MM.yyyy, in Kyrgyz time for instants; a `yyyy-mm-dd` string is a calendar date and is not shifted. */
  formatDate: (value: Date | string) => string;
  formatDateTime: (value: Date) => string;
  formatNumber: (value: number) => string;
};

export type MessageTable = Record<Locale, Record<string, Message>>;

const pluralRulesCache = new Map<Locale, Intl.PluralRules>();
function pluralRules(locale: Locale): Intl.PluralRules {
  let rules = pluralRulesCache.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    pluralRulesCache.set(locale, rules);
  }
  return rules;
}

function interpolate(template: string, params: MessageParams | undefined, format: (n: number) => string): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? format(value) : value;
  });
}

export function createI18n(table: MessageTable, locale: Locale): I18n {
  const catalog = table[locale];
  const numberFormat = new Intl.NumberFormat(locale === 'ky' ? 'ky-KG' : locale);
  const formatNumber = (value: number): string => numberFormat.format(value);
  const timeFormat = new Intl.DateTimeFormat('en-GB', { timeZone: TIME_ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  const dateParts = new Intl.DateTimeFormat('en-GB', { timeZone: TIME_ZONE, day: '2-digit', month: '2-digit', year: 'numeric' });

  const formatDate = (value: Date | string): string => {
    if (typeof value === 'string') {
      const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
      if (match) return `${match[3]}.${match[2]}.${match[1]}`;
      value = new Date(value);
    }
    const parts = Object.fromEntries(dateParts.formatToParts(value).map((part) => [part.type, part.value]));
    return `${parts.day}.${parts.month}.${parts.year}`;
  };

  return {
    locale,
    t(key, params) {
      // A key always exists here: the catalogs are typed by the English one. Falling back to the key keeps a
      // page usable if a catalog is ever loaded from elsewhere.
      const message = catalog[key] ?? table.en[key] ?? key;
      if (typeof message === 'string') return interpolate(message, params, formatNumber);
      const count = Number(params?.count ?? 0);
      const form = pluralRules(locale).select(count);
      return interpolate(message[form] ?? message.other, params, formatNumber);
    },
    formatDate,
    formatDateTime: (value) => `${formatDate(value)} ${timeFormat.format(value)}`,
    formatNumber,
  };
}
