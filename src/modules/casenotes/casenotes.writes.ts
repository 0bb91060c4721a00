import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Database } from '../../platform/db/pool.ts';
import { type PeopleActor, withPerson } from '../people/people.service.ts';
import { noteReaderOf } from './casenotes.access.ts';
import { NoteInputError, noteNotFound, StaleNote } from './casenotes.errors.ts';
import { findNote, personIdsOf, versionsOf } from './casenotes.repository.ts';
import { caseNotes, caseNoteVersions } from './casenotes.tables.ts';
import type { NoteInput } from './pages/notes/note-form.ts';

const isSensitive = (input: Pick<NoteInput, 'sensitivity'>) => input.sensitivity !== 'ordinary';

/**
 * Writes a note (version 1), audited as `casenote.write` in the same transaction. The audit event names the
 * type and marking, never the text: the audit trail is read more widely than sensitive notes are.
 */
export function writeNote(db: Database, actor: PeopleActor, personId: string, input: NoteInput): Promise<string> {
  const id = randomUUID();
  return withPerson(
    db,
    actor,
    {
      personId,
      permission: 'casenotes:write',
      action: 'casenote.write',
      details: { noteId: id, type: input.type, sensitivity: input.sensitivity, occurredOn: input.occurredOn },
    },
    async (tx, person) => {
      await tx.insert(caseNotes).values({ id, personId: person.id, sensitive: isSensitive(input), createdBy: actor.user.id });
      const { type, sensitivity, occurredOn, text } = input;
      await tx.insert(caseNoteVersions).values({ noteId: id, version: 1, type, sensitivity, occurredOn, text, writtenBy: actor.user.id });
      return id;
    },
  );
}

/**
 * Corrects a note by adding a version with the reason; the earlier versions stay (the table refuses updates).
 * The person's row is locked, so two corrections of one note are made one after the other, and the second,
 * made against the version the first replaced, is refused as stale. A sensitive note stays sensitive.
 */
export function correctNote(
  db: Database,
  actor: PeopleActor,
  input: { personId: string; noteId: string; note: NoteInput; reason: string; version: number },
): Promise<number> {
  return withPerson(
    db,
    actor,
    {
      personId: input.personId,
      permission: 'casenotes:write',
      action: 'casenote.correct',
      reason: input.reason,
      forUpdate: true,
      details: { noteId: input.noteId, correctedVersion: input.version, type: input.note.type, sensitivity: input.note.sensitivity },
    },
    async (tx, person) => {
      const reader = await noteReaderOf(tx, actor.user, person.unitId);
      const note = await findNote(tx, await personIdsOf(tx, person.id), input.noteId, reader.mayReadSensitive);
      // A writer who may not read the note cannot correct it, nor learn from the answer that it exists.
      if (!note || !reader.mayRead) throw noteNotFound();
      if (note.currentVersion !== input.version) throw new StaleNote(note.currentVersion);
      if (note.sensitive && !isSensitive(input.note)) throw new NoteInputError('sensitivity', 'casenotes.error.lowered');
      const [current] = await versionsOf(tx, note.id);
      if (current && sameContent(current.version, input.note)) throw new NoteInputError('text', 'casenotes.error.unchanged');
      const version = note.currentVersion + 1;
      const { type, sensitivity, occurredOn, text } = input.note;
      await tx
        .insert(caseNoteVersions)
        .values({ noteId: note.id, version, type, sensitivity, occurredOn, text, reason: input.reason, writtenBy: actor.user.id });
      await tx
        .update(caseNotes)
        .set({ currentVersion: version, sensitive: note.sensitive || isSensitive(input.note), updatedAt: new Date() })
        .where(eq(caseNotes.id, note.id));
      return version;
    },
  );
}

const sameContent = (a: NoteInput, b: NoteInput) =>
  a.type === b.type && a.sensitivity === b.sensitivity && a.occurredOn === b.occurredOn && a.text === b.text;
