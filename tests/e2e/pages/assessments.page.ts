import type { Page } from 'playwright-core';
import { clickAndWaitForLoad } from '../support/browser.ts';

/** `/people/:id/assessments`: the person's assessments and the form to start one. */
export function assessmentsTabPage(page: Page) {
  const form = page.locator('form#start-assessment');
  return {
    goto: (personId: string) => page.goto(`/people/${personId}/assessments`),
    rows: page.locator('table#assessments tbody tr'),
    async start(instrumentCode: string, reason: string) {
      await form.locator('select[name="instrumentCode"]').selectOption(instrumentCode);
      await form.locator('select[name="reason"]').selectOption(reason);
      await clickAndWaitForLoad(page, form.locator('button[type="submit"]'));
    },
  };
}

/** Autosave posts on their way, per tab, counted from the first time a workspace page object is made. */
const autosaveCounters = new WeakMap<Page, { inFlight: number }>();
function autosavesOf(page: Page): { inFlight: number } {
  let counter = autosaveCounters.get(page);
  if (!counter) {
    const tracked = { inFlight: 0 };
    const isAutosave = (request: { url: () => string }) => request.url().endsWith('/autosave');
    page.on('request', (request) => {
      if (isAutosave(request)) tracked.inFlight += 1;
    });
    const done = (request: { url: () => string }) => {
      if (isAutosave(request)) tracked.inFlight = Math.max(0, tracked.inFlight - 1);
    };
    page.on('requestfinished', done);
    page.on('requestfailed', done);
    autosaveCounters.set(page, tracked);
    counter = tracked;
  }
  return counter;
}

/** What the assessor writes into the workspace; the rating and judgement are chosen from what the page offers. */
export type WorkspaceAnswers = {
  /** The rating value of an indicator, chosen from the values its scale offers (in the page's order). */
  rating: (code: string, values: string[], index: number) => string;
  /** The level of a judgement, chosen from the levels offered. */
  judgement: (code: string, levels: string[]) => string;
  evidence: (code: string) => string;
  freeText: string;
  formulation: string;
  personView: string;
  overallReasons: string;
};

/**
 * `/people/:id/assessments/:assessmentId`: the workspace (a form while the draft is open), the advice, the
 * history, and the reviewer's form. The autosave script posts the form when a field loses focus; `settle`
 * waits for those posts so the buttons never race one (a race would be refused as a stale save).
 */
export function workspacePage(page: Page) {
  const form = page.locator('form#workspace');
  const review = page.locator('form#review');
  const autosaves = autosavesOf(page);
  const idle = async () => {
    for (let waited = 0; autosaves.inFlight > 0 && waited < 10_000; waited += 50) await page.waitForTimeout(50);
  };
  /** Moves focus out of the form (the last autosave) and waits until no autosave is on its way. */
  const settle = async () => {
    await idle();
    await page.locator('main h1').click();
    await page.waitForTimeout(250);
    await idle();
  };
  const radioValues = async (name: string) =>
    await form
      .locator(`input[type="radio"][name="${name}"]`)
      .evaluateAll((inputs) => inputs.map((input) => (input as unknown as { value: string }).value));
  const uniqueNames = async (selector: string) => [
    ...new Set(await form.locator(selector).evaluateAll((inputs) => inputs.map((input) => (input as unknown as { name: string }).name))),
  ];

  return {
    form,
    heading: page.locator('main h1'),
    status: page.locator('main .govuk-tag').first(),
    notice: page.locator('.govuk-notification-banner__heading'),
    advice: page.locator('#advice'),
    history: page.locator('#history'),
    missing: page.locator('#missing'),
    errorSummary: page.locator('.govuk-error-summary'),
    indicatorCodes: () =>
      form
        .locator('[data-indicator]')
        .evaluateAll((els) => els.map((el) => (el as unknown as { dataset: { indicator: string } }).dataset.indicator)),
    radioValues,

    /** Every indicator (found on the page), free-text item, judgement and the outcome's texts. */
    async fillEverything(answers: WorkspaceAnswers) {
      const codes = await this.indicatorCodes();
      for (const [index, code] of codes.entries()) {
        const value = answers.rating(code, await radioValues(`rating-${code}`), index);
        await form.locator(`input[name="rating-${code}"][value="${value}"]`).check();
        await form.locator(`textarea[name="evidence-${code}"]`).fill(answers.evidence(code));
        const sources = form.locator(`input[type="checkbox"][name="sources-${code}"]`);
        if (!(await sources.first().isChecked())) await sources.first().check();
        await form.locator(`input[name="confidence-${code}"][value="moderate"]`).check();
      }
      for (const textarea of await form.locator('textarea[name^="free-"]').all()) await textarea.fill(answers.freeText);
      for (const name of await uniqueNames('input[type="radio"][name^="judgement-"]')) {
        const code = name.slice('judgement-'.length);
        await form.locator(`input[name="${name}"][value="${answers.judgement(code, await radioValues(name))}"]`).check();
      }
      await form.locator('textarea[name="formulation"]').fill(answers.formulation);
      await form.locator('textarea[name="personView"]').fill(answers.personView);
      await form.locator('textarea[name="overallReasons"]').fill(answers.overallReasons);
      return codes;
    },
    fillText: (name: string, value: string) => form.locator(`textarea[name="${name}"]`).fill(value),
    chooseJudgement: (code: string, level: string) => form.locator(`input[name="judgement-${code}"][value="${level}"]`).check(),
    settle,
    async submit() {
      await settle();
      await clickAndWaitForLoad(page, form.locator('button[name="intent"][value="submit"]'));
    },

    review,
    async decide(decision: 'approve' | 'return', comment = '') {
      await review.locator(`input[name="decision"][value="${decision}"]`).check();
      if (comment) await review.locator('textarea[name="reviewComment"]').fill(comment);
      await clickAndWaitForLoad(page, review.locator('button[type="submit"]'));
    },
  };
}

/** `/people/:id/placement`: the classification in force, Kadam's proposal and the committee's forms. */
export function placementPage(page: Page) {
  const override = page.locator('form#override');
  return {
    goto: (personId: string) => page.goto(`/people/${personId}/placement`),
    notice: page.locator('.govuk-notification-banner__heading'),
    errorSummary: page.locator('.govuk-error-summary'),
    proposal: page.locator('[data-section="proposal"]'),
    inForce: page.locator('[data-section="in-force"]'),
    documentLink: (lang: 'ky' | 'ru') => page.locator(`[data-section="in-force"] a[hreflang="${lang}"]`),
    propose: () => clickAndWaitForLoad(page, page.locator('form#propose button[type="submit"]')),
    overrideForm: override,
    async override(fields: Record<string, string>, reason: string) {
      for (const [name, value] of Object.entries(fields)) await override.locator(`select[name="${name}"]`).selectOption(value);
      await override.locator('textarea[name="overrideReason"]').fill(reason);
      await clickAndWaitForLoad(page, override.locator('button[type="submit"]'));
    },
  };
}
