import type { Page } from 'playwright-core';

// The tabs axe is checking right now: what axe does to a page while it runs is not the page's own doing.
const running = new WeakSet<Page>();

export const axeRunningOn = (page: Page): boolean => running.has(page);

/** Runs an axe check on the page, marking the page as being checked until it ends. */
export async function whileAxeRuns<T>(page: Page, check: () => Promise<T>): Promise<T> {
  running.add(page);
  try {
    return await check();
  } finally {
    running.delete(page);
  }
}
