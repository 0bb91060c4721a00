import type { MessageKey } from '../../platform/i18n/catalog.ts';
import { notFound } from '../../platform/http/errors.ts';

/** An absent note, another person's, or a sensitive one the reader may not read: all answer the same 404. */
export const noteNotFound = () => notFound('casenotes.not_found');

/** Input only the stored note can refuse (lowering a sensitive marking, a correction that changes nothing). */
export class NoteInputError extends Error {
  override name = 'NoteInputError';
  constructor(
    readonly field: string,
    readonly problem: MessageKey,
  ) {
    super(problem);
  }
}

/** The correction was made against an older version: someone else corrected the note in between (409). */
export class StaleNote extends Error {
  override name = 'StaleNote';
  constructor(readonly currentVersion: number) {
    super('casenotes.stale_version');
  }
}
