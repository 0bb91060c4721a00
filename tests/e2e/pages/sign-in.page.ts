import type { Page } from 'playwright-core';
import { clickAndWaitForLoad } from '../support/browser.ts';
import { TEST_PASSWORD } from '../support/server.ts';

/** The sign-in page: `/sign-in`, or wherever a signed-out visitor is sent. */
export function signInPage(page: Page) {
  const form = page.locator('form[action="/sign-in"]');
  return {
    heading: page.locator('h1'),
    goto: () => page.goto('/sign-in'),
    isShown: async () => (await form.count()) === 1,
    async signIn(username: string, password = TEST_PASSWORD) {
      await form.locator('input[name="username"]').fill(username);
      await form.locator('input[name="password"]').fill(password);
      await clickAndWaitForLoad(page, form.locator('button[type="submit"]'));
    },
  };
}
