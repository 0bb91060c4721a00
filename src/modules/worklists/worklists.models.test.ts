import { describe, expect, it } from 'vitest';
import type { WorklistItem } from '../../platform/worklists/worklist-sources.ts';
import { arrangeSections, worklistTotals } from './worklists.models.ts';

const item = (title: string, due: string | null, overdue = false): WorklistItem => ({
  href: `/${title}`,
  title,
  detail: null,
  due,
  overdue,
});
const titles = (items: WorklistItem[]) => items.map((entry) => entry.title);

describe('arranging the worklist', () => {
  it('puts overdue items first, then orders by due date, undated items last', () => {
    const [section] = arrangeSections([
      {
        key: 'reviews',
        title: 'worklists.title',
        items: [
          item('later', '2026-04-10'),
          item('undated', null),
          item('soon', '2026-03-30'),
          item('late', '2026-03-01', true),
          item('later-late', '2026-03-20', true),
        ],
      },
    ]);
    expect(titles(section!.items)).toEqual(['late', 'later-late', 'soon', 'later', 'undated']);
  });

  it('orders items due the same day by title, so the list reads the same each time', () => {
    const [section] = arrangeSections([
      { key: 'k', title: 'worklists.title', items: [item('Бекова', '2026-04-01'), item('Асанов', '2026-04-01')] },
    ]);
    expect(titles(section!.items)).toEqual(['Асанов', 'Бекова']);
  });

  it('hides sections with nothing in them', () => {
    const sections = arrangeSections([
      { key: 'empty', title: 'worklists.title', items: [] },
      { key: 'full', title: 'worklists.title', items: [item('a', null)] },
    ]);
    expect(sections.map((section) => section.key)).toEqual(['full']);
  });

  it('counts every item and the overdue ones for the home page', () => {
    const sections = [
      { key: 'a', title: 'worklists.title' as const, items: [item('x', '2026-03-01', true), item('y', null)] },
      { key: 'b', title: 'worklists.title' as const, items: [item('z', '2026-02-01', true)] },
    ];
    expect(worklistTotals(sections)).toEqual({ items: 3, overdue: 2 });
  });
});
