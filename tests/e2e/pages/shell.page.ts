import type { Page } from 'playwright-core';
import { clickAndWaitForLoad } from '../support/browser.ts';

/** What every page has: the header (identity, language switcher, sign out) and the primary navigation. */
export function shell(page: Page) {
  const signOutButton = page.locator('form[action="/sign-out"] button[type="submit"]');
  return {
    signOutButton,
    identity: page.locator('.kadam-header__identity'),
    unitName: page.locator('.kadam-header__unit'),
    heading: page.locator('main h1'),
    languageButton: (locale: 'ky' | 'ru' | 'en') => page.locator(`form[action="/language"] button[name="locale"][value="${locale}"]`),
    switchLanguage: (locale: 'ky' | 'ru' | 'en') =>
      clickAndWaitForLoad(page, page.locator(`form[action="/language"] button[name="locale"][value="${locale}"]`)),
    signOut: () => clickAndWaitForLoad(page, signOutButton),
    navigateTo: (href: string) => clickAndWaitForLoad(page, page.locator(`.moj-primary-navigation__link[href="${href}"]`)),
  };
}
