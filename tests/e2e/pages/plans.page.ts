import type { Page } from 'playwright-core';
import { clickAndWaitForLoad } from '../support/browser.ts';

/** `/people/:id/plan`: the plan tab, its step links and the forms they lead to. */
export function planTabPage(page: Page) {
  const objectives = page.locator('section#objectives');
  return {
    goto: (personId: string) => page.goto(`/people/${personId}/plan`),
    notice: page.locator('.govuk-notification-banner--success'),
    objectives: objectives.locator('[data-objective]'),
    actionRows: objectives.locator('tr[data-action]'),
    async start(kind: 'sentence' | 'supervision') {
      await page.locator(`input#kind-${kind}`).check();
      await clickAndWaitForLoad(page, page.locator('form[action$="/plan"] button[type="submit"]'));
    },
    /** The step link that leads to the proposals made from the assessment's needs. */
    openProposals: () => clickAndWaitForLoad(page, page.locator('a[href$="/plan/objectives"]')),
    async acceptFirstProposal(wording: string) {
      const proposal = page.locator('form[data-proposal]').first();
      await proposal.locator('textarea[name="wording"]').fill(wording);
      await clickAndWaitForLoad(page, proposal.locator('button[value="accept"]'));
    },
    openActionsOf: (objectiveIndex: number) =>
      clickAndWaitForLoad(page, objectives.locator('[data-objective]').nth(objectiveIndex).locator('a[href$="/actions"]')),
    async addProgrammeAction(description: string, agency: string, targetDate: string) {
      const form = page.locator('form[action$="/actions"]');
      await form.locator('textarea[name="description"]').fill(description);
      await form.locator('select[name="kind"]').selectOption('programme');
      await form.locator('input[name="responsibleAgency"]').fill(agency);
      await form.locator('input[name="targetDate"]').fill(targetDate);
      await clickAndWaitForLoad(page, form.locator('button[type="submit"]'));
    },
    openEnrolment: () => clickAndWaitForLoad(page, objectives.locator('a[href$="/enrol"]')),
    async enrolIn(groupId: string) {
      await page.locator(`input#group-${groupId}`).check();
      await clickAndWaitForLoad(page, page.locator('form[action$="/enrol"] button[type="submit"]'));
    },
  };
}

/** A programme session's attendance sheet (on its own page or on the facilitator's day page). */
export function attendanceSheet(page: Page, sessionId: string) {
  const form = page.locator(`form[action="/programmes/sessions/${sessionId}"]`);
  return {
    form,
    notice: page.locator('.govuk-notification-banner--success'),
    async markEveryonePresent(notes: string) {
      for (const radio of await form.locator('input[type="radio"][value="present"]').all()) await radio.check();
      await form.locator('textarea[name="notes"]').fill(notes);
      await clickAndWaitForLoad(page, form.locator('button[type="submit"]'));
    },
  };
}

/** `/programmes/groups/:id`: the group, its sessions and members, and each member's outcome form. */
export function groupPage(page: Page) {
  return {
    goto: (groupId: string) => page.goto(`/programmes/groups/${groupId}`),
    notice: page.locator('.govuk-notification-banner--success'),
    async recordCompleted(enrolmentId: string, note: string) {
      const form = page.locator(`form[action$="/outcome"]:has(input[name="enrolmentId"][value="${enrolmentId}"])`);
      const details = form.locator('xpath=ancestor::details');
      if ((await details.getAttribute('open')) === null) await details.locator('summary').click();
      await form.locator('input[name="outcome"][value="completed"]').check();
      await form.locator('textarea[name="note"]').fill(note);
      await clickAndWaitForLoad(page, form.locator('button[type="submit"]'));
    },
  };
}
