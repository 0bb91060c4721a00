import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { referencePage } from './pages/reference.page.ts';
import { shell } from './pages/shell.page.ts';
import { signInPage } from './pages/sign-in.page.ts';
import { expectEveryPageChecked, expectNoAxeViolations } from './support/axe.ts';
import { htmlLang } from './support/browser.ts';
import { startJourney, type Journey } from './support/journey.ts';

let journey: Journey;
let page: Page;
let consoleLog: Journey['consoleLog'];

beforeAll(async () => {
  journey = await startJourney({ username: 'e2e.officer', role: 'prison_officer', unitCode: 'PRISON_47' });
  ({ page, consoleLog } = journey);
});

afterAll(() => journey?.close());

describe.sequential('prison officer journey: reference data is read-only', () => {
  it('signs a prison officer in to their home page', async () => {
    await signInPage(page).goto();
    await expectNoAxeViolations(page, 'sign-in (ky)');
    await signInPage(page).signIn('e2e.officer');
    expect(new URL(page.url()).pathname).toBe('/');
    expect(await shell(page).unitName.textContent()).toBe('№47 түзөтүү колониясы (Бишкек шаары)');
    await expectNoAxeViolations(page, 'home (ky)');
  });

  it('shows reference data without any Edit link', async () => {
    await shell(page).navigateTo('/reference');
    expect(await shell(page).heading.textContent()).toBe('Маалымдама маалыматтар');
    expect(await page.locator('#unit-PRISON_47').count()).toBe(1);
    expect(await referencePage(page).editLinks.count()).toBe(0);
    expect(await page.locator('main a[href*="/edit"]').count()).toBe(0);
    await expectNoAxeViolations(page, 'reference (ky)');
  });

  it('answers an edit URL with the 403 page in Kyrgyz', async () => {
    const response = await page.goto('/reference/org-units/PRISON_47/edit');
    expect(response?.status()).toBe(403);
    expect(await htmlLang(page)).toBe('ky');
    expect(await shell(page).heading.textContent()).toBe('Бул баракка кирүүгө укугуңуз жок');
    expect(await page.locator('main form').count()).toBe(0);
    await expectNoAxeViolations(page, '403 (ky)');
  });

  it('checked every page it visited with axe and met no CSP violation', () => {
    expectEveryPageChecked(page);
    expect(consoleLog.cspViolations()).toEqual([]);
  });
});
