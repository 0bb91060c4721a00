import { eq } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { personAlerts } from '../../src/modules/people/people.tables.ts';
import { placementMoves, placementUnits } from '../../src/modules/placement/placement.tables.ts';
import { bishkekDay, insertApprovedAssessment, insertPerson, typed, unitIdOf } from '../integration/classification.fixture.ts';
import { cellOf, insertCell, place } from '../integration/placement.fixture.ts';
import { personAssociations } from '../../src/modules/associations/associations.tables.ts';
import { linksTabPage } from './pages/associations.page.ts';
import { concernPage, concernReportPage, concernsListPage } from './pages/concerns.page.ts';
import { formFor, submitForm } from './pages/forms.page.ts';
import { facilitiesPage, personCellPage } from './pages/placement.page.ts';
import { signInPage } from './pages/sign-in.page.ts';
import { worklistPage } from './pages/worklist.page.ts';
import { expectEveryPageChecked, expectNoAxeViolations, trackVisits } from './support/axe.ts';
import { clickAndWaitForLoad, openPage, watchConsole } from './support/browser.ts';
import { startJourney, type Journey } from './support/journey.ts';
import { ky, kyPrefix } from './support/kyrgyz.ts';
import { addUser } from './support/server.ts';

type Tab = { page: Page; consoleLog: ReturnType<typeof watchConsole> };

let journey: Journey;
let officer: Tab;
let lead: Tab;
let psychologist: Tab;
let manager: Tab;
let personId = '';
let otherId = '';
let assessmentId = '';
let concernUrl = '';
const cells = { current: '', barred: '' };
const pathOf = (page: Page) => new URL(page.url()).pathname;

// The person the concern is about, and the man he was seen pressuring (both given the fixture's name Бакыт).
const PERSON = 'Жумабаев Бакыт';
const OTHER = 'Садыров Бакыт';
const DESCRIPTION = 'Сейилдөөдө Садыровго «биз менен бол, болбосо камерада жашоо оор болот» деп айтты, анын тамагын тартып алды.';
const FINDINGS = 'Эки кызматкер жана Садыров өзү ырастады: үч жумадан бери кысым көрсөтүп, топко тартууга аракет кылууда.';
const DECISION = 'Тартууга аракет ырасталды: тобокелдикти баалоону жаңы фактылар менен кайра кароо керек.';
const OVERRIDE = 'A-101 камерасы оңдоого жабылды, башка бош орун жок; түнкү көзөмөл күчөтүлдү, бир жумадан кийин кайра каралат.';

async function openTab(): Promise<Tab> {
  const { page } = await openPage(journey.browser, journey.server.baseUrl);
  trackVisits(page);
  return { page, consoleLog: watchConsole(page) };
}

/** Two hours ago in Bishkek (UTC+6) as the form takes it, dd.mm.yyyy and hh:mm: surely not in the future. */
function twoHoursAgo() {
  const local = new Date(Date.now() + 4 * 3600_000).toISOString();
  return { date: typed(local.slice(0, 10)), time: local.slice(11, 16) };
}

beforeAll(async () => {
  journey = await startJourney({ username: 'e2e.officer', role: 'prison_officer', unitCode: 'PRISON_47' });
  officer = { page: journey.page, consoleLog: journey.consoleLog };
  const test = journey.server.test;
  const { db } = test.database;
  // The colony's psychology lead runs the concern loop; another psychologist assessed the person.
  const leadUser = await addUser(journey.server, 'e2e.lead', 'psychologist', 'PRISON_47');
  const psychologistUser = await addUser(journey.server, 'e2e.psychologist', 'psychologist', 'PRISON_47');
  await addUser(journey.server, 'e2e.manager', 'facility_manager', 'PRISON_47');

  personId = await insertPerson(test, 'Жумабаев');
  otherId = await insertPerson(test, 'Садыров');
  // An approved violent-extremism assessment, not due for review for months: off every worklist until a concern.
  assessmentId = await insertApprovedAssessment(test, {
    personId,
    instrument: 'KADAM_VE',
    judgements: { VIOLENCE: 'low', INFLUENCE: 'moderate', VULNERABILITY: 'low' },
    nextReviewDate: bishkekDay(200),
    assessorId: psychologistUser.id,
    reviewerId: leadUser.id,
  });
  // Block A of the colony: the person is in A-101, the other man in A-102; an alert made after a fight last month
  // says the two must not be held together.
  const [unit] = await db
    .insert(placementUnits)
    .values({ facilityId: await unitIdOf(test, 'PRISON_47'), code: 'A', name: 'А блогу — жалпы режим' })
    .returning({ id: placementUnits.id });
  cells.current = await insertCell(test, unit!.id, 'A-101');
  cells.barred = await insertCell(test, unit!.id, 'A-102');
  await place(test, personId, cells.current);
  await place(test, otherId, cells.barred);
  await db.insert(personAlerts).values({
    personId,
    type: 'must_not_locate_with',
    relatedPersonId: otherId,
    reason: 'Өткөн айда мушташ болгон',
    validFrom: bishkekDay(-30),
  });

  lead = await openTab();
  psychologist = await openTab();
  manager = await openTab();
});
afterAll(() => journey?.close());

async function signIn(tab: Tab, username: string) {
  await signInPage(tab.page).goto();
  await expectNoAxeViolations(tab.page, `sign-in (${username})`);
  await signInPage(tab.page).signIn(username);
  expect(pathOf(tab.page)).toBe('/');
  await expectNoAxeViolations(tab.page, `home (${username})`);
}

// An officer reports what he saw on the exercise yard; the psychology lead triages it, records what the
// investigation found and decides on a reassessment, which puts the person's assessment on a psychologist's
// worklist; the facility manager's move of the person into the other man's cell is explained as a conflict,
// refused without a reason and made with one, and listed among the facility's overrides. All in Kyrgyz, every
// page checked with axe.
describe.sequential('recruitment prevention journey: concern → triage → reassessment on the worklist → move with an override', () => {
  it('shows the officer the manual’s reminder that religious practice is not a concern, linked to the manual', async () => {
    const { page } = officer;
    const report = concernReportPage(page);
    await signIn(officer, 'e2e.officer');
    await report.goto();
    await expectNoAxeViolations(page, 'report form');
    const reminder = (await report.religionReminder.textContent()) ?? '';
    expect(reminder).toContain(ky('concerns.report.religionReminder'));
    expect(reminder).toContain(ky('concerns.report.religionReminderMore'));
    // The reminder's link opens the manual at the section its words name.
    await clickAndWaitForLoad(page, report.manualLink);
    expect(pathOf(page)).toBe('/manual/recruitment_prevention');
    await expectNoAxeViolations(page, 'the manual, from the reminder');
    const section = page.locator(`section${new URL(page.url()).hash} h2`);
    expect(((await section.textContent()) ?? '').toLowerCase()).toContain(ky('concerns.report.manualLink').split(': ')[1]!);
  });

  it('lets the officer report what he saw about a person in his colony, and who else was involved', async () => {
    const { page } = officer;
    const report = concernReportPage(page);
    await report.goto();
    await expectNoAxeViolations(page, 'report form, back from the manual');
    await report.findPerson('Жумабаев');
    await expectNoAxeViolations(page, 'report form: person found');
    await report.choose(PERSON);
    await report.findInvolved('Садыров');
    await expectNoAxeViolations(page, 'report form: people involved found');
    expect(await report.chosenPerson.textContent()).toContain(PERSON);
    await report.choose(OTHER);
    await report.describe({
      indicators: ['pressure_or_threats', 'recruitment_attempts'],
      description: DESCRIPTION,
      place: '2-блоктун сейилдөө аянтчасы',
      ...twoHoursAgo(),
    });
    await report.send();
    expect(pathOf(page)).toMatch(new RegExp(`^/people/${personId}/concerns/[0-9a-f-]{36}$`));
    concernUrl = pathOf(page);
    await expectNoAxeViolations(page, 'concern reported');
    const concern = concernPage(page);
    expect(await concern.notice.textContent()).toContain(ky('concerns.done.reported'));
    expect(await concern.reporterView.textContent()).toContain(ky('concerns.status.reported'));
    const main = (await page.locator('main').textContent()) ?? '';
    for (const text of [DESCRIPTION, OTHER, ky('concerns.indicator.recruitment_attempts')]) expect(main).toContain(text);
  });

  it('has nothing about the person on the psychologist’s reviews worklist while the assessment is months from review', async () => {
    const { page } = psychologist;
    const worklist = worklistPage(page);
    await signIn(psychologist, 'e2e.psychologist');
    await worklist.goto();
    await expectNoAxeViolations(page, 'psychologist worklist before the decision');
    expect(await worklist.itemsAbout('assessments.reviews', PERSON).count()).toBe(0);
  });

  it('lets the psychology lead open the concern from the list of open concerns and triage it', async () => {
    const { page } = lead;
    const list = concernsListPage(page);
    const concern = concernPage(page);
    await signIn(lead, 'e2e.lead');
    await list.goto();
    await expectNoAxeViolations(page, 'open concerns');
    expect(await list.rowOf(PERSON).textContent()).toContain(ky('concerns.status.reported'));
    await list.open(PERSON);
    expect(pathOf(page)).toBe(concernUrl);
    await expectNoAxeViolations(page, 'concern waiting for triage');

    await submitForm(page, formFor(page, '/triage'), { outcome: 'investigate', note: 'Башкаларды тартуу белгилери: текшерүү керек.' });
    expect(pathOf(page)).toBe(concernUrl);
    expect(await concern.notice.textContent()).toContain(ky('concerns.done.step'));
    await expectNoAxeViolations(page, 'concern triaged');
    expect(await concern.steps.textContent()).toContain(ky('concerns.triageOutcome.investigate'));
  });

  it('lets the lead record what the investigation found and decide on a reassessment', async () => {
    const { page } = lead;
    const concern = concernPage(page);
    await submitForm(page, formFor(page, '/investigate'), { findings: FINDINGS });
    await expectNoAxeViolations(page, 'findings recorded');
    await submitForm(page, formFor(page, '/decide'), { decision: 'reassessment', reasons: DECISION });
    expect(pathOf(page)).toBe(concernUrl);
    await expectNoAxeViolations(page, 'decided: reassessment');

    const steps = (await concern.steps.textContent()) ?? '';
    for (const text of [ky('concerns.triageOutcome.investigate'), FINDINGS, ky('concerns.decision.reassessment'), DECISION])
      expect(steps).toContain(text);
    expect(await concern.history.textContent()).toContain(ky('concerns.history.review_requested'));
    expect(await concern.assessmentsLink.isVisible()).toBe(true);
    expect(await concern.stepForm('decide').count()).toBe(0);
  });

  it('lets the lead record on the Links tab the link the investigation found, drawn on the graph', async () => {
    const { page } = lead;
    const links = linksTabPage(page);
    await links.goto(personId);
    await expectNoAxeViolations(page, 'links tab, empty');
    await links.open();
    await expectNoAxeViolations(page, 'record a link');
    await links.search('Садыров');
    await expectNoAxeViolations(page, 'record a link: person found');
    await links.record({ otherPersonId: otherId, kind: 'frequent_contact', source: 'concern_report', sourceReference: concernUrl });
    expect(pathOf(page)).toBe(`/people/${personId}/associations`);
    await expectNoAxeViolations(page, 'links tab with the link');
    expect(await links.notice.textContent()).toContain(ky('associations.done.recorded'));
    expect(await links.graphNode(otherId).textContent()).toContain('Садыров Б.');
    expect(await links.graphLines('frequent_contact').count()).toBe(1);
    const row = (await links.rows.textContent()) ?? '';
    for (const text of [OTHER, ky('associations.kind.frequent_contact'), ky('associations.source.concern_report')])
      expect(row).toContain(text);
    const { db } = journey.server.test.database;
    expect(await db.select().from(personAssociations).where(eq(personAssociations.personId, personId))).toHaveLength(1);
  });

  it('tells the reporter what was done, but not what the investigation found', async () => {
    const { page } = officer;
    await page.goto(concernUrl);
    await expectNoAxeViolations(page, 'reporter’s view after the decision');
    const view = (await concernPage(page).reporterView.textContent()) ?? '';
    expect(view).toContain(ky('concerns.status.decided'));
    expect(view).toContain(ky('concerns.actionTaken.reassessment'));
    expect(await page.locator('main').textContent()).not.toContain(FINDINGS);
  });

  it('puts the review of the person’s assessment on the psychologist’s worklist, due today', async () => {
    const { page } = psychologist;
    const worklist = worklistPage(page);
    await worklist.goto();
    await expectNoAxeViolations(page, 'psychologist worklist after the decision');
    const item = worklist.itemsAbout('assessments.reviews', PERSON);
    expect(await item.count()).toBe(1);
    expect(await item.textContent()).toContain(kyPrefix('assessments.worklist.source.assessmentReview'));
    expect(await item.getAttribute('data-due')).toBe(bishkekDay(0));
    await Promise.all([page.waitForEvent('load'), item.getByRole('link', { name: PERSON, exact: true }).click()]);
    expect(pathOf(page)).toBe(`/people/${personId}/assessments/${assessmentId}`);
    await expectNoAxeViolations(page, 'the assessment due for review');
  });

  it('explains why the manager’s move conflicts, refuses it without a reason, and moves the person with one', async () => {
    const { page } = manager;
    const cell = personCellPage(page);
    const { db } = journey.server.test.database;
    await signIn(manager, 'e2e.manager');
    await cell.goto(personId);
    await expectNoAxeViolations(page, 'cell page');
    expect(await cell.location.textContent()).toContain('A-101');

    await cell.move({ cell: 'A / A-102 (1/2)', reason: 'A-101 камерасы оңдоого жабылат' });
    await expectNoAxeViolations(page, 'move refused: conflict without a reason');
    expect(await cell.errorSummary.textContent()).toContain(ky('placement.refusal.override_reason_required'));
    expect(await cell.overrideReasonError.count()).toBe(1);
    expect(await cell.conflicts.count()).toBe(1);
    const conflict = (await cell.conflicts.textContent()) ?? '';
    expect(conflict).toContain(ky('placement.conflict.must_not_locate_with').replace('{names}', OTHER));
    expect(conflict).toContain(ky('placement.kind.overridable'));
    expect(await cell.location.textContent()).toContain('A-101');
    expect(await cellOf(journey.server.test, personId)).toBe(cells.current);
    expect(await db.select().from(placementMoves).where(eq(placementMoves.personId, personId))).toEqual([]);

    // The form kept the cell and the reason: only the override's reason is added.
    await cell.move({ overrideReason: OVERRIDE });
    expect(pathOf(page)).toBe(`/people/${personId}/cell`);
    await expectNoAxeViolations(page, 'moved over the conflict');
    expect(await cell.notice.textContent()).toContain(ky('placement.page.moved'));
    expect(await cell.location.textContent()).toContain('A-102');
    expect(await cellOf(journey.server.test, personId)).toBe(cells.barred);
    const [recorded] = await db.select().from(placementMoves).where(eq(placementMoves.personId, personId));
    expect(recorded).toMatchObject({ toCellId: cells.barred, overrideReason: OVERRIDE, conflicts: [{ code: 'must_not_locate_with' }] });
  });

  it('lists the override, with the conflict and its reason, among the colony’s overrides', async () => {
    const { page } = manager;
    const facilities = facilitiesPage(page);
    await facilities.goto();
    await expectNoAxeViolations(page, 'facilities');
    await facilities.openOverrides('PRISON_47');
    expect(pathOf(page)).toBe('/facilities/PRISON_47/overrides');
    await expectNoAxeViolations(page, 'overrides');
    expect(await facilities.overrideRows.count()).toBe(1);
    const row = (await facilities.overrideRows.textContent()) ?? '';
    for (const text of [PERSON, 'A-102', ky('placement.conflict.must_not_locate_with').replace('{names}', OTHER), OVERRIDE])
      expect(row).toContain(text);

    for (const tab of [officer, lead, psychologist, manager]) {
      expectEveryPageChecked(tab.page);
      expect(tab.consoleLog.cspViolations()).toEqual([]);
    }
  });
});
