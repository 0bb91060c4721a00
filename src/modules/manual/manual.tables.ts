import { index, integer, pgTable, text, timestamp, uniqueIndex, uuid, jsonb } from 'drizzle-orm/pg-core';
import { users } from '../../platform/auth/auth.tables.ts';
import type { LocalisedName } from '../../platform/org/org.tables.ts';

/**
 * A published version of a staff manual (`manualCode`, e.g. the manual on preventing recruitment). Versions are
 * never edited: a new one is published, and the earlier ones stay readable. The highest number is current.
 * `publishedBy` is null for the first version Kadam installs.
 */
export const manualVersions = pgTable(
  'manual_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    manualCode: text('manual_code').notNull(),
    version: integer('version').notNull(),
    title: jsonb('title').$type<LocalisedName>().notNull(),
    changeNote: text('change_note').notNull(),
    publishedBy: uuid('published_by').references(() => users.id),
    publishedAt: timestamp('published_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [uniqueIndex('manual_versions_code_version_idx').on(table.manualCode, table.version)],
);

/** One section of a version, in Kyrgyz, Russian and English, in reading order. */
export const manualSections = pgTable(
  'manual_sections',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    versionId: uuid('version_id')
      .notNull()
      .references(() => manualVersions.id),
    position: integer('position').notNull(),
    title: jsonb('title').$type<LocalisedName>().notNull(),
    body: jsonb('body').$type<LocalisedName>().notNull(),
  },
  (table) => [uniqueIndex('manual_sections_version_position_idx').on(table.versionId, table.position)],
);

/** A member of staff's "read and understood" for one version: once per person and version. */
export const manualAcknowledgements = pgTable(
  'manual_acknowledgements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    versionId: uuid('version_id')
      .notNull()
      .references(() => manualVersions.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    acknowledgedAt: timestamp('acknowledged_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('manual_acknowledgements_version_user_idx').on(table.versionId, table.userId),
    index('manual_acknowledgements_user_idx').on(table.userId),
  ],
);
