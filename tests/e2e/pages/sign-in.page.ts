import type { Page } from 'playwright-core';
import { expectNoAxeViolations } from '../support/axe.ts';
import { clickAndWaitForLoad } from '../support/browser.ts';
import { TEST_PASSWORD } from '../support/server.ts';
import { nextTotpCode } from '../support/totp.ts';

/** `/sign-in/two-factor`: the code from the authenticator app after a correct password. */
export function twoFactorPage(page: Page) {
  const form = page.locator('form[action="/sign-in/two-factor"]');
  return {
    heading: page.locator('h1'),
    isShown: async () => (await form.count()) === 1,
    async enterCode(code: string) {
      await form.locator('input[name="code"]').fill(code);
      await clickAndWaitForLoad(page, form.locator('button[type="submit"]'));
    },
  };
}

/** The sign-in page: `/sign-in`, or wherever a signed-out visitor is sent. */
export function signInPage(page: Page) {
  const form = page.locator('form[action="/sign-in"]');
  return {
    heading: page.locator('h1'),
    goto: () => page.goto('/sign-in'),
    isShown: async () => (await form.count()) === 1,
    async submitPassword(username: string, password = TEST_PASSWORD) {
      await form.locator('input[name="username"]').fill(username);
      await form.locator('input[name="password"]').fill(password);
      await clickAndWaitForLoad(page, form.locator('button[type="submit"]'));
    },
    /** Both steps: the password, then (for a user with an authenticator) the current code, checking that page too. */
    async signIn(username: string, password = TEST_PASSWORD) {
      await this.submitPassword(username, password);
      const secondStep = twoFactorPage(page);
      if (await secondStep.isShown()) {
        await expectNoAxeViolations(page, `second sign-in step for ${username}`);
        await secondStep.enterCode(await nextTotpCode(username));
      }
    },
  };
}
