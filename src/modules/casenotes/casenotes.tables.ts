import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../platform/auth/auth.tables.ts';
import { people } from '../people/people.tables.ts';

export const NOTE_TYPES = ['contact', 'observation', 'decision', 'other'] as const;

/**
 * How widely a note may be read. `ordinary` notes need `casenotes:read`; the three sensitive kinds (health,
 * psychological, security) need `casenotes:sensitive` as well, and a reader without it is not told they exist.
 */
export const SENSITIVITIES = ['ordinary', 'health', 'psychological', 'security'] as const;

/**
 * A case note about a person. Its text lives in versions: a correction adds a version with a reason and the
 * earlier ones stay, so nothing written is ever changed silently. `sensitive` is set when any version was marked
 * sensitive and never cleared, so an earlier sensitive text cannot become readable by lowering the marking.
 */
export const caseNotes = pgTable(
  'case_notes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    sensitive: boolean('sensitive').notNull().default(false),
    /** The number of the latest version: the row version a correction form carries. */
    currentVersion: integer('current_version').notNull().default(1),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('case_notes_person_idx').on(table.personId)],
);

/** One version of a note's content, as written; version 1 is the original, later ones are corrections with a reason. */
export const caseNoteVersions = pgTable(
  'case_note_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    noteId: uuid('note_id')
      .notNull()
      .references(() => caseNotes.id),
    version: integer('version').notNull(),
    type: text('type', { enum: NOTE_TYPES }).notNull(),
    sensitivity: text('sensitivity', { enum: SENSITIVITIES }).notNull(),
    /** The day the contact or observation took place, or the decision was taken. */
    occurredOn: date('occurred_on', { mode: 'string' }).notNull(),
    text: text('text').notNull(),
    /** Why the note was corrected: required for every version after the first. */
    reason: text('reason'),
    writtenBy: uuid('written_by')
      .notNull()
      .references(() => users.id),
    writtenAt: timestamp('written_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('case_note_versions_note_version_idx').on(table.noteId, table.version),
    check('case_note_versions_reason', sql`(${table.version} = 1) = (${table.reason} is null)`),
    check('case_note_versions_positive', sql`${table.version} >= 1`),
  ],
);
