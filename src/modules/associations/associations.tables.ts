import { sql } from 'drizzle-orm';
import { check, date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../platform/auth/auth.tables.ts';
import { people } from '../people/people.tables.ts';

/**
 * The kinds of link staff record between two people. All but `visitor` read the same from either side; a
 * `visitor` link says the other person visits this one.
 */
export const ASSOCIATION_KINDS = ['co_defendant', 'same_group', 'family', 'frequent_contact', 'visitor'] as const;

/** Where the knowledge of a link came from: a reader weighs a court's judgment differently from an observation. */
export const ASSOCIATION_SOURCES = [
  'court_judgment',
  'case_file',
  'visits_log',
  'concern_report',
  'staff_observation',
  'person_stated',
  'other_agency',
] as const;

/**
 * A recorded link between two people. Links are never deleted: one found wrong or no longer true is ended with a
 * reason and stays in the history. One link of a kind between the same two people is in force at a time,
 * whichever of the two it was recorded on.
 */
export const personAssociations = pgTable(
  'person_associations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The person the link was recorded on; for a visitor, the person visited. */
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    /** The other person; for a visitor, the one who visits. */
    otherPersonId: uuid('other_person_id')
      .notNull()
      .references(() => people.id),
    kind: text('kind', { enum: ASSOCIATION_KINDS }).notNull(),
    source: text('source', { enum: ASSOCIATION_SOURCES }).notNull(),
    /** The document, visit record or report the link is known from, as staff can find it again. */
    sourceReference: text('source_reference'),
    /** The day the link was established or first known. */
    knownSince: date('known_since', { mode: 'string' }).notNull(),
    note: text('note'),
    recordedBy: uuid('recorded_by')
      .notNull()
      .references(() => users.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
    endedAt: timestamp('ended_at', { withTimezone: true }),
    endedBy: uuid('ended_by').references(() => users.id),
    endReason: text('end_reason'),
    /** The row version an end form carries, so a link ended meanwhile is not ended twice. */
    version: integer('version').notNull().default(1),
  },
  (table) => [
    index('person_associations_person_idx').on(table.personId),
    index('person_associations_other_idx').on(table.otherPersonId),
    uniqueIndex('person_associations_in_force_idx')
      .on(sql`least(${table.personId}, ${table.otherPersonId})`, sql`greatest(${table.personId}, ${table.otherPersonId})`, table.kind)
      .where(sql`${table.endedAt} is null and ${table.kind} <> 'visitor'`),
    uniqueIndex('person_associations_visitor_in_force_idx')
      .on(table.personId, table.otherPersonId)
      .where(sql`${table.endedAt} is null and ${table.kind} = 'visitor'`),
    check('person_associations_two_people', sql`${table.personId} <> ${table.otherPersonId}`),
    check(
      'person_associations_ended',
      sql`(${table.endedAt} is null) = (${table.endedBy} is null) and (${table.endedAt} is null) = (${table.endReason} is null)`,
    ),
  ],
);

export type AssociationRow = typeof personAssociations.$inferSelect;
