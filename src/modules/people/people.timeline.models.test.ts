import { describe, expect, it } from 'vitest';
import { mergeTimeline, type TimelineEntry } from './people.timeline.models.ts';

const entry = (kind: string, on: string, at?: string): TimelineEntry => ({ kind, on, label: kind, at: at ? new Date(at) : null });
const kinds = (entries: TimelineEntry[]) => entries.map((item) => item.kind);

describe('mergeTimeline', () => {
  it('puts the newest day first across every source', () => {
    const merged = mergeTimeline([
      [entry('created', '2020-01-10'), entry('release', '2024-05-01')],
      [entry('admission', '2021-03-02')],
      [entry('alert', '2023-07-15')],
    ]);
    expect(kinds(merged)).toEqual(['release', 'alert', 'admission', 'created']);
  });

  it('orders entries of the same day by their instant, latest first', () => {
    const merged = mergeTimeline([
      [entry('first', '2024-01-01', '2024-01-01T03:00:00Z')],
      [entry('second', '2024-01-01', '2024-01-01T09:00:00Z')],
    ]);
    expect(kinds(merged)).toEqual(['second', 'first']);
  });

  it('puts a same-day entry with a day only after the timed ones', () => {
    const merged = mergeTimeline([[entry('dated', '2024-01-01')], [entry('timed', '2024-01-01', '2024-01-01T05:00:00Z')]]);
    expect(kinds(merged)).toEqual(['timed', 'dated']);
  });

  it('keeps the sources’ order for entries it cannot tell apart', () => {
    const merged = mergeTimeline([[entry('a', '2024-01-01'), entry('b', '2024-01-01')], [entry('c', '2024-01-01')]]);
    expect(kinds(merged)).toEqual(['a', 'b', 'c']);
  });

  it('answers an empty list when no source has anything', () => {
    expect(mergeTimeline([[], []])).toEqual([]);
  });
});
