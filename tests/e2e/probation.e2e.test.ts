import { eq } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messages } from '../../src/messages.ts';
import { userDateOf } from '../../src/modules/people/people.dates.ts';
import { users } from '../../src/platform/auth/auth.tables.ts';
import { bishkekDay } from '../integration/classification.fixture.ts';
import { demoPartners, insertPerson } from '../integration/referrals.fixture.ts';
import { formFor, submitForm } from './pages/forms.page.ts';
import { signInPage } from './pages/sign-in.page.ts';
import { expectEveryPageChecked, expectNoAxeViolations, trackVisits } from './support/axe.ts';
import { openPage, watchConsole } from './support/browser.ts';
import { startJourney, type Journey } from './support/journey.ts';
import { addUser } from './support/server.ts';

/** A message as the Russian-speaking users of this journey read it. */
const ru = (key: string) => (messages.ru as Record<string, string>)[key]!;

type Tab = { page: Page; consoleLog: ReturnType<typeof watchConsole> };

let journey: Journey;
let officer: Tab;
let manager: Tab;
let partner: Tab;
let personId = '';
let reportUrl = '';
let orderUrl = '';
let referralUrl = '';
let partnerUnitId = '';
const pathOf = (page: Page) => new URL(page.url()).pathname;
const today = () => userDateOf(bishkekDay(0));
const NAME = 'Сыдыков';

async function openTab(): Promise<Tab> {
  const { page } = await openPage(journey.browser, journey.server.baseUrl);
  trackVisits(page);
  return { page, consoleLog: watchConsole(page) };
}

beforeAll(async () => {
  journey = await startJourney({ username: 'e2e.officer', role: 'probation_officer', unitCode: 'PROBATION_OSH' });
  officer = { page: journey.page, consoleLog: journey.consoleLog };
  const test = journey.server.test;
  await addUser(journey.server, 'e2e.manager', 'probation_manager', 'PROBATION_OSH');
  partnerUnitId = (await demoPartners(test)).women;
  await addUser(journey.server, 'e2e.partner', 'partner_worker', 'DEMO_PARTNER_OSH_WOMEN');
  // Everyone in this journey works in Russian (chosen on their accounts).
  for (const username of ['e2e.officer', 'e2e.manager', 'e2e.partner'])
    await test.database.db.update(users).set({ locale: 'ru' }).where(eq(users.username, username));
  personId = await insertPerson(test, NAME, { unit: 'PROBATION_OSH', legalStatus: 'probation' });
  manager = await openTab();
  partner = await openTab();
});
afterAll(() => journey?.close());

async function signIn(tab: Tab, username: string) {
  await signInPage(tab.page).goto();
  await expectNoAxeViolations(tab.page, `sign-in (${username})`);
  await signInPage(tab.page).signIn(username);
  expect(pathOf(tab.page)).toBe('/');
  await expectNoAxeViolations(tab.page, `home (${username})`);
}

// A court asks for a pre-sentence report; the officer inquires and recommends community service; a manager
// approves; the court follows it. The officer opens the order with its conditions, records a contact, records
// the person's consent and refers them to a women's committee, which accepts, reports two sessions and closes
// the service; the officer sees it all. In Russian, every page checked with axe.
describe.sequential('probation journey: court request → report → order → contacts → consented referral → partner closes', () => {
  it('records the court’s request for a report about the person', async () => {
    const { page } = officer;
    await signIn(officer, 'e2e.officer');
    await page.goto(`/court-reports/new?q=${encodeURIComponent(NAME)}`);
    await expectNoAxeViolations(page, 'court request: find the person');
    await page.goto(`/court-reports/new?personId=${personId}`);
    await expectNoAxeViolations(page, 'court request: the request');
    await submitForm(page, formFor(page, '/court-reports/new'), {
      courtId: { option: 1 },
      judge: 'Асанов Б. К.',
      caseNumber: '1-245/2026',
      receivedOn: today(),
      deadline: userDateOf(bishkekDay(12)),
      questions: 'Личность подсудимого, условия жизни, возможность наказания без лишения свободы',
    });
    expect(pathOf(page)).toMatch(/^\/court-reports\/[0-9a-f-]{36}$/);
    reportUrl = pathOf(page);
    await expectNoAxeViolations(page, 'court report (new)');
  });

  it('lets the officer write the inquiry and recommend community service, and send it for approval', async () => {
    const { page } = officer;
    await page.goto(`${reportUrl}/interviews`);
    await expectNoAxeViolations(page, 'court report: interviews');
    await submitForm(page, formFor(page, '/interviews'), {
      heldOn: today(),
      interviewee: 'Сыдыков Б. и его мать',
      place: 'Ошская служба пробации',
      summary: 'Работает грузчиком на рынке, живёт с матерью и женой, раскаивается.',
    });
    await expectNoAxeViolations(page, 'court report: interview recorded');
    await page.goto(`${reportUrl}/inquiry`);
    await expectNoAxeViolations(page, 'court report: inquiry');
    await submitForm(page, formFor(page, '/inquiry'), {
      familySituation: 'Женат, двое детей, живёт с матерью.',
      employmentSituation: 'Неофициально работает на рынке.',
      needs: 'Постоянная работа, поддержка семьи.',
      personView: 'Готов отработать общественные работы.',
      screeningNote: 'Скрининговая оценка в работе: до суда не завершена.',
    });
    await expectNoAxeViolations(page, 'court report: inquiry recorded');
    await page.goto(`${reportUrl}/recommendation`);
    await expectNoAxeViolations(page, 'court report: recommendation');
    await submitForm(page, formFor(page, '/recommendation'), {
      recommendation: 'community_service',
      reasons: 'Первое преступление, стабильная семья, работа: общественные работы соразмерны и сохраняют работу.',
      proposedConditions: 'Являться в службу пробации раз в две недели.',
    });
    await expectNoAxeViolations(page, 'court report: recommendation recorded');
    await page.goto(reportUrl);
    await expectNoAxeViolations(page, 'court report ready to send');
    await submitForm(page, formFor(page, '/submit'), {});
    await expectNoAxeViolations(page, 'court report sent for approval');
  });

  it('lets a manager approve the report, and the court’s decision is recorded as followed', async () => {
    const { page } = manager;
    await signIn(manager, 'e2e.manager');
    await page.goto(reportUrl);
    await expectNoAxeViolations(page, 'court report for approval');
    await submitForm(page, formFor(page, '/decision'), { decision: 'approve' });
    await expectNoAxeViolations(page, 'court report approved');
    const pdf = await page.request.get(`${reportUrl}/report.pdf?lang=ru`);
    expect(pdf.status()).toBe(200);
    expect((await pdf.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');

    await page.goto(`${reportUrl}/court-decision`);
    await expectNoAxeViolations(page, 'court decision');
    await submitForm(page, formFor(page, '/court-decision'), {
      decidedOn: today(),
      sentence: 'community_service',
      sentenceDetails: '240 часов',
      followed: 'followed',
    });
    await expectNoAxeViolations(page, 'court report decided');
  });

  it('lets the officer open the order with its conditions and record a contact', async () => {
    const { page } = officer;
    await page.goto(`/people/${personId}/probation/orders/new`);
    await expectNoAxeViolations(page, 'new order');
    await submitForm(page, formFor(page, '/probation/orders/new'), {
      probationType: 'executive',
      kind: 'community_service',
      court: 'Ошский городской суд',
      orderedOn: today(),
      startsOn: today(),
      endsOn: userDateOf(bishkekDay(365)),
      hoursOwed: '240',
      conditionCodes: { tick: ['report_to_office'] },
      freeCondition: 'Не посещать рынок «Кара-Суу» после 22:00',
    });
    expect(pathOf(page)).toMatch(new RegExp(`^/people/${personId}/probation/orders/[0-9a-f-]{36}$`));
    orderUrl = pathOf(page);
    await expectNoAxeViolations(page, 'order opened');
    await submitForm(page, formFor(page, '/contacts'), {
      contactKind: 'office_visit',
      contactOn: today(),
      attended: 'yes',
      contactNotes: 'Ознакомлен с условиями, подписал.',
    });
    await expectNoAxeViolations(page, 'order with a contact');
    expect(await page.locator('main').textContent()).toContain(ru('probation.contactKind.office_visit'));
  });

  it('records the person’s consent and refers them to the women’s committee', async () => {
    const { page } = officer;
    await page.goto(`/people/${personId}/referrals/consents/new`);
    await expectNoAxeViolations(page, 'new consent');
    await submitForm(page, formFor(page, '/referrals/consents/new'), {
      partnerUnitId,
      scope: { tick: ['identity', 'contact'] },
      givenOn: today(),
      validUntil: userDateOf(bishkekDay(180)),
      formReference: 'Согласие № 14 от сегодняшнего дня',
    });
    await expectNoAxeViolations(page, 'consent recorded');
    await page.goto(`/people/${personId}/referrals/new`);
    await expectNoAxeViolations(page, 'new referral');
    await submitForm(page, formFor(page, '/referrals/new'), {
      partnerService: `${partnerUnitId}:psychosocial_support`,
      reason: 'Нужна психосоциальная поддержка семьи',
    });
    expect(pathOf(page)).toMatch(new RegExp(`^/people/${personId}/referrals/[0-9a-f-]{36}$`));
    referralUrl = pathOf(page);
    await expectNoAxeViolations(page, 'referral sent');
  });

  it('lets the partner accept, write an action plan the officer approves, report two sessions and close', async () => {
    const referralId = referralUrl.split('/').at(-1)!;
    const partnerUrl = `/partner/referrals/${referralId}`;
    const { page } = partner;
    await signIn(partner, 'e2e.partner');
    await page.goto('/partner/referrals');
    await expectNoAxeViolations(page, 'partner: referrals');
    await page.goto(partnerUrl);
    await expectNoAxeViolations(page, 'partner: the referral');
    expect(await page.locator('main').textContent()).not.toContain('Кара-Суу');
    await submitForm(page, formFor(page, '/decision'), { decision: 'accept' });
    await expectNoAxeViolations(page, 'partner: referral accepted');
    await submitForm(page, formFor(page, '/plan'), { plan: 'Шесть встреч с психологом и две встречи с семьёй' });
    await expectNoAxeViolations(page, 'partner: plan sent');

    await officer.page.goto(referralUrl);
    await expectNoAxeViolations(officer.page, 'referral: plan to approve');
    await submitForm(officer.page, formFor(officer.page, '/plan'), {}, 'approve');
    await expectNoAxeViolations(officer.page, 'referral: plan approved');

    await page.goto(partnerUrl);
    await expectNoAxeViolations(page, 'partner: plan approved');
    for (const note of ['Первая встреча: знакомство', 'Вторая встреча: семья']) {
      await submitForm(page, formFor(page, '/sessions'), { heldOn: today(), attended: 'yes', note });
      await expectNoAxeViolations(page, `partner: session recorded (${note})`);
    }
    await submitForm(page, formFor(page, '/end'), { outcome: 'achieved', report: 'Посетил обе встречи, семья вовлечена' });
    await expectNoAxeViolations(page, 'partner: service closed');
  });

  it('shows the officer the whole story: the report followed, the order and its contact, the referral completed', async () => {
    const { page } = officer;
    await page.goto(referralUrl);
    const referral = (await page.locator('main').textContent()) ?? '';
    for (const text of ['Посетил обе встречи, семья вовлечена', 'Первая встреча: знакомство', 'Вторая встреча: семья'])
      expect(referral).toContain(text);
    await expectNoAxeViolations(page, 'referral completed (officer)');
    await page.goto(`/people/${personId}/referrals`);
    await expectNoAxeViolations(page, 'referrals tab');
    await page.goto(orderUrl);
    expect((await page.locator('main').textContent()) ?? '').toContain(ru('probation.contactKind.with_partner'));
    await expectNoAxeViolations(page, 'order with the partner’s sessions as contacts');
    await page.goto(reportUrl);
    await expectNoAxeViolations(page, 'court report with the decision');

    for (const tab of [officer, manager, partner]) {
      expectEveryPageChecked(tab.page);
      expect(tab.consoleLog.cspViolations()).toEqual([]);
    }
  });
});
