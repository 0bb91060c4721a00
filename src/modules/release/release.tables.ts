import { sql } from 'drizzle-orm';
import { check, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../platform/auth/auth.tables.ts';
import { orgUnits } from '../../platform/org/org.tables.ts';
import { people } from '../people/people.tables.ts';
import type { HandoverPackage } from './release.package.ts';

/** The reintegration pathways of a pre-release plan, in the order staff work through them. */
export const PATHWAYS = [
  'accommodation',
  'identity_finance',
  'education_work',
  'family_community',
  'health_substance',
  'attitudes_behaviour',
] as const;
export const PATHWAY_STATUSES = ['not_started', 'in_progress', 'completed', 'not_needed'] as const;
export const ACTION_STATUSES = ['planned', 'in_progress', 'done', 'cancelled'] as const;
/** How the person is expected to leave; `death` and the like are not planned for. */
export const PLANNED_RELEASE_TYPES = [
  'end_of_sentence',
  'conditional_early_release',
  'to_probation',
  'amnesty',
  'pardon',
  'court_decision',
] as const;
/** Supervision after release, as the Law "On Probation" names it. */
export const SUPERVISION_TYPES = ['executive', 'post_penitentiary'] as const;
export const PLAN_TRIGGERS = ['window', 'sentence_change', 'manual'] as const;

/**
 * A pre-release plan: opened when the person's release comes within six months (by Kadam's daily pass, a
 * sentence change, or by hand), one open plan per person. It also carries the release route — type, date,
 * supervision and the receiving probation office — which decides whether a handover is owed and by when.
 */
export const releasePlans = pgTable(
  'release_plans',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    status: text('status', { enum: ['open', 'closed'] })
      .notNull()
      .default('open'),
    trigger: text('trigger', { enum: PLAN_TRIGGERS }).notNull(),
    /** The expected release date when the plan was opened or the route last saved. */
    releaseOn: date('release_on', { mode: 'string' }).notNull(),
    releaseType: text('release_type', { enum: PLANNED_RELEASE_TYPES }),
    supervision: text('supervision', { enum: SUPERVISION_TYPES }),
    receivingOfficeId: uuid('receiving_office_id').references(() => orgUnits.id),
    /** Null when Kadam opened the plan itself (the daily pass or a sentence change). */
    openedBy: uuid('opened_by').references(() => users.id),
    openedAt: timestamp('opened_at', { withTimezone: true }).notNull().defaultNow(),
    updatedBy: uuid('updated_by').references(() => users.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
    /** A plan closes when the person is released: the day, and who recorded the release. */
    closedOn: date('closed_on', { mode: 'string' }),
    closedBy: uuid('closed_by').references(() => users.id),
  },
  (table) => [
    uniqueIndex('release_plans_one_open_idx')
      .on(table.personId)
      .where(sql`${table.status} = 'open'`),
    index('release_plans_office_idx').on(table.receivingOfficeId),
  ],
);

export const releasePathways = pgTable(
  'release_pathways',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => releasePlans.id),
    pathway: text('pathway', { enum: PATHWAYS }).notNull(),
    needs: text('needs').notNull().default(''),
    status: text('status', { enum: PATHWAY_STATUSES }).notNull().default('not_started'),
    updatedBy: uuid('updated_by').references(() => users.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (table) => [uniqueIndex('release_pathways_plan_pathway_idx').on(table.planId, table.pathway)],
);

export const releaseActions = pgTable(
  'release_actions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    pathwayId: uuid('pathway_id')
      .notNull()
      .references(() => releasePathways.id),
    what: text('what').notNull(),
    /** The responsible person or agency, in the worker's words. */
    who: text('who').notNull(),
    targetOn: date('target_on', { mode: 'string' }).notNull(),
    status: text('status', { enum: ACTION_STATUSES }).notNull().default('planned'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedBy: uuid('updated_by').references(() => users.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (table) => [index('release_actions_pathway_idx').on(table.pathwayId)],
);

/**
 * The handover to probation: the package is a snapshot frozen when it was sent, so the receiving office reads
 * what the prison knew at that moment. One handover per plan; acknowledging it closes the loop.
 */
export const releaseHandovers = pgTable(
  'release_handovers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => releasePlans.id),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    fromUnitId: uuid('from_unit_id')
      .notNull()
      .references(() => orgUnits.id),
    toOfficeId: uuid('to_office_id')
      .notNull()
      .references(() => orgUnits.id),
    releaseOn: date('release_on', { mode: 'string' }).notNull(),
    /** The deadline that applied when it was sent (release date minus the configured days). */
    sendBy: date('send_by', { mode: 'string' }).notNull(),
    package: jsonb('package').$type<HandoverPackage>().notNull(),
    status: text('status', { enum: ['sent', 'acknowledged'] })
      .notNull()
      .default('sent'),
    sentBy: uuid('sent_by')
      .notNull()
      .references(() => users.id),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull().defaultNow(),
    acknowledgedBy: uuid('acknowledged_by').references(() => users.id),
    acknowledgedAt: timestamp('acknowledged_at', { withTimezone: true }),
    acknowledgementNote: text('acknowledgement_note'),
    version: integer('version').notNull().default(1),
  },
  (table) => [
    uniqueIndex('release_handovers_plan_idx').on(table.planId),
    index('release_handovers_office_idx').on(table.toOfficeId, table.status),
    check('release_handovers_ack', sql`(${table.status} = 'acknowledged') = (${table.acknowledgedAt} is not null)`),
  ],
);
