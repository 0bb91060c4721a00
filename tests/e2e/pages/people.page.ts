import type { Page } from 'playwright-core';
import { clickAndWaitForLoad } from '../support/browser.ts';

/** `/people/new`: registering a person on admission. */
export function newPersonPage(page: Page) {
  const form = page.locator('form[action="/people/new"]');
  return {
    goto: () => page.goto('/people/new'),
    fill: async (fields: Record<string, string>) => {
      for (const [name, value] of Object.entries(fields)) await form.locator(`input[name="${name}"]`).fill(value);
    },
    choose: (name: string, value: string) => form.locator(`input[name="${name}"][value="${value}"]`).check(),
    select: (name: string, value: string) => form.locator(`select[name="${name}"]`).selectOption(value),
    save: () => clickAndWaitForLoad(page, form.locator('button[type="submit"]').last()),
  };
}

/** `/people`: the search form and its results. */
export function searchPage(page: Page) {
  const form = page.locator('main form[method="get"]');
  return {
    search: async (name: string) => {
      await form.locator('input[name="name"]').fill(name);
      await clickAndWaitForLoad(page, form.locator('button[type="submit"]'));
    },
    resultLinks: page.locator('main table a[href^="/people/"]'),
  };
}

/** `/people/:id/alerts`: adding an alert with a reason. */
export function alertsPage(page: Page) {
  const form = page.locator('form#add-alert');
  return {
    add: async (type: string, reason: string) => {
      await form.locator('select[name="type"]').selectOption(type);
      await form.locator('textarea[name="reason"]').fill(reason);
      await clickAndWaitForLoad(page, form.locator('button[name="step"][value="add"]'));
    },
  };
}
