import type { Page } from 'playwright-core';
import { clickAndWaitForLoad } from '../support/browser.ts';
import { ky } from '../support/kyrgyz.ts';

/**
 * `/concerns/new`: the officer's report form, used by its Kyrgyz labels. Finding people is a form button (the
 * page works without script), so each search loads the form again with what was typed kept.
 */
export function concernReportPage(page: Page) {
  const form = page.locator('form[action="/concerns/new"]');
  const button = (key: string) => form.getByRole('button', { name: ky(key), exact: true });
  return {
    goto: () => page.goto('/concerns/new'),
    religionReminder: page.locator('#religion-reminder'),
    manualLink: page.locator('#religion-reminder').getByRole('link', { name: ky('concerns.report.manualLink'), exact: true }),
    errorSummary: page.locator('.govuk-error-summary'),
    async findPerson(name: string) {
      await form.getByLabel(ky('concerns.report.personSearch'), { exact: true }).fill(name);
      await clickAndWaitForLoad(page, button('concerns.report.find'));
    },
    /** The radio of a person the search found, or the checkbox of a person involved, by the name shown. */
    choose: (name: string) => form.getByLabel(name, { exact: true }).check(),
    chosenPerson: page.locator('#personQuery'),
    async findInvolved(name: string) {
      await form.getByLabel(ky('concerns.report.involvedSearch'), { exact: true }).fill(name);
      await clickAndWaitForLoad(page, button('concerns.report.findInvolved'));
    },
    async describe(what: { indicators: string[]; description: string; place: string; date: string; time: string }) {
      for (const code of what.indicators) await form.getByLabel(ky(`concerns.indicator.${code}`), { exact: true }).check();
      await form.getByLabel(ky('concerns.report.description'), { exact: true }).fill(what.description);
      await form.getByLabel(ky('concerns.report.place'), { exact: true }).fill(what.place);
      await form.getByLabel(ky('concerns.report.date'), { exact: true }).fill(what.date);
      await form.getByLabel(ky('concerns.report.time'), { exact: true }).fill(what.time);
    },
    send: () => clickAndWaitForLoad(page, button('concerns.report.send')),
  };
}

/** `/people/:id/concerns/:concernId`: a concern as its reporter sees it, or as a lead sees it with the loop's steps. */
export function concernPage(page: Page) {
  return {
    notice: page.locator('.govuk-notification-banner--success'),
    /** What the reporter is told: where the concern stands and what action was taken. */
    reporterView: page.locator('#reporter-view'),
    /** The lead's summary of the steps taken (triage, findings, decision…). */
    steps: page.locator('#steps'),
    history: page.locator('#history'),
    stepForm: (step: string) => page.locator(`form#step-${step}`),
    assessmentsLink: page.getByRole('link', { name: ky('concerns.page.assessmentsLink'), exact: true }),
  };
}

/** `/concerns`: the leads' list of open concerns in their units. */
export function concernsListPage(page: Page) {
  const table = page.locator('table#open-concerns');
  return {
    goto: () => page.goto('/concerns'),
    rowOf: (name: string) => table.locator('tbody tr', { has: page.getByRole('link', { name, exact: true }) }),
    open: (name: string) => clickAndWaitForLoad(page, table.getByRole('link', { name, exact: true })),
  };
}
