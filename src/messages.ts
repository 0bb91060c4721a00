import type { Catalogs } from './platform/i18n/catalog.ts';
import { platformMessages } from './platform/i18n/platform.messages.ts';
import type { MessageTable } from './platform/i18n/translator.ts';
import { homeMessages } from './modules/home/home.messages.ts';
import { referenceMessages } from './modules/reference/reference.messages.ts';

type EnglishOf<C> = C extends Catalogs<infer English> ? English : never;

/** Every module's catalog, merged. Adding a module's messages here makes its keys valid for `t()`. */
const catalogs = [platformMessages, homeMessages, referenceMessages] as const;

declare module './platform/i18n/catalog.ts' {
  interface MessageRegistry
    extends EnglishOf<typeof platformMessages>,
      EnglishOf<typeof homeMessages>,
      EnglishOf<typeof referenceMessages> {}
}

export const messages: MessageTable = {
  ky: Object.assign({}, ...catalogs.map((catalog) => catalog.ky)),
  ru: Object.assign({}, ...catalogs.map((catalog) => catalog.ru)),
  en: Object.assign({}, ...catalogs.map((catalog) => catalog.en)),
};
