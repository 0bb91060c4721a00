export const LOCALES = ['ky', 'ru', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
/** Kyrgyz is the state language and Kadam's default. */
export const DEFAULT_LOCALE: Locale = 'ky';

/** Each language named in itself, as a language switcher shows it. */
export const LOCALE_NAMES: Record<Locale, string> = { ky: 'Кыргызча', ru: 'Русский', en: 'English' };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** Local time in the Kyrgyz Republic (UTC+6, no daylight saving). */
export const TIME_ZONE = 'Asia/Bishkek';
