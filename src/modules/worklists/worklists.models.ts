import type { WorklistItem, WorklistSection } from '../../platform/worklists/worklist-sources.ts';

/**
 * Overdue items first, then by due date (the soonest first), items without a date last; ties by title so the
 * list reads the same on every refresh.
 */
export function compareItems(a: WorklistItem, b: WorklistItem): number {
  if (a.overdue !== b.overdue) return a.overdue ? -1 : 1;
  if (a.due !== b.due) {
    if (a.due === null) return 1;
    if (b.due === null) return -1;
    return a.due < b.due ? -1 : 1;
  }
  return a.title.localeCompare(b.title);
}

/** What the page shows: sections with something in them, each in due order; empty sections are left out. */
export function arrangeSections(sections: readonly WorklistSection[]): WorklistSection[] {
  return sections
    .filter((section) => section.items.length > 0)
    .map((section) => ({ ...section, items: [...section.items].sort(compareItems) }));
}

/** The totals the home page shows: how many items, and how many of them overdue. */
export function worklistTotals(sections: readonly WorklistSection[]): { items: number; overdue: number } {
  const items = sections.flatMap((section) => section.items);
  return { items: items.length, overdue: items.filter((item) => item.overdue).length };
}
