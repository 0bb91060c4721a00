import { eq } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messages } from '../../src/messages.ts';
import { userDateOf } from '../../src/modules/people/people.dates.ts';
import { planActions } from '../../src/modules/plans/plans.tables.ts';
import { programmeEnrolments } from '../../src/modules/programmes/programmes.tables.ts';
import { bishkekDay } from '../integration/classification.fixture.ts';
import { assessedPerson } from '../integration/plans.fixture.ts';
import { insertGroup } from '../integration/programmes.fixture.ts';
import { attendanceSheet, groupPage, planTabPage } from './pages/plans.page.ts';
import { signInPage } from './pages/sign-in.page.ts';
import { expectEveryPageChecked, expectNoAxeViolations, trackVisits } from './support/axe.ts';
import { openPage, watchConsole } from './support/browser.ts';
import { startJourney, type Journey } from './support/journey.ts';
import { addUser } from './support/server.ts';

/** A message as a Kyrgyz-speaking user reads it (Kyrgyz is every user's default). */
const ky = (key: string) => (messages.ky as Record<string, string>)[key]!;

type Tab = { page: Page; consoleLog: ReturnType<typeof watchConsole> };

let journey: Journey;
let officer: Tab;
let facilitator: Tab;
let personId = '';
let groupId = '';
let sessionIds: string[] = [];
const pathOf = (page: Page) => new URL(page.url()).pathname;

const OBJECTIVE = 'Окуу жана жазуу көндүмүн орто мектептин деңгээлине жеткирүү';
const ACTION = '«Билим берүү жана сабаттуулук» программасынын тобуна катышуу';

beforeAll(async () => {
  journey = await startJourney({ username: 'e2e.officer', role: 'prison_officer', unitCode: 'PRISON_47' });
  officer = { page: journey.page, consoleLog: journey.consoleLog };
  const test = journey.server.test;
  const psychologist = await addUser(journey.server, 'e2e.psychologist', 'psychologist', 'PRISON_47');
  const reviewer = await addUser(journey.server, 'e2e.reviewer', 'psychologist', 'PRISON_47');
  const teacher = await addUser(journey.server, 'e2e.facilitator', 'programme_facilitator', 'PRISON_47');
  // The assessment was approved before this journey starts: its need for education and work is the plan's starting point.
  personId = await assessedPerson(test, 'Абдыкадыров', {
    ratings: { RNR_EDUCATION_WORK: 'major' },
    assessorId: psychologist.id,
    reviewerId: reviewer.id,
  });
  // A literacy group that met two and one weeks ago and meets again today.
  ({ groupId, sessionIds } = await insertGroup(test, {
    programme: 'EDUCATION_LITERACY',
    facilitatorId: teacher.id,
    capacity: 12,
    days: [-14, -7, 0],
  }));
  const { page } = await openPage(journey.browser, journey.server.baseUrl);
  facilitator = { page, consoleLog: watchConsole(page) };
  trackVisits(page);
});
afterAll(() => journey?.close());

async function signIn(tab: Tab, username: string) {
  await signInPage(tab.page).goto();
  await expectNoAxeViolations(tab.page, `sign-in (${username})`);
  await signInPage(tab.page).signIn(username);
  expect(pathOf(tab.page)).toBe('/');
  await expectNoAxeViolations(tab.page, `home (${username})`);
}

async function enrolmentId(): Promise<string> {
  const { db } = journey.server.test.database;
  const [row] = await db.select({ id: programmeEnrolments.id }).from(programmeEnrolments).where(eq(programmeEnrolments.personId, personId));
  return row!.id;
}

// An officer turns the need found by an approved assessment into a plan objective and a programme action, and
// enrols the person on a literacy group; the facilitator marks three sessions attended and records completion;
// the officer sees the action done on the plan. Everything in Kyrgyz, every page checked with axe.
describe.sequential('plans journey: approved assessment → plan objective → enrolment → three sessions → completion', () => {
  it('starts a sentence plan and accepts the objective Kadam proposes from the assessed need', async () => {
    const { page } = officer;
    const plan = planTabPage(page);
    await signIn(officer, 'e2e.officer');
    await plan.goto(personId);
    await expectNoAxeViolations(page, 'plan tab (no plan)');
    await plan.start('sentence');
    expect(await plan.notice.textContent()).toContain(ky('plans.done.started'));
    await expectNoAxeViolations(page, 'plan started');

    await plan.openProposals();
    expect(pathOf(page)).toBe(`/people/${personId}/plan/objectives`);
    expect(await page.locator('form[data-proposal]').count()).toBe(1);
    await expectNoAxeViolations(page, 'objective proposals');
    await plan.acceptFirstProposal(OBJECTIVE);
    expect(pathOf(page)).toBe(`/people/${personId}/plan`);
    expect(await plan.objectives.count()).toBe(1);
    expect(await plan.objectives.first().textContent()).toContain(OBJECTIVE);
    await expectNoAxeViolations(page, 'plan with an objective');
  });

  it('adds a programme action to the objective and enrols the person on the literacy group', async () => {
    const { page } = officer;
    const plan = planTabPage(page);
    await plan.openActionsOf(0);
    await expectNoAxeViolations(page, 'new action');
    await plan.addProgrammeAction(ACTION, 'Колониянын билим берүү бөлүмү', userDateOf(bishkekDay(90)));
    expect(await plan.notice.textContent()).toContain(ky('plans.done.action'));
    expect(await plan.actionRows.first().textContent()).toContain(ky('plans.actionStatus.planned'));
    await expectNoAxeViolations(page, 'plan with a programme action');

    await plan.openEnrolment();
    await expectNoAxeViolations(page, 'enrolment: open groups');
    await plan.enrolIn(groupId);
    expect(await plan.notice.textContent()).toContain(ky('plans.done.enrolled'));
    expect(await plan.actionRows.first().textContent()).toContain('Топто: 0/3 сабакка катышты');
    await expectNoAxeViolations(page, 'plan with an enrolment');
  });

  it('lets the facilitator mark the person present at the two past sessions and, on the day page, at today’s', async () => {
    const { page } = facilitator;
    await signIn(facilitator, 'e2e.facilitator');
    for (const [index, sessionId] of sessionIds.slice(0, 2).entries()) {
      await page.goto(`/programmes/sessions/${sessionId}`);
      await expectNoAxeViolations(page, `attendance sheet, session ${index + 1}`);
      const sheet = attendanceSheet(page, sessionId);
      await sheet.markEveryonePresent(`${index + 1}-сабак: тамгаларды жана муундарды окуу`);
      expect(await sheet.notice.textContent()).toContain(ky('programmes.page.attendance.saved'));
      await expectNoAxeViolations(page, `attendance saved, session ${index + 1}`);
    }
    await page.goto('/programmes/sessions/today');
    await expectNoAxeViolations(page, 'session-day page');
    const today = attendanceSheet(page, sessionIds[2]!);
    await today.markEveryonePresent('3-сабак: кыска текстти окуп, мазмунун айтып берүү');
    expect(pathOf(page)).toBe('/programmes/sessions/today');
    expect(await today.notice.textContent()).toContain(ky('programmes.page.attendance.saved'));
    await expectNoAxeViolations(page, 'session-day page after attendance');
  });

  it('lets the facilitator record the completion on the group page', async () => {
    const { page } = facilitator;
    const group = groupPage(page);
    await group.goto(groupId);
    await expectNoAxeViolations(page, 'group page');
    await group.recordCompleted(await enrolmentId(), 'Үч сабакка толук катышты, окуу деңгээли жогорулады');
    expect(await group.notice.textContent()).toContain(ky('programmes.page.done.outcome'));
    await expectNoAxeViolations(page, 'group page after the outcome');
  });

  it('shows the officer the completion on the plan: the programme action is done and the history says why', async () => {
    const { page } = officer;
    const plan = planTabPage(page);
    await plan.goto(personId);
    expect(await plan.actionRows.first().textContent()).toContain(ky('plans.actionStatus.done'));
    expect(await plan.actionRows.first().textContent()).toContain(ky('plans.page.place.completed'));
    await expectNoAxeViolations(page, 'plan with the completed action');

    const { db } = journey.server.test.database;
    const [action] = await db
      .select()
      .from(planActions)
      .where(eq(planActions.enrolmentId, await enrolmentId()));
    expect(action!.status).toBe('done');
    await page.goto(`/people/${personId}/plan/history`);
    const history = (await page.locator('main').textContent()) ?? '';
    expect(history).toContain(`«${ACTION}»`);
    expect(history).toContain(ky('plans.actionStatus.done'));
    await expectNoAxeViolations(page, 'plan history');

    for (const tab of [officer, facilitator]) {
      expectEveryPageChecked(tab.page);
      expect(tab.consoleLog.cspViolations()).toEqual([]);
    }
  });
});
