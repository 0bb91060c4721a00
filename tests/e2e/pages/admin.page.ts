import type { Page } from 'playwright-core';
import { clickAndWaitForLoad } from '../support/browser.ts';

/** `/admin/users/new`: an administrator creates an account with a temporary password and a role at a unit. */
export function newUserPage(page: Page) {
  const form = page.locator('form[action="/admin/users/new"]');
  return {
    goto: () => page.goto('/admin/users/new'),
    async create(user: { username: string; displayName: string; password: string; role: string; unitCode: string }) {
      await form.locator('input[name="username"]').fill(user.username);
      await form.locator('input[name="displayName"]').fill(user.displayName);
      await form.locator('input[name="password"]').fill(user.password);
      await form.locator('select[name="role"]').selectOption(user.role);
      await form.locator('select[name="unitCode"]').selectOption(user.unitCode);
      await clickAndWaitForLoad(page, form.locator('button[type="submit"]'));
    },
  };
}

/** `/account/two-factor`: the secret as text (what a person types into an authenticator app) and the code. */
export function enrolPage(page: Page) {
  const form = page.locator('form[action="/account/two-factor"]');
  return {
    secret: async () => ((await page.locator('#totp-secret').textContent()) ?? '').replace(/\s+/g, ''),
    qrCode: page.locator('img[src^="data:image/svg+xml"]'),
    async confirm(code: string) {
      await form.locator('input[name="code"]').fill(code);
      await clickAndWaitForLoad(page, form.locator('button[type="submit"]'));
    },
    recoveryCodes: page.locator('#recovery-codes li'),
    continue: () => clickAndWaitForLoad(page, page.locator('a.govuk-button')),
  };
}

/** `/account/password`: replacing a temporary password. */
export function passwordPage(page: Page) {
  const form = page.locator('form[action="/account/password"]');
  return {
    async change(current: string, next: string) {
      await form.locator('input[name="currentPassword"]').fill(current);
      await form.locator('input[name="newPassword"]').fill(next);
      await form.locator('input[name="confirmPassword"]').fill(next);
      await clickAndWaitForLoad(page, form.locator('button[type="submit"]'));
    },
  };
}
