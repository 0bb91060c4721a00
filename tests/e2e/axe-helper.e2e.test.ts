import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectEveryPageChecked, expectNoAxeViolations, trackVisits } from './support/axe.ts';
import { launchBrowser, watchConsole } from './support/browser.ts';

// The journeys trust these helpers to fail; these tests show that they do.
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext();
  page = await context.newPage();
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
});

describe('the e2e helpers', () => {
  it('fail on an axe violation, naming the rule, its help and the element', async () => {
    await page.setContent('<!DOCTYPE html><html lang="en"><head><title>t</title></head><body><main><input id="x"></main></body></html>');
    const failure = await expectNoAxeViolations(page).then(
      () => undefined,
      (error: unknown) => error as Error,
    );
    expect(failure?.message).toMatch(/^axe found 1 accessibility violation/);
    expect(failure?.message).toContain('label [critical]: Form elements must have labels');
    expect(failure?.message).toContain('- #x');
  });

  it('pass a page with no violation', async () => {
    await page.setContent('<!DOCTYPE html><html lang="en"><head><title>t</title></head><body><main><h1>Fine</h1></main></body></html>');
    await expectNoAxeViolations(page);
  });

  it('notice a page that was loaded but never checked', async () => {
    trackVisits(page);
    await page.setContent('<!DOCTYPE html><html lang="en"><head><title>t</title></head><body><main><h1>One</h1></main></body></html>');
    await expectNoAxeViolations(page);
    expectEveryPageChecked(page);
    await page.setContent('<!DOCTYPE html><html lang="en"><head><title>t</title></head><body><main><h1>Two</h1></main></body></html>');
    expect(() => expectEveryPageChecked(page)).toThrow(/pages visited without an axe check/);
  });

  it('report a Content Security Policy violation from the console', async () => {
    const log = watchConsole(page);
    const csp = `<meta http-equiv="Content-Security-Policy" content="script-src 'none'">`;
    await page.setContent(`<!DOCTYPE html><html lang="en"><head>${csp}<title>t</title></head><body><script>1</script></body></html>`);
    await expect.poll(() => log.cspViolations().length).toBeGreaterThan(0);
  });

  it('still report a page’s own inline style, counting only what axe itself does while it runs as axe’s', async () => {
    const log = watchConsole(page);
    const csp = `<meta http-equiv="Content-Security-Policy" content="style-src 'self'">`;
    await page.setContent(
      `<!DOCTYPE html><html lang="en"><head>${csp}<title>t</title></head><body><main><h1 style="color: red">Styled</h1></main></body></html>`,
    );
    await expectNoAxeViolations(page);
    await expect.poll(() => log.cspViolations().some((message) => /applying inline style/i.test(message))).toBe(true);
  });
});
