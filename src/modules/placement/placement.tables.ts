import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../platform/auth/auth.tables.ts';
import { orgUnits } from '../../platform/org/org.tables.ts';
import { people } from '../people/people.tables.ts';

export const CELL_SEXES = ['male', 'female'] as const;
export const CELL_AGE_GROUPS = ['adult', 'juvenile'] as const;
export const CELL_CUSTODIES = ['remand', 'convicted', 'any'] as const;

/** A unit or wing of a facility (an org unit of a custody kind): the level the occupancy view groups by. */
export const placementUnits = pgTable(
  'placement_units',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    facilityId: uuid('facility_id')
      .notNull()
      .references(() => orgUnits.id),
    code: text('code').notNull(),
    name: text('name').notNull(),
    version: integer('version').notNull().default(1),
    updatedBy: uuid('updated_by').references(() => users.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [uniqueIndex('placement_units_code_idx').on(table.facilityId, table.code)],
);

/** A cell with its capacity and the attributes the law's separations and the facility's policy check. */
export const placementCells = pgTable(
  'placement_cells',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => placementUnits.id),
    code: text('code').notNull(),
    capacity: integer('capacity').notNull(),
    sex: text('sex', { enum: CELL_SEXES }).notNull(),
    ageGroup: text('age_group', { enum: CELL_AGE_GROUPS }).notNull(),
    custody: text('custody', { enum: CELL_CUSTODIES }).notNull(),
    regime: text('regime'),
    specialistUnit: boolean('specialist_unit').notNull().default(false),
    separationUnit: boolean('separation_unit').notNull().default(false),
    version: integer('version').notNull().default(1),
    updatedBy: uuid('updated_by').references(() => users.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('placement_cells_code_idx').on(table.unitId, table.code),
    check('placement_cells_capacity_check', sql`${table.capacity} between 1 and 100`),
  ],
);

/** Where each person is now: one row per person, its version guarding against two moves at once. */
export const placementLocations = pgTable('placement_locations', {
  personId: uuid('person_id')
    .primaryKey()
    .references(() => people.id),
  cellId: uuid('cell_id')
    .notNull()
    .references(() => placementCells.id),
  movedAt: timestamp('moved_at', { withTimezone: true }).notNull().defaultNow(),
  version: integer('version').notNull().default(1),
});

/** Every move, with the conflicts the check found and, when a manager overrode them, why and who. */
export const placementMoves = pgTable(
  'placement_moves',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    fromCellId: uuid('from_cell_id').references(() => placementCells.id),
    toCellId: uuid('to_cell_id')
      .notNull()
      .references(() => placementCells.id),
    facilityId: uuid('facility_id')
      .notNull()
      .references(() => orgUnits.id),
    movedAt: timestamp('moved_at', { withTimezone: true }).notNull().defaultNow(),
    movedBy: uuid('moved_by')
      .notNull()
      .references(() => users.id),
    reason: text('reason').notNull(),
    conflicts: jsonb('conflicts').$type<{ code: string; kind: string; withPersonIds: string[] }[]>().notNull(),
    overrideReason: text('override_reason'),
    approvedBy: uuid('approved_by').references(() => users.id),
  },
  (table) => [
    index('placement_moves_person_idx').on(table.personId, table.movedAt),
    index('placement_moves_facility_idx').on(table.facilityId, table.movedAt),
    check('placement_moves_override_check', sql`jsonb_array_length(${table.conflicts}) = 0 or ${table.overrideReason} is not null`),
  ],
);

/** A period in separation or solitary conditions: counted against the limit (separation.counter.ts). */
export const separationPeriods = pgTable(
  'separation_periods',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    facilityId: uuid('facility_id')
      .notNull()
      .references(() => orgUnits.id),
    startedOn: date('started_on', { mode: 'string' }).notNull(),
    endedOn: date('ended_on', { mode: 'string' }),
    reason: text('reason').notNull(),
    decidedBy: uuid('decided_by')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (table) => [
    index('separation_periods_person_idx').on(table.personId, table.startedOn),
    check('separation_periods_dates_check', sql`${table.endedOn} is null or ${table.endedOn} >= ${table.startedOn}`),
  ],
);

/** An extension past the limit: asked for by one person, in force only once a second one (a manager) approves. */
export const separationExtensions = pgTable(
  'separation_extensions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    periodId: uuid('period_id')
      .notNull()
      .references(() => separationPeriods.id),
    until: date('until', { mode: 'string' }).notNull(),
    reason: text('reason').notNull(),
    requestedBy: uuid('requested_by')
      .notNull()
      .references(() => users.id),
    requestedAt: timestamp('requested_at', { withTimezone: true }).notNull().defaultNow(),
    approvedBy: uuid('approved_by').references(() => users.id),
    approvedAt: timestamp('approved_at', { withTimezone: true }),
  },
  (table) => [
    index('separation_extensions_period_idx').on(table.periodId),
    check('separation_extensions_second_person', sql`${table.approvedBy} is null or ${table.approvedBy} <> ${table.requestedBy}`),
  ],
);
