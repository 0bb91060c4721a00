import type { Locale } from './locales.ts';

/** A message with plural forms chosen by `Intl.PluralRules`; `other` is always required. */
export type PluralMessage = { readonly other: string } & Partial<Readonly<Record<Exclude<Intl.LDMLPluralRule, 'other'>, string>>>;
export type Message = string | PluralMessage;

/** The shape another language must give for an English catalog: same keys, plural where English is plural. */
export type CatalogOf<English extends Record<string, Message>> = {
  readonly [Key in keyof English]: English[Key] extends string ? string : PluralMessage;
};

export type Catalogs<English extends Record<string, Message>> = Record<Locale, CatalogOf<English>>;

/**
 * Declares a module's messages. English defines the keys; Kyrgyz and Russian are typed by them, so a key
 * missing from either fails the typecheck.
 */
export function defineMessages<const English extends Record<string, Message>>(
  en: English,
  translations: { ky: CatalogOf<English>; ru: CatalogOf<English> },
): Catalogs<English> {
  return { en: en as CatalogOf<English>, ky: translations.ky, ru: translations.ru };
}

/**
 * Filled in by `src/messages.ts` through declaration merging, so the platform can type `t()` with every
 * module's keys without importing any module.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface MessageRegistry {}
export type MessageKey = Extract<keyof MessageRegistry, string>;
