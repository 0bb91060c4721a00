import { eq } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messages } from '../../src/messages.ts';
import { refusalMessageKey } from '../../src/modules/assessments/assessments.errors.ts';
import { accreditations, instruments } from '../../src/modules/assessments/assessments.tables.ts';
import { people } from '../../src/modules/people/people.tables.ts';
import { searchTextOf } from '../../src/modules/people/people.transliteration.ts';
import { orgUnits } from '../../src/platform/org/org.tables.ts';
import { assessmentsTabPage, placementPage, workspacePage } from './pages/assessments.page.ts';
import { signInPage } from './pages/sign-in.page.ts';
import { expectEveryPageChecked, expectNoAxeViolations, trackVisits } from './support/axe.ts';
import { clickAndWaitForLoad, openPage, watchConsole } from './support/browser.ts';
import { startJourney, type Journey } from './support/journey.ts';
import { addUser } from './support/server.ts';

/** A message as a Kyrgyz-speaking user reads it (Kyrgyz is every user's default). */
const ky = (key: string) => (messages.ky as Record<string, string>)[key]!;

type Tab = { page: Page; consoleLog: ReturnType<typeof watchConsole> };

let journey: Journey;
let assessor: Tab;
let reviewer: Tab;
let member: Tab;
let personId = '';
let screeningUrl = '';
let veUrl = '';
const pathOf = (page: Page) => new URL(page.url()).pathname;

/** A second browser window for another user: its own cookies, console and list of visited pages. */
async function openTab(): Promise<Tab> {
  const { page } = await openPage(journey.browser, journey.server.baseUrl);
  const consoleLog = watchConsole(page);
  trackVisits(page);
  return { page, consoleLog };
}

beforeAll(async () => {
  journey = await startJourney({ username: 'e2e.assessor', role: 'psychologist', unitCode: 'PRISON_47' });
  assessor = { page: journey.page, consoleLog: journey.consoleLog };
  const { db } = journey.server.test.database;
  const reviewerUser = await addUser(journey.server, 'e2e.reviewer', 'psychologist', 'PRISON_47');
  await addUser(journey.server, 'e2e.committee', 'classification_member', 'PRISON_47');
  // Both psychologists may sign the shipped instruments (installed at start); the training module will feed these.
  const installed = await db.select({ id: instruments.id, code: instruments.code }).from(instruments);
  const assessorId = await userIdOf('e2e.assessor');
  for (const userId of [assessorId, reviewerUser.id]) {
    for (const instrument of installed.filter(({ code }) => ['KADAM_SCREEN', 'KADAM_VE', 'KADAM_RNR'].includes(code))) {
      await db.insert(accreditations).values({ userId, instrumentId: instrument.id, validFrom: '2024-01-01', note: 'e2e' });
    }
  }
  const [unit] = await db.select({ id: orgUnits.id }).from(orgUnits).where(eq(orgUnits.code, 'PRISON_47'));
  const [person] = await db
    .insert(people)
    .values({
      familyName: 'Токтогулов',
      givenName: 'Нурлан',
      dateOfBirth: '1993-06-15',
      sex: 'male',
      noPinReason: 'unknown',
      legalStatus: 'convicted',
      unitId: unit!.id,
      searchText: searchTextOf(['Токтогулов', 'Нурлан']),
    })
    .returning({ id: people.id });
  personId = person!.id;
  reviewer = await openTab();
  member = await openTab();
});
afterAll(() => journey?.close());

async function userIdOf(username: string): Promise<string> {
  const { pool } = journey.server.test.database;
  const result = await pool.query<{ id: string }>('SELECT id FROM users WHERE lower(username) = lower($1)', [username]);
  return result.rows[0]!.id;
}

const ANSWERS = {
  evidence: (code: string) => `${code}: кабыл алуудагы маектен жана иштин материалдарынан, 2026-жылдын ноябры`,
  freeText: 'Иштин материалдары, кабыл алуудагы маек жана бөлүмдүн байкоолору',
  formulation: 'Зомбулукту идеология менен актаган сөздөрү кабыл алуудан кийин да кайталанып жатат',
  personView: 'Өзү «мен эч кимге зыян келтирбейм» дейт',
  overallReasons: 'Бир кызыл белги ырасталды, калган белгилер байкалган жок',
};

async function signIn(tab: Tab, username: string) {
  await signInPage(tab.page).goto();
  await expectNoAxeViolations(tab.page, `sign-in (${username})`);
  await signInPage(tab.page).signIn(username);
  expect(pathOf(tab.page)).toBe('/');
  await expectNoAxeViolations(tab.page, `home (${username})`);
}

// A psychologist screens a new prisoner; a second psychologist approves; the red flag routes to a full
// violent-extremism assessment, which is returned once and then approved; Kadam proposes a classification and
// a committee member decides otherwise, with a reason; the decision is downloaded as a PDF in Kyrgyz.
describe.sequential('assessments journey: screening → full assessment → proposal → committee override → PDF', () => {
  it('lets the assessor start the reception screening and rate every indicator found on the page', async () => {
    const { page } = assessor;
    await signIn(assessor, 'e2e.assessor');
    await assessmentsTabPage(page).goto(personId);
    await expectNoAxeViolations(page, 'assessments tab (empty)');
    await assessmentsTabPage(page).start('KADAM_SCREEN', 'admission');
    expect(pathOf(page)).toMatch(new RegExp(`^/people/${personId}/assessments/[0-9a-f-]{36}$`));
    screeningUrl = pathOf(page);
    await expectNoAxeViolations(page, 'screening workspace (new draft)');

    const workspace = workspacePage(page);
    // The first indicator on the page (a red flag) is confirmed; every other one is the scale's first level ("no").
    const codes = await workspace.fillEverything({
      ...ANSWERS,
      rating: (_code, values, index) => (index === 0 ? 'yes' : values[0]!),
      judgement: (_code, levels) => levels.at(-1)!,
    });
    expect(codes.length).toBeGreaterThanOrEqual(10);
    await workspace.submit();
    expect(pathOf(page)).toBe(screeningUrl);
    expect(await workspace.notice.textContent()).toContain(ky('assessments.page.submitted'));
    expect(await workspace.form.count()).toBe(0);
    await expectNoAxeViolations(page, 'screening submitted');
  });

  it('lets a second, accredited psychologist approve it, with the advice to a full assessment labelled as advice', async () => {
    const { page } = reviewer;
    await signIn(reviewer, 'e2e.reviewer');
    await page.goto(screeningUrl);
    await expectNoAxeViolations(page, 'screening for review');
    const workspace = workspacePage(page);
    expect(await workspace.advice.getAttribute('data-advice-rule')).toBe('R_RED_FLAG');
    const advice = (await workspace.advice.textContent()) ?? '';
    expect(advice).toContain(ky('assessments.page.advice.title'));
    expect(advice).toContain('зомбулуктуу экстремизм боюнча толук баалоо сунушталат');
    await workspace.decide('approve');
    expect(await workspace.notice.textContent()).toContain(ky('assessments.review.done.approve'));
    expect(await workspace.review.count()).toBe(0);
    expect(await page.locator('#decision').textContent()).toContain(ky('assessments.review.outcome.approved'));
    await expectNoAxeViolations(page, 'screening approved');
  });

  it('lets the assessor carry out the full violent-extremism assessment and submit it', async () => {
    const { page } = assessor;
    await assessmentsTabPage(page).goto(personId);
    expect(await assessmentsTabPage(page).rows.count()).toBe(1);
    await expectNoAxeViolations(page, 'assessments tab (screening approved)');
    await assessmentsTabPage(page).start('KADAM_VE', 'screening_routed');
    veUrl = pathOf(page);
    expect(veUrl).not.toBe(screeningUrl);
    await expectNoAxeViolations(page, 'violent-extremism workspace (new draft)');
    const levels: Record<string, string> = { VIOLENCE: 'high', INFLUENCE: 'moderate', VULNERABILITY: 'low' };
    const workspace = workspacePage(page);
    const codes = await workspace.fillEverything({
      ...ANSWERS,
      rating: (_code, values, index) => values[index % values.length]!,
      judgement: (code, offered) => levels[code] ?? offered[0]!,
    });
    expect(codes.length).toBeGreaterThanOrEqual(20);
    await workspace.submit();
    expect(await workspace.notice.textContent()).toContain(ky('assessments.page.submitted'));
    await expectNoAxeViolations(page, 'violent-extremism assessment submitted');
  });

  it('lets the reviewer return it with a comment, which the assessor reads, corrects and resubmits', async () => {
    const comment = 'Формулировкада коргоочу факторлор эске алынган эмес, толуктаңыз';
    const reviewing = workspacePage(reviewer.page);
    await reviewer.page.goto(veUrl);
    await expectNoAxeViolations(reviewer.page, 'violent-extremism assessment for review');
    await reviewing.decide('return', comment);
    expect(await reviewing.notice.textContent()).toContain(ky('assessments.review.done.return'));
    await expectNoAxeViolations(reviewer.page, 'violent-extremism assessment returned');

    const { page } = assessor;
    const workspace = workspacePage(page);
    await page.goto(veUrl);
    expect(await workspace.history.textContent()).toContain(comment);
    expect(await workspace.form.count()).toBe(1);
    await expectNoAxeViolations(page, 'returned assessment (assessor)');
    await workspace.fillText(
      'formulation',
      `${ANSWERS.formulation}. Коргоочу факторлор: үй-бүлөсү колдойт, бирок зомбулуктан ачык баш тартпайт`,
    );
    await workspace.submit();
    expect(await workspace.notice.textContent()).toContain(ky('assessments.page.submitted'));
    await expectNoAxeViolations(page, 'violent-extremism assessment resubmitted');

    await reviewer.page.goto(veUrl);
    expect(await reviewing.form.count()).toBe(0);
    expect(await reviewer.page.locator('#workspace').textContent()).toContain('Коргоочу факторлор: үй-бүлөсү колдойт');
    await expectNoAxeViolations(reviewer.page, 'resubmitted assessment for review');
    await reviewing.decide('approve');
    expect(await reviewing.notice.textContent()).toContain(ky('assessments.review.done.approve'));
    await expectNoAxeViolations(reviewer.page, 'violent-extremism assessment approved');
  });

  it('lets the assessor ask Kadam for a classification proposal on the placement tab', async () => {
    const { page } = assessor;
    const placement = placementPage(page);
    await clickAndWaitForLoad(page, page.locator(`.moj-sub-navigation__link[href="/people/${personId}/placement"]`));
    expect(pathOf(page)).toBe(`/people/${personId}/placement`);
    await expectNoAxeViolations(page, 'placement tab (no classification)');
    await placement.propose();
    expect(await placement.notice.count()).toBe(1);
    const proposal = (await placement.proposal.textContent()) ?? '';
    expect(proposal).toContain(ky('assessments.classification.proposalTitle'));
    expect(proposal).toContain(ky('assessments.classification.placement.separation'));
    expect(await placement.overrideForm.count()).toBe(0);
    await expectNoAxeViolations(page, 'placement tab (proposal)');
  });

  it('lets a committee member (signed in with a code) override the proposal, only with a reason', async () => {
    const { page } = member;
    await signIn(member, 'e2e.committee');
    const placement = placementPage(page);
    await placement.goto(personId);
    await expectNoAxeViolations(page, 'placement tab (committee)');

    await placement.override({ placement: 'concentration' }, '');
    const refusal = ky(refusalMessageKey('reason_required'));
    expect(await placement.errorSummary.textContent()).toContain(refusal);
    expect(await placement.overrideForm.locator('.govuk-error-message').textContent()).toContain(refusal);
    expect(await placement.overrideForm.locator('select[name="placement"]').inputValue()).toBe('concentration');
    await expectNoAxeViolations(page, 'override refused without a reason');

    const reason = 'Бөлүп кармоо азыр ашыкча: топтоштуруу жетиштүү, ал ар апта сайын байкоо менен коштолот';
    await placement.override({ placement: 'concentration' }, reason);
    expect(pathOf(page)).toBe(`/people/${personId}/placement`);
    expect(await placement.notice.textContent()).toContain(ky('assessments.classification.done.override'));
    const inForce = (await placement.inForce.textContent()) ?? '';
    expect(inForce).toContain(ky('assessments.classification.placement.concentration'));
    expect(inForce).toContain(reason);
    await expectNoAxeViolations(page, 'classification in force after override');
  });

  it('downloads the classification decision as a PDF in Kyrgyz', async () => {
    const { page } = member;
    const href = await placementPage(page).documentLink('ky').getAttribute('href');
    expect(href).toMatch(/\/document\.pdf\?lang=ky$/);
    const response = await page.request.get(href!);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('application/pdf');
    expect((await response.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');

    for (const tab of [assessor, reviewer, member]) {
      expectEveryPageChecked(tab.page);
      expect(tab.consoleLog.cspViolations()).toEqual([]);
    }
  });
});
