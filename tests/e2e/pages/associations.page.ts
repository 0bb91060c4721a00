import type { Page } from 'playwright-core';
import { clickAndWaitForLoad } from '../support/browser.ts';
import { formFor, submitForm } from './forms.page.ts';

/** The person's Links tab (`/people/:id/associations`) and its record form. */
export function linksTabPage(page: Page) {
  return {
    goto: (personId: string) => page.goto(`/people/${personId}/associations`),
    recordButton: page.locator('main a.govuk-button[href$="/associations/new"]'),
    graph: page.locator('main svg[role="img"]'),
    graphNode: (personId: string) => page.locator(`main svg g[data-person="${personId}"]`),
    graphLines: (kind: string) => page.locator(`main svg line[data-kind="${kind}"]`),
    rows: page.locator('#links tbody tr'),
    notice: page.locator('.govuk-notification-banner--success'),
    /** Searches for the other person on the record form, by name or PIN. */
    search: (query: string) => submitForm(page, formFor(page, '/associations/new'), { q: query }),
    /** Chooses the person found and records the link. */
    record: async (fields: { otherPersonId: string; kind: string; source: string; sourceReference?: string; note?: string }) =>
      submitForm(page, formFor(page, '/associations'), { ...fields }),
    open: () => clickAndWaitForLoad(page, page.locator('main a.govuk-button[href$="/associations/new"]')),
  };
}
