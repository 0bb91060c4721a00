import type { SessionUser } from '../auth/sessions.ts';
import type { I18n } from '../i18n/translator.ts';
import type { NavigationItem } from './navigation.ts';

/** What every page view receives besides its own data: language, user, CSRF token and where it lives. */
export type PageContext = {
  i18n: I18n;
  user: SessionUser | null;
  csrfToken: string;
  path: string;
  navigation: NavigationItem[];
  requestId: string;
};
