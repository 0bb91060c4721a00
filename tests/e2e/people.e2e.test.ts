import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { alertsPage, newPersonPage, searchPage } from './pages/people.page.ts';
import { shell } from './pages/shell.page.ts';
import { signInPage } from './pages/sign-in.page.ts';
import { expectEveryPageChecked, expectNoAxeViolations } from './support/axe.ts';
import { clickAndWaitForLoad } from './support/browser.ts';
import { startJourney, type Journey } from './support/journey.ts';

let journey: Journey;
let page: Page;
const path = () => new URL(page.url()).pathname;

beforeAll(async () => {
  journey = await startJourney({ username: 'e2e.reception', role: 'facility_manager', unitCode: 'PRISON_47' });
  page = journey.page;
});
afterAll(() => journey?.close());

// A facility manager registers an admission, finds the person again by a Latin spelling, opens the record and flags it.
describe.sequential('people journey: register → search → open → alert', () => {
  it('registers a new person with a PIN that agrees with the date of birth', async () => {
    await signInPage(page).goto();
    await expectNoAxeViolations(page, 'sign-in');
    await signInPage(page).signIn('e2e.reception');
    await expectNoAxeViolations(page, 'home');
    await newPersonPage(page).goto();
    await expectNoAxeViolations(page, 'new person form');
    const form = newPersonPage(page);
    await form.fill({ familyName: 'Үсөнов', givenName: 'Чыңгыз', patronymic: 'Бакыт уулу', dateOfBirth: '12.03.1990' });
    await form.choose('sex', 'male');
    await form.choose('pinChoice', 'pin');
    await form.fill({ pin: '21203199000123' });
    await form.select(
      'unitId',
      (await page.locator('select[name="unitId"] option', { hasText: '47' }).first().getAttribute('value')) ?? '',
    );
    await form.save();
    expect(path()).toMatch(/^\/people\/[0-9a-f-]{36}$/);
    expect(await page.locator('.kadam-person-header__name').textContent()).toContain('Үсөнов Чыңгыз Бакыт уулу');
    await expectNoAxeViolations(page, 'person overview after registration');
  });

  it('finds the person by a Latin spelling with a different vowel', async () => {
    await shell(page).navigateTo('/people');
    await expectNoAxeViolations(page, 'search form');
    await searchPage(page).search('Usenov Chingiz');
    expect(await searchPage(page).resultLinks.count()).toBe(1);
    await expectNoAxeViolations(page, 'search results');
    await clickAndWaitForLoad(page, searchPage(page).resultLinks.first());
    expect(path()).toMatch(/^\/people\/[0-9a-f-]{36}$/);
    await expectNoAxeViolations(page, 'person overview from search');
  });

  it('adds an alert with a reason, shown in the header band on every page about the person', async () => {
    await clickAndWaitForLoad(page, page.locator('.moj-sub-navigation__link', { hasText: 'Эскертүүлөр' }));
    await expectNoAxeViolations(page, 'alerts');
    await alertsPage(page).add('self_harm_risk', 'Кабыл алууда өзүнө зыян келтирүү белгилери байкалды');
    expect(await page.locator('.kadam-person-header__alerts').textContent()).toContain('Өзүнө зыян келтирүү тобокелдиги');
    await expectNoAxeViolations(page, 'alerts after adding');
    await clickAndWaitForLoad(page, page.locator('.moj-sub-navigation__link', { hasText: 'Хронология' }));
    expect(await page.locator('main').textContent()).toContain('Өзүнө зыян келтирүү тобокелдиги');
    await expectNoAxeViolations(page, 'timeline');
    expectEveryPageChecked(page);
    expect(journey.consoleLog.cspViolations()).toEqual([]);
  });
});
