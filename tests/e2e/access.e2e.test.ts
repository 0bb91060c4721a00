import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { base32Decode, timeStepAt, totpCodeForStep } from '../../src/platform/auth/totp.ts';
import { enrolPage, newUserPage, passwordPage } from './pages/admin.page.ts';
import { shell } from './pages/shell.page.ts';
import { signInPage } from './pages/sign-in.page.ts';
import { expectEveryPageChecked, expectNoAxeViolations } from './support/axe.ts';
import { startJourney, type Journey } from './support/journey.ts';
import { addUser } from './support/server.ts';

let journey: Journey;
let page: Page;
const TEMPORARY = 'Vremennyi-parol-2026';
const CHOSEN = 'Kadam-menin-jangy-syrsozum';
const path = () => new URL(page.url()).pathname;

beforeAll(async () => {
  journey = await startJourney({ username: 'e2e.admin', role: 'system_admin', unitCode: 'MINISTRY_OF_JUSTICE' });
  page = journey.page;
  await addUser(journey.server, 'e2e.officer47', 'prison_officer', 'PRISON_47');
  await addUser(journey.server, 'e2e.officer16', 'prison_officer', 'PRISON_16');
});
afterAll(() => journey?.close());

// An administrator (with a code) creates a facility manager; the manager sets up their account and sees only their facility.
describe.sequential('access journey: an administrator creates a facility manager who sees only their facility', () => {
  it('signs the administrator in with a code and creates a facility manager at colony No. 47', async () => {
    await signInPage(page).goto();
    await expectNoAxeViolations(page, 'sign-in');
    await signInPage(page).signIn('e2e.admin');
    expect(path()).toBe('/');
    await expectNoAxeViolations(page, 'home (admin)');
    await newUserPage(page).goto();
    await expectNoAxeViolations(page, 'new user form');
    await newUserPage(page).create({
      username: 'e2e.manager47',
      displayName: 'Асанова Гүлнара',
      password: TEMPORARY,
      role: 'facility_manager',
      unitCode: 'PRISON_47',
    });
    expect(path()).toBe('/admin/users');
    expect(await page.locator('main').textContent()).toContain('e2e.manager47');
    await expectNoAxeViolations(page, 'users list after creating');
    await shell(page).signOut();
    await expectNoAxeViolations(page, 'signed out');
  });

  it('makes the new manager set up two-factor sign-in first, showing a QR code and the secret', async () => {
    await signInPage(page).submitPassword('e2e.manager47', TEMPORARY);
    expect(path()).toBe('/account/two-factor');
    const enrol = enrolPage(page);
    expect(await enrol.qrCode.count()).toBe(1);
    await expectNoAxeViolations(page, 'two-factor enrolment');
    const secret = await enrol.secret();
    await enrol.confirm(totpCodeForStep(base32Decode(secret), timeStepAt(new Date())));
    expect(await enrol.recoveryCodes.count()).toBe(10);
    await expectNoAxeViolations(page, 'recovery codes');
    await enrol.continue();
  });

  it('then makes them replace the temporary password', async () => {
    expect(path()).toBe('/account/password');
    await expectNoAxeViolations(page, 'forced password change');
    await passwordPage(page).change(TEMPORARY, CHOSEN);
    await expectNoAxeViolations(page, 'password changed');
    await page.goto('/');
    expect(path()).toBe('/');
    expect(await shell(page).unitName.textContent()).toBe('№47 түзөтүү колониясы (Бишкек шаары)');
    await expectNoAxeViolations(page, 'home (manager)');
  });

  it('shows the manager the staff of colony No. 47 and nobody from colony No. 16', async () => {
    await shell(page).navigateTo('/staff');
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).toContain('e2e.officer47');
    expect(text).not.toContain('e2e.officer16');
    await expectNoAxeViolations(page, 'staff (manager)');
  });

  it('answers a colony No. 16 staff page as not found, offering emergency access with a reason', async () => {
    const response = await page.goto('/staff/e2e.officer16');
    expect(response?.status()).toBe(404);
    expect(await page.locator('a[href^="/access/break-glass?"]').count()).toBe(1);
    await expectNoAxeViolations(page, 'out-of-scope staff page');
  });

  it('keeps administration away from the manager', async () => {
    const response = await page.goto('/admin/users');
    expect(response?.status()).toBe(403);
    await expectNoAxeViolations(page, 'admin refused (manager)');
    expectEveryPageChecked(page);
    expect(journey.consoleLog.cspViolations()).toEqual([]);
  });
});
