import { sql } from 'drizzle-orm';
import { type AnyPgColumn, boolean, check, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** A name in each of Kadam's languages; reference data is always shown in the reader's language. */
export type LocalisedName = { ky: string; ru: string; en: string };

export const TERRITORY_KINDS = ['oblast', 'city_republican', 'district', 'city', 'city_district'] as const;
export const ORG_UNIT_KINDS = [
  'agency',
  'colony',
  'colony_settlement',
  'pretrial_centre',
  'prison_hospital',
  'probation_office',
  'forensic_laboratory',
  'training_centre',
  'partner_organisation',
] as const;
export const REGIMES = ['general', 'strengthened', 'strict', 'special', 'women', 'juvenile', 'mixed', 'settlement'] as const;

/** Oblasts, the two cities of republican significance, districts and cities: where units and people are. */
export const territories = pgTable(
  'territories',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    code: text('code').notNull().unique(),
    kind: text('kind', { enum: TERRITORY_KINDS }).notNull(),
    parentId: uuid('parent_id').references((): AnyPgColumn => territories.id),
    name: jsonb('name').$type<LocalisedName>().notNull(),
    projectLocation: boolean('project_location').notNull().default(false),
    version: integer('version').notNull().default(1),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('territories_parent_idx').on(table.parentId),
    check('territories_kind_check', sql`${table.kind} in ('oblast','city_republican','district','city','city_district')`),
  ],
);

/**
 * The organisation tree: agency → facility / probation office / laboratory / training centre / partner.
 * Access scope is a unit and its descendants, so every user's roles hang off a unit here.
 */
export const orgUnits = pgTable(
  'org_units',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    code: text('code').notNull().unique(),
    kind: text('kind', { enum: ORG_UNIT_KINDS }).notNull(),
    parentId: uuid('parent_id').references((): AnyPgColumn => orgUnits.id),
    territoryId: uuid('territory_id').references(() => territories.id),
    name: jsonb('name').$type<LocalisedName>().notNull(),
    shortName: jsonb('short_name').$type<LocalisedName>(),
    regime: text('regime', { enum: REGIMES }),
    /** Has a dedicated unit for violent extremist prisoners. */
    veUnit: boolean('ve_unit').notNull().default(false),
    capacity: integer('capacity'),
    active: boolean('active').notNull().default(true),
    version: integer('version').notNull().default(1),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('org_units_parent_idx').on(table.parentId),
    index('org_units_territory_idx').on(table.territoryId),
    check('org_units_capacity_check', sql`${table.capacity} is null or ${table.capacity} >= 0`),
  ],
);
