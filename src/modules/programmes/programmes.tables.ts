import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../platform/auth/auth.tables.ts';
import { type LocalisedName, orgUnits } from '../../platform/org/org.tables.ts';
import { LEGAL_STATUSES, people, SEXES } from '../people/people.tables.ts';

export { LEGAL_STATUSES, SEXES };
/** The languages a programme can be delivered in: the same codes as a person's languages (people module). */
export const DELIVERY_LANGUAGES = ['ky', 'ru', 'uz', 'tg', 'en', 'other'] as const;
export const PROGRAMME_RISK_LEVELS = ['low', 'moderate', 'high'] as const;
export const PROGRAMME_STATUSES = ['active', 'retired'] as const;
/** Where a catalogue entry comes from: the modules, or the project's training modules for VE prisoners. */
export const PROGRAMME_SOURCES = ['kadam', 'pbf_training_modules', 'local'] as const;
export const SESSION_STATUSES = ['planned', 'held', 'cancelled'] as const;
export const ENROLMENT_STATUSES = ['enrolled', 'waiting', 'completed', 'not_completed'] as const;
export const ABSENCE_REASONS = [
  'illness',
  'medical',
  'court_or_transfer',
  'disciplinary',
  'visit',
  'refused',
  'work_or_study',
  'other',
] as const;
export const NON_COMPLETION_REASONS = [
  'released',
  'transferred',
  'withdrew',
  'absences',
  'removed_for_conduct',
  'health',
  'other',
] as const;

/**
 * The programme catalogue: rehabilitation and reintegration modules in three languages, the needs they target
 * (indicator codes of the shipped instruments) and who may take part. Empty rule arrays mean "no restriction".
 */
export const programmes = pgTable(
  'programmes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    code: text('code').notNull().unique(),
    title: jsonb('title').$type<LocalisedName>().notNull(),
    description: jsonb('description').$type<LocalisedName>().notNull(),
    source: text('source', { enum: PROGRAMME_SOURCES }).notNull().default('local'),
    targetNeeds: text('target_needs')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    sexes: text('sexes')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    ageMin: integer('age_min'),
    ageMax: integer('age_max'),
    riskLevels: text('risk_levels')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    legalStatuses: text('legal_statuses')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** The person must speak one of them; a group is delivered in one of them. */
    deliveryLanguages: text('delivery_languages').array().notNull(),
    sessionCount: integer('session_count').notNull(),
    defaultCapacity: integer('default_capacity').notNull(),
    status: text('status', { enum: PROGRAMME_STATUSES }).notNull().default('active'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedBy: uuid('updated_by').references(() => users.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    check('programmes_sessions_check', sql`${table.sessionCount} between 1 and 200`),
    check('programmes_capacity_check', sql`${table.defaultCapacity} between 1 and 100`),
    check('programmes_age_check', sql`${table.ageMin} is null or ${table.ageMax} is null or ${table.ageMin} <= ${table.ageMax}`),
  ],
);

/** A programme run at one facility or probation office, by a facilitator, in a room, in one language. */
export const programmeGroups = pgTable(
  'programme_groups',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programmes.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => orgUnits.id),
    facilitatorId: uuid('facilitator_id')
      .notNull()
      .references(() => users.id),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    room: text('room').notNull(),
    /** What the room allows; the group's capacity may not exceed it. */
    roomPlaces: integer('room_places').notNull(),
    capacity: integer('capacity').notNull(),
    language: text('language', { enum: DELIVERY_LANGUAGES }).notNull(),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedBy: uuid('updated_by').references(() => users.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (table) => [
    index('programme_groups_unit_idx').on(table.unitId),
    index('programme_groups_facilitator_idx').on(table.facilitatorId),
    check('programme_groups_capacity_check', sql`${table.capacity} >= 1 and ${table.capacity} <= ${table.roomPlaces}`),
  ],
);

/** The group's schedule: one row per session, with what the facilitator noted once it was held. */
export const programmeSessions = pgTable(
  'programme_sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    groupId: uuid('group_id')
      .notNull()
      .references(() => programmeGroups.id),
    number: integer('number').notNull(),
    heldOn: date('held_on', { mode: 'string' }).notNull(),
    startsAt: text('starts_at').notNull(),
    endsAt: text('ends_at').notNull(),
    status: text('status', { enum: SESSION_STATUSES }).notNull().default('planned'),
    notes: text('notes'),
    recordedBy: uuid('recorded_by').references(() => users.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true }),
  },
  (table) => [
    uniqueIndex('programme_sessions_number_idx').on(table.groupId, table.number),
    index('programme_sessions_day_idx').on(table.heldOn),
    check('programme_sessions_time_check', sql`${table.startsAt} ~ '^[0-2][0-9]:[0-5][0-9]$' and ${table.endsAt} > ${table.startsAt}`),
  ],
);

/**
 * A person's place in a group. `waiting` places are ordered by `queuedAt`: when a place frees, the first one
 * moves up. A person holds at most one open place (enrolled or waiting) per programme.
 */
export const programmeEnrolments = pgTable(
  'programme_enrolments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    groupId: uuid('group_id')
      .notNull()
      .references(() => programmeGroups.id),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programmes.id),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    status: text('status', { enum: ENROLMENT_STATUSES }).notNull(),
    queuedAt: timestamp('queued_at', { withTimezone: true }).notNull().defaultNow(),
    enrolledOn: date('enrolled_on', { mode: 'string' }),
    outcomeReason: text('outcome_reason', { enum: NON_COMPLETION_REASONS }),
    outcomeNote: text('outcome_note'),
    outcomeOn: date('outcome_on', { mode: 'string' }),
    outcomeBy: uuid('outcome_by').references(() => users.id),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (table) => [
    index('programme_enrolments_group_idx').on(table.groupId, table.status, table.queuedAt),
    index('programme_enrolments_person_idx').on(table.personId),
    uniqueIndex('programme_enrolments_open_idx')
      .on(table.personId, table.programmeId)
      .where(sql`${table.status} in ('enrolled', 'waiting')`),
  ],
);

/** Attendance of one enrolled person at one held session: present, or absent with a reason from the list. */
export const programmeAttendance = pgTable(
  'programme_attendance',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => programmeSessions.id),
    enrolmentId: uuid('enrolment_id')
      .notNull()
      .references(() => programmeEnrolments.id),
    attended: boolean('attended').notNull(),
    absenceReason: text('absence_reason', { enum: ABSENCE_REASONS }),
    note: text('note'),
    recordedBy: uuid('recorded_by')
      .notNull()
      .references(() => users.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('programme_attendance_unique_idx').on(table.sessionId, table.enrolmentId),
    check('programme_attendance_reason_check', sql`${table.attended} = (${table.absenceReason} is null)`),
  ],
);
