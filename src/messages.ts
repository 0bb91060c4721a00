import type { Catalogs } from './platform/i18n/catalog.ts';
import { platformMessages } from './platform/i18n/platform.messages.ts';
import type { MessageTable } from './platform/i18n/translator.ts';
import type { Locale } from './platform/i18n/locales.ts';
import { homeMessages } from './modules/home/home.messages.ts';
import { referenceMessages } from './modules/reference/reference.messages.ts';
import { adminMessages } from './modules/admin/admin.messages.ts';
import { roleMessages } from './platform/auth/roles.messages.ts';
import { accessMessages } from './platform/access/access.messages.ts';
import { staffMessages } from './modules/staff/staff.messages.ts';
import { peopleMessages } from './modules/people/people.messages.ts';
import { personRecordMessages } from './modules/people/people.record.messages.ts';
import { peopleImportMessages } from './modules/people/people.import.messages.ts';
import { peoplePageMessages } from './modules/people/people.page.messages.ts';
import { pinMessages } from './modules/people/people.pin.messages.ts';
import { peopleSearchMessages } from './modules/people/people.search.messages.ts';
import { historyMessages } from './modules/people/people.history.messages.ts';
import { subjectAccessMessages } from './modules/people/people.subject-access.messages.ts';
import { twoFactorMessages } from './platform/auth/two-factor.messages.ts';
import { auditMessages } from './modules/audit/audit.messages.ts';

type EnglishOf<C> = C extends Catalogs<infer English> ? English : never;

/** Every module's catalog, merged. Adding a module's messages here makes its keys valid for `t()`. */
const catalogs = [
  platformMessages,
  accessMessages,
  staffMessages,
  peopleMessages,
  personRecordMessages,
  peopleImportMessages,
  peoplePageMessages,
  pinMessages,
  peopleSearchMessages,
  historyMessages,
  subjectAccessMessages,
  twoFactorMessages,
  homeMessages,
  referenceMessages,
  roleMessages,
  adminMessages,
  auditMessages,
] as const;

declare module './platform/i18n/catalog.ts' {
  interface MessageRegistry
    extends
      EnglishOf<typeof platformMessages>,
      EnglishOf<typeof auditMessages>,
      EnglishOf<typeof accessMessages>,
      EnglishOf<typeof staffMessages>,
      EnglishOf<typeof peopleMessages>,
      EnglishOf<typeof personRecordMessages>,
      EnglishOf<typeof peopleImportMessages>,
      EnglishOf<typeof peoplePageMessages>,
      EnglishOf<typeof pinMessages>,
      EnglishOf<typeof peopleSearchMessages>,
      EnglishOf<typeof historyMessages>,
      EnglishOf<typeof subjectAccessMessages>,
      EnglishOf<typeof twoFactorMessages>,
      EnglishOf<typeof homeMessages>,
      EnglishOf<typeof referenceMessages>,
      EnglishOf<typeof roleMessages>,
      EnglishOf<typeof adminMessages> {}
}

const merge = (locale: Locale): MessageTable[Locale] =>
  catalogs.reduce<MessageTable[Locale]>((table, catalog) => ({ ...table, ...catalog[locale] }), {});

export const messages: MessageTable = { ky: merge('ky'), ru: merge('ru'), en: merge('en') };
