import type { Page } from 'playwright-core';
import { clickAndWaitForLoad } from '../support/browser.ts';
import { ky } from '../support/kyrgyz.ts';

/** `/people/:id/cell`: where the person is, the move form (with the conflicts the check found) and the moves. */
export function personCellPage(page: Page) {
  const form = page.locator('form[action$="/cell"]');
  return {
    goto: (personId: string) => page.goto(`/people/${personId}/cell`),
    location: page.locator('[data-location]'),
    notice: page.locator('.govuk-notification-banner--success'),
    errorSummary: page.locator('.govuk-error-summary'),
    /** The warning above the form listing what the check found, each conflict in words naming the others. */
    conflicts: page.locator('.govuk-warning-text [data-conflict]'),
    overrideReasonError: form.locator('.govuk-form-group--error', { has: page.getByLabel(ky('placement.page.overrideReason')) }),
    /** Chooses the cell by the words of its option (`unit / cell (occupants/capacity)`) and asks for the move. */
    async move(input: { cell?: string; reason?: string; overrideReason?: string }) {
      if (input.cell !== undefined)
        await form.getByLabel(ky('placement.page.chooseCell'), { exact: true }).selectOption({ label: input.cell });
      if (input.reason !== undefined) await form.getByLabel(ky('placement.page.reason'), { exact: true }).fill(input.reason);
      if (input.overrideReason !== undefined)
        await form.getByLabel(ky('placement.page.overrideReason'), { exact: true }).fill(input.overrideReason);
      await clickAndWaitForLoad(page, form.getByRole('button', { name: ky('placement.page.move'), exact: true }));
    },
  };
}

/** `/facilities` and a facility's overrides page, reached by the links a manager sees. */
export function facilitiesPage(page: Page) {
  return {
    goto: () => page.goto('/facilities'),
    openOverrides: (facilityCode: string) =>
      clickAndWaitForLoad(
        page,
        page.locator(`a[href="/facilities/${facilityCode}/overrides"]`, { hasText: ky('placement.page.linkOverrides') }),
      ),
    overrideRows: page.locator('main table tbody tr'),
  };
}
