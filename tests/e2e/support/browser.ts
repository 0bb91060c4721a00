import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { findChromium } from '../../../scripts/find-chromium.mjs';
import { axeRunningOn } from './axe-activity.ts';

/**
 * Debian's Chromium, driven by playwright-core (no `npx playwright install`: there are no downloads here).
 * `scripts/find-chromium.mjs` finds it, for these journeys and for `npm test` alike.
 */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Launches Chromium; Playwright gives every launch a fresh temporary profile (`--user-data-dir`). */
export async function launchBrowser(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) {
    throw new Error('Chromium not found: install it with `apt-get install -y chromium` or set CHROMIUM_PATH to its binary.');
  }
  return chromium.launch({ executablePath, args: CHROMIUM_FLAGS, timeout: 30_000 });
}

/** A fresh context (no cookies) and page, the way a new browser window starts; axe needs a context. */
export async function openPage(browser: Browser, baseURL: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL, viewport: { width: 1280, height: 900 } });
  context.setDefaultTimeout(15_000);
  context.setDefaultNavigationTimeout(20_000);
  const page = await context.newPage();
  return { context, page };
}

/**
 * Every console message and uncaught page error, collected from now on. CSP violations show up in Chromium's
 * console as "Refused to … because it violates the following Content Security Policy directive".
 */
export function watchConsole(page: Page): { messages: string[]; cspViolations: () => string[]; errors: () => string[] } {
  const messages: string[] = [];
  page.on('console', (message) => {
    // axe parses the page's stylesheets through <style> elements of its own, which the CSP refuses now and then;
    // that is the checker's doing, not the page's, so it is not counted while axe runs.
    if (axeRunningOn(page) && /applying inline style/i.test(message.text())) return;
    messages.push(`console.${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => messages.push(`pageerror: ${error.message}`));
  return {
    messages,
    cspViolations: () => messages.filter((message) => /content security policy/i.test(message)),
    errors: () => messages.filter((message) => message.startsWith('pageerror') || message.startsWith('console.error')),
  };
}

/** The `lang` attribute of the document element. */
export function htmlLang(page: Page): Promise<string | null> {
  return page.locator('html').getAttribute('lang');
}

/** Clicks something that loads a new document (a link or a form submit) and waits until that document has loaded. */
export async function clickAndWaitForLoad(page: Page, target: ReturnType<Page['locator']>): Promise<void> {
  await Promise.all([page.waitForEvent('load'), target.click()]);
}
