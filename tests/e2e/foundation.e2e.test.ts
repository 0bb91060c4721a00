import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { orgUnitEditPage, referencePage } from './pages/reference.page.ts';
import { shell } from './pages/shell.page.ts';
import { signInPage, twoFactorPage } from './pages/sign-in.page.ts';
import { expectEveryPageChecked, expectNoAxeViolations } from './support/axe.ts';
import type { InPage } from './support/in-page.ts';
import { htmlLang } from './support/browser.ts';
import { startJourney, type Journey } from './support/journey.ts';
import { nextTotpCode } from './support/totp.ts';

let journey: Journey;
let context: BrowserContext;
let page: Page;
let consoleLog: Journey['consoleLog'];

beforeAll(async () => {
  journey = await startJourney({ username: 'e2e.admin', role: 'system_admin', unitCode: 'MINISTRY_OF_JUSTICE' });
  ({ context, page, consoleLog } = journey);
});

afterAll(() => journey?.close());

// One journey through the foundation, step by step in one browser tab; each step starts where the last ended.
describe.sequential('foundation journey: sign in, reference data, languages, sign out, not found', () => {
  it('sends an anonymous visitor of the home page to the sign-in page, in Kyrgyz', async () => {
    await page.goto('/');
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    expect(await htmlLang(page)).toBe('ky');
    expect(await signInPage(page).heading.textContent()).toBe('Kadam системасына кирүү');
    await expectNoAxeViolations(page, 'sign-in (ky)');
  });

  it('signs an administrator in with a password and a code from the authenticator app', async () => {
    await signInPage(page).submitPassword('e2e.admin');
    expect(new URL(page.url()).pathname).toBe('/sign-in/two-factor');
    const secondStep = twoFactorPage(page);
    expect(await secondStep.heading.textContent()).toBe('Кирүү кодун киргизиңиз');
    await expectNoAxeViolations(page, 'second sign-in step (ky)');
    await secondStep.enterCode(await nextTotpCode('e2e.admin'));
    expect(new URL(page.url()).pathname).toBe('/');
  });

  it('shows the administrator their name, unit and worklists on the home page', async () => {
    const header = shell(page);
    expect(await header.identity.textContent()).toContain('Test e2e.admin');
    expect(await header.unitName.textContent()).toBe('Кыргыз Республикасынын Юстиция министрлиги');
    expect(await header.heading.textContent()).toBe('Сиздин иш');
    expect(await page.locator('main h2').first().textContent()).toBe('Иш тизмелери');
    expect(await page.locator('.kadam-worklist').count()).toBeGreaterThan(0);
    await expectNoAxeViolations(page, 'home (ky)');
    // For people to look at: the Kyrgyz home page as a browser draws it (test-results/ is gitignored).
    await mkdir(fileURLToPath(new URL('../../test-results/', import.meta.url)), { recursive: true });
    await page.evaluate(async () => {
      await (globalThis as unknown as InPage).document.fonts.ready;
    });
    await page.screenshot({ path: fileURLToPath(new URL('../../test-results/home-ky.png', import.meta.url)), fullPage: true });
  });

  it('reaches reference data from the main navigation, with Edit links for an administrator', async () => {
    await shell(page).navigateTo('/reference');
    expect(new URL(page.url()).pathname).toBe('/reference');
    expect(await shell(page).heading.textContent()).toBe('Маалымдама маалыматтар');
    expect(await referencePage(page).editLinks.count()).toBeGreaterThan(10);
    await expectNoAxeViolations(page, 'reference (ky)');
  });

  it('re-shows the edit form with an error summary linking to a blanked name, keeping what was typed', async () => {
    await referencePage(page).openEdit('PRISON_47');
    const form = orgUnitEditPage(page);
    expect(await form.field('nameKy').inputValue()).toBe('№47 түзөтүү колониясы (Бишкек шаары)');
    await expectNoAxeViolations(page, 'edit form (ky)');

    await form.field('nameKy').fill('');
    await form.field('nameRu').fill('Исправительная колония №47 (Бишкек)');
    await form.field('capacity').fill('1200');
    await form.save();

    await expect.poll(() => form.errorSummary.isVisible()).toBe(true);
    expect(await form.errorSummary.locator('h2').textContent()).toBe('Көйгөй бар');
    const link = form.errorLink('nameKy');
    expect(await link.textContent()).toBe('Кыргызча аталышы киргизиңиз');
    expect(await form.fieldError('nameKy').isVisible()).toBe(true);
    expect(await form.field('nameKy').getAttribute('aria-describedby')).toContain('nameKy-error');
    expect(await form.field('nameRu').inputValue()).toBe('Исправительная колония №47 (Бишкек)');
    expect(await form.field('nameEn').inputValue()).toBe('Correctional colony No. 47 (Bishkek)');
    expect(await form.field('capacity').inputValue()).toBe('1200');
    await expectNoAxeViolations(page, 'edit form with errors (ky)');

    // The link is reachable from the keyboard and puts the cursor in the field.
    await link.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => (globalThis as unknown as InPage).document.activeElement?.id)).toBe('nameKy');
  });

  it('saves the corrected form and shows the success banner on the list', async () => {
    const form = orgUnitEditPage(page);
    await form.field('nameKy').fill('№47 түзөтүү колониясы (Бишкек)');
    await form.save();
    expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe('/reference?saved=1');
    const list = referencePage(page);
    expect(await list.successBanner.textContent()).toContain('Өзгөртүүлөр сакталды.');
    expect(await list.unitRow('PRISON_47').locator('td').first().textContent()).toContain('№47 түзөтүү колониясы (Бишкек)');
    await expectNoAxeViolations(page, 'reference after saving (ky)');
  });

  it('switches the language to Russian and then English, and html lang follows', async () => {
    const header = shell(page);
    await header.switchLanguage('ru');
    expect(await htmlLang(page)).toBe('ru');
    expect(await header.heading.textContent()).toBe('Справочные данные');
    expect(await header.languageButton('ru').getAttribute('aria-current')).toBe('true');
    expect(await page.locator(`#unit-PRISON_47 td`).first().textContent()).toContain('Исправительная колония №47 (Бишкек)');
    await expectNoAxeViolations(page, 'reference (ru)');

    await header.switchLanguage('en');
    expect(await htmlLang(page)).toBe('en');
    expect(await header.heading.textContent()).toBe('Reference data');
    expect(await header.signOutButton.textContent()).toBe('Sign out');
    await expectNoAxeViolations(page, 'reference (en)');
  });

  it('remembers English on the account after signing out and in again, even from a browser with no cookies', async () => {
    await shell(page).signOut();
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    expect(await htmlLang(page)).toBe('en');
    expect(await page.locator('main [role="status"]').textContent()).toContain('You have been signed out.');
    await expectNoAxeViolations(page, 'signed out (en)');

    // Only the account can remember the choice now: the language cookie goes with the rest.
    await context.clearCookies();
    await signInPage(page).goto();
    expect(await htmlLang(page)).toBe('ky');
    await expectNoAxeViolations(page, 'sign-in again (ky)');
    await signInPage(page).signIn('e2e.admin');
    expect(new URL(page.url()).pathname).toBe('/');
    expect(await htmlLang(page)).toBe('en');
    expect(await shell(page).heading.textContent()).toBe('Your work');
    await expectNoAxeViolations(page, 'home (en)');
  });

  it('shows a missing page as a 404 page in English, without a stack trace', async () => {
    const response = await page.goto('/no-such-page-for-e2e');
    expect(response?.status()).toBe(404);
    expect(await htmlLang(page)).toBe('en');
    expect(await shell(page).heading.textContent()).toBe('Page not found');
    const stackTrace = /\bat .+:\d+:\d+|node_modules|Error:|stack/i;
    expect(await page.locator('body').innerText()).not.toMatch(stackTrace);
    expect(await page.content()).not.toMatch(stackTrace);
    await expectNoAxeViolations(page, '404 (en)');
  });

  it('checked every page it visited with axe and met no CSP violation', () => {
    expectEveryPageChecked(page);
    expect(consoleLog.cspViolations()).toEqual([]);
    expect(consoleLog.messages.filter((message) => message.startsWith('pageerror'))).toEqual([]);
  });
});
