/**
 * One thing that happened to a person, as the timeline shows it. `on` is the calendar day (`yyyy-mm-dd`) the
 * thing happened or was recorded; `at` the exact instant where one is known, to order events of the same day.
 * `label` and `params` name a message, so the model stays free of the user's language.
 */
export type TimelineEntry<Label extends string = string> = {
  on: string;
  at?: Date | null;
  kind: string;
  label: Label;
  params?: Record<string, string>;
  /** A second line: a reason, a court, the articles… already in the user's language or as typed. */
  detail?: string | null;
};

/**
 * All sources' entries in one list, newest first. Entries of the same day are ordered by their instant where
 * both have one; an entry with a day only (a verdict date, a movement date) comes after the same day's timed
 * entries, because it was usually recorded later than it happened. Ties keep the order the sources gave, so
 * the page reads the same on every refresh.
 */
export function mergeTimeline<Label extends string>(sources: readonly (readonly TimelineEntry<Label>[])[]): TimelineEntry<Label>[] {
  const entries = sources.flatMap((source) => source.map((entry) => entry));
  const indexed = entries.map((entry, index) => ({ entry, index }));
  indexed.sort((a, b) => compareNewestFirst(a.entry, b.entry) || a.index - b.index);
  return indexed.map(({ entry }) => entry);
}

function compareNewestFirst(a: TimelineEntry, b: TimelineEntry): number {
  if (a.on !== b.on) return a.on < b.on ? 1 : -1;
  const aTime = a.at?.getTime();
  const bTime = b.at?.getTime();
  if (aTime !== undefined && bTime !== undefined) return bTime - aTime;
  if (aTime !== undefined) return -1;
  if (bTime !== undefined) return 1;
  return 0;
}
