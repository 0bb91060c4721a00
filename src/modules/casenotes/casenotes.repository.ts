import { and, asc, desc, eq, gt, inArray, or } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { users } from '../../platform/auth/auth.tables.ts';
import type { Executor } from '../../platform/db/pool.ts';
import { people } from '../people/people.service.ts';
import { caseNotes, caseNoteVersions } from './casenotes.tables.ts';

/** The person and every record merged into them: their notes are the person's notes too. */
export async function personIdsOf(tx: Executor, personId: string): Promise<string[]> {
  const rows = await tx
    .select({ id: people.id })
    .from(people)
    .where(or(eq(people.id, personId), eq(people.mergedIntoId, personId)));
  return [personId, ...rows.map((row) => row.id).filter((id) => id !== personId)];
}

// Sensitive notes are filtered in the query itself, so a page, the timeline or a count can never see them.
const visible = (personIds: string[], sensitive: boolean) =>
  sensitive ? inArray(caseNotes.personId, personIds) : and(inArray(caseNotes.personId, personIds), eq(caseNotes.sensitive, false));

/** Each note the reader may see, at its current version, with who wrote it first; newest day first. */
export function currentNotes(tx: Executor, personIds: string[], sensitive: boolean) {
  const author = alias(users, 'author');
  const corrector = alias(users, 'corrector');
  return tx
    .select({
      note: caseNotes,
      current: caseNoteVersions,
      authorName: author.displayName,
      correctorName: corrector.displayName,
    })
    .from(caseNotes)
    .innerJoin(caseNoteVersions, and(eq(caseNoteVersions.noteId, caseNotes.id), eq(caseNoteVersions.version, caseNotes.currentVersion)))
    .leftJoin(author, eq(author.id, caseNotes.createdBy))
    .leftJoin(corrector, eq(corrector.id, caseNoteVersions.writtenBy))
    .where(visible(personIds, sensitive))
    .orderBy(desc(caseNoteVersions.occurredOn), desc(caseNotes.createdAt));
}
export type CurrentNote = Awaited<ReturnType<typeof currentNotes>>[number];

/** The corrections (versions after the first) of the notes the reader may see, for the timeline. */
export function corrections(tx: Executor, personIds: string[], sensitive: boolean) {
  return tx
    .select({ version: caseNoteVersions })
    .from(caseNoteVersions)
    .innerJoin(caseNotes, eq(caseNotes.id, caseNoteVersions.noteId))
    .where(and(visible(personIds, sensitive), gt(caseNoteVersions.version, 1)))
    .orderBy(asc(caseNoteVersions.writtenAt));
}

/** One note of the person, if the reader may see it. */
export async function findNote(tx: Executor, personIds: string[], noteId: string, sensitive: boolean) {
  const [note] = await tx
    .select()
    .from(caseNotes)
    .where(and(eq(caseNotes.id, noteId), visible(personIds, sensitive)));
  return note;
}

/** Every version of a note, newest first, with who wrote each. */
export function versionsOf(tx: Executor, noteId: string) {
  return tx
    .select({ version: caseNoteVersions, writerName: users.displayName })
    .from(caseNoteVersions)
    .leftJoin(users, eq(users.id, caseNoteVersions.writtenBy))
    .where(eq(caseNoteVersions.noteId, noteId))
    .orderBy(desc(caseNoteVersions.version));
}
export type NoteVersion = Awaited<ReturnType<typeof versionsOf>>[number];

/** Every version of every note about the person, sensitive ones included, oldest first: for subject access only. */
export function everyVersion(tx: Executor, personIds: string[]) {
  return tx
    .select({ version: caseNoteVersions })
    .from(caseNoteVersions)
    .innerJoin(caseNotes, eq(caseNotes.id, caseNoteVersions.noteId))
    .where(inArray(caseNotes.personId, personIds))
    .orderBy(asc(caseNotes.createdAt), asc(caseNoteVersions.version));
}
