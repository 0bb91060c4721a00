import { boolean, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../platform/auth/auth.tables.ts';
import type { LocalisedName } from '../../platform/org/org.tables.ts';
import { PROBATION_TYPES } from '../people/people.tables.ts';

/**
 * The four probation types of the Law "On Probation" as reference data: names and descriptions in three
 * languages that an administrator may edit (the codes are the people module's, so they never change).
 */
export const probationTypes = pgTable('probation_types', {
  code: text('code', { enum: PROBATION_TYPES }).primaryKey(),
  name: jsonb('name').$type<LocalisedName>().notNull(),
  description: jsonb('description').$type<LocalisedName>().notNull(),
  version: integer('version').notNull().default(1),
  updatedBy: uuid('updated_by').references(() => users.id),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** The reference list of conditions a court may impose; orders may also carry free-text conditions. */
export const probationConditionTypes = pgTable('probation_condition_types', {
  code: text('code').primaryKey(),
  name: jsonb('name').$type<LocalisedName>().notNull(),
  active: boolean('active').notNull().default(true),
  sortOrder: integer('sort_order').notNull().default(0),
  version: integer('version').notNull().default(1),
});

/**
 * Supervision settings as data, not law: days between contacts per intensity, and the default number of
 * orders an officer carries. Kadam ships a starting value for each; the service may change them.
 */
export const probationSettings = pgTable('probation_settings', {
  key: text('key').primaryKey(),
  value: integer('value').notNull(),
  version: integer('version').notNull().default(1),
  updatedBy: uuid('updated_by').references(() => users.id),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** An officer's own capacity (orders they can carry), when it differs from the default. */
export const probationOfficerCapacities = pgTable('probation_officer_capacities', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id),
  capacity: integer('capacity').notNull(),
  updatedBy: uuid('updated_by').references(() => users.id),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
