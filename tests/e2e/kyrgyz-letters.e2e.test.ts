import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInPage } from './pages/sign-in.page.ts';
import { expectEveryPageChecked, expectNoAxeViolations } from './support/axe.ts';
import type { InPage } from './support/in-page.ts';
import { htmlLang } from './support/browser.ts';
import { startJourney, type Journey } from './support/journey.ts';

let journey: Journey;
let page: Page;
let consoleLog: Journey['consoleLog'];

beforeAll(async () => {
  journey = await startJourney({ username: 'e2e.letters', role: 'prison_officer', unitCode: 'PRISON_47' });
  ({ page, consoleLog } = journey);
});

afterAll(() => journey?.close());

type FontReport = { check: boolean; loadedFaces: { weight: string; unicodeRange: string }[]; bodyFont: string };

/** After every font the page asked for has loaded: what the browser says about PT Sans and the Kyrgyz letters. */
function fontReport(target: Page): Promise<FontReport> {
  return target.evaluate(async () => {
    const { document, getComputedStyle } = globalThis as unknown as InPage;
    await document.fonts.ready;
    const loadedFaces = [...document.fonts]
      .filter((face) => face.family.replaceAll('"', '').replaceAll("'", '') === 'PT Sans' && face.status === 'loaded')
      .map((face) => ({ weight: face.weight, unicodeRange: face.unicodeRange }));
    return {
      check: document.fonts.check('16px "PT Sans"', 'ңөү'),
      loadedFaces,
      bodyFont: getComputedStyle(document.body).fontFamily,
    };
  });
}

/** Whether a CSS unicode-range (`U+0460-052F, U+20B4`) covers a character. */
function covers(unicodeRange: string, character: string): boolean {
  const code = character.codePointAt(0) ?? -1;
  return unicodeRange.split(',').some((part) => {
    const [start, end = start] = part.trim().replace(/^U\+/i, '').split('-');
    return code >= parseInt(start ?? '', 16) && code <= parseInt(end ?? '', 16);
  });
}

async function expectKyrgyzLettersInPtSans(target: Page): Promise<void> {
  const report = await fontReport(target);
  expect(report.loadedFaces.length, 'PT Sans faces loaded').toBeGreaterThan(0);
  for (const letter of ['ң', 'ө', 'ү']) {
    expect(
      report.loadedFaces.some((face) => face.weight === '400' && covers(face.unicodeRange, letter)),
      `a loaded regular PT Sans face covers ${letter}: ${JSON.stringify(report.loadedFaces)}`,
    ).toBe(true);
  }
  expect(report.check).toBe(true);
}

describe.sequential('Kyrgyz letters: PT Sans draws ң ө ү, with no CSP violation', () => {
  it('loads PT Sans for the Kyrgyz letters on the sign-in page', async () => {
    await signInPage(page).goto();
    expect(await htmlLang(page)).toBe('ky');
    expect(await page.locator('body').innerText()).toMatch(/[өү]/);
    await expectKyrgyzLettersInPtSans(page);
    await expectNoAxeViolations(page, 'sign-in (ky)');
  });

  it('loads PT Sans for the Kyrgyz letters on the home page', async () => {
    await signInPage(page).signIn('e2e.letters');
    expect(new URL(page.url()).pathname).toBe('/');
    expect(await htmlLang(page)).toBe('ky');
    await expectKyrgyzLettersInPtSans(page);
    await expectNoAxeViolations(page, 'home (ky)');
  });

  it('gives the body PT Sans, so text outside a GOV.UK class is not drawn in the browser default serif', async () => {
    const { bodyFont } = await fontReport(page);
    expect(bodyFont.replaceAll('"', '').replaceAll("'", '')).toMatch(/^PT Sans,/);
  });

  it('met no Content Security Policy violation and no script error on any page', () => {
    expectEveryPageChecked(page);
    expect(consoleLog.cspViolations()).toEqual([]);
    expect(consoleLog.errors()).toEqual([]);
  });
});
