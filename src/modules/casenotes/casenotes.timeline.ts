import { type TimelineEntry, type TimelineSource, todayInBishkek } from '../people/people.service.ts';
import { noteReaderOf } from './casenotes.access.ts';
import { corrections, currentNotes } from './casenotes.repository.ts';

/** The timeline shows the start of a note; the note page has the whole of it. */
const EXCERPT = 200;
const excerpt = (text: string) => (text.length > EXCERPT ? `${text.slice(0, EXCERPT - 1)}…` : text);

/**
 * The person's case notes on their timeline: one entry per note (its current version, on the day it is about)
 * and one per correction (on the day it was made, with its reason). Only what the reader may read: nothing
 * without `casenotes:read`, and no sensitive note — not even its correction — without `casenotes:sensitive`.
 */
export const caseNoteTimeline: TimelineSource = async ({ tx, person, personIds, i18n, reader }) => {
  const access = await noteReaderOf(tx, reader, person.unitId);
  if (!access.mayRead) return [];
  const notes = await currentNotes(tx, personIds, access.mayReadSensitive);
  const written = notes.map(({ current }): TimelineEntry => ({
    kind: 'case_note',
    on: current.occurredOn,
    label: 'casenotes.timeline.written',
    params: { type: i18n.t(`casenotes.type.${current.type}`) },
    detail: excerpt(current.text),
  }));
  const corrected = (await corrections(tx, personIds, access.mayReadSensitive)).map(({ version }): TimelineEntry => ({
    kind: 'case_note_corrected',
    on: todayInBishkek(version.writtenAt),
    at: version.writtenAt,
    label: 'casenotes.timeline.corrected',
    params: { type: i18n.t(`casenotes.type.${version.type}`) },
    detail: version.reason,
  }));
  return [...written, ...corrected];
};
