import type { Browser, BrowserContext, Page } from 'playwright-core';
import { trackVisits } from './axe.ts';
import { launchBrowser, openPage, watchConsole } from './browser.ts';
import { addUser, startServer, type TestServer } from './server.ts';

export type Journey = {
  server: TestServer;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  consoleLog: ReturnType<typeof watchConsole>;
  close: () => Promise<void>;
};

/**
 * What every journey starts from: the app on its own database with one user, a browser, and one tab that
 * records console messages (from before the first page, so a CSP report during loading is not missed) and
 * every page it visits (so a journey cannot skip the axe scan of a page).
 */
export async function startJourney(user: { username: string; role: string; unitCode: string }): Promise<Journey> {
  const [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  await addUser(server, user.username, user.role, user.unitCode);
  const { context, page } = await openPage(browser, server.baseUrl);
  const consoleLog = watchConsole(page);
  trackVisits(page);
  return {
    server,
    browser,
    context,
    page,
    consoleLog,
    close: async () => {
      await context.close();
      await browser.close();
      await server.close();
    },
  };
}
