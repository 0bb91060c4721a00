import type { Page } from 'playwright-core';

/** `/worklist`: the signed-in user's work, one section per kind (`data-worklist` is the section's key). */
export function worklistPage(page: Page) {
  return {
    goto: () => page.goto('/worklist'),
    section: (key: string) => page.locator(`section[data-worklist="${key}"]`),
    /** The items of a section about a person, found by the name the item's link shows. */
    itemsAbout: (key: string, name: string) =>
      page.locator(`section[data-worklist="${key}"] li`, { has: page.getByRole('link', { name, exact: true }) }),
    peopleLinks: (name: string) => page.locator('main').getByRole('link', { name, exact: true }),
  };
}
