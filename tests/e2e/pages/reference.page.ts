import type { Page } from 'playwright-core';
import { clickAndWaitForLoad } from '../support/browser.ts';

/** `/reference`: the reference data list, with Edit links for administrators. */
export function referencePage(page: Page) {
  return {
    editLinks: page.locator('main a[href^="/reference/org-units/"][href$="/edit"]'),
    successBanner: page.locator('.govuk-notification-banner--success'),
    unitRow: (code: string) => page.locator(`#unit-${code}`),
    openEdit: (code: string) => clickAndWaitForLoad(page, page.locator(`main a[href="/reference/org-units/${code}/edit"]`)),
  };
}

/** `/reference/org-units/<CODE>/edit`: the organisation unit form. */
export function orgUnitEditPage(page: Page) {
  const form = page.locator('main form[action$="/edit"]');
  return {
    field: (name: 'nameKy' | 'nameRu' | 'nameEn' | 'capacity') => form.locator(`input[name="${name}"]`),
    errorSummary: page.locator('.govuk-error-summary'),
    errorLink: (field: string) => page.locator(`.govuk-error-summary a[href="#${field}"]`),
    fieldError: (field: string) => page.locator(`#${field}-error`),
    save: () => clickAndWaitForLoad(page, form.locator('button[type="submit"]')),
  };
}
