import { registerSubjectAccessSection, registerTimelineSource } from '../people/people.service.ts';
import { caseNoteSection } from './casenotes.subject-access.ts';
import { caseNoteTimeline } from './casenotes.timeline.ts';

/**
 * The case notes module's public face. At start-up it adds the notes to the person's timeline (only those the
 * reader may read) and to the subject access export (all of them, every version).
 */
export function registerCaseNotes(): void {
  registerTimelineSource('casenotes', caseNoteTimeline);
  registerSubjectAccessSection(caseNoteSection);
}

export { caseNoteRoutes } from './pages/notes/notes.handler.tsx';
export { noteReaderOf, type NoteReader } from './casenotes.access.ts';
export { writeNote, correctNote } from './casenotes.writes.ts';
export { NOTE_TYPES, SENSITIVITIES } from './casenotes.tables.ts';
