import { sql } from 'drizzle-orm';
import { check, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../platform/auth/auth.tables.ts';
import { people } from '../people/people.tables.ts';

/**
 * Where a concern stands in the loop (modelled on the UK CSIP): reported and waiting for triage; triaged into an
 * investigation; findings recorded and waiting for a decision; decided (an alert, a reassessment, a referral or a
 * plan to follow); a plan in force with reviews; closed. `concerns.workflow.ts` says which step may follow which.
 */
export const CONCERN_STATUSES = ['reported', 'investigating', 'awaiting_decision', 'decided', 'planned', 'closed'] as const;
export const TRIAGE_OUTCOMES = ['investigate', 'no_further_action'] as const;
export const CONCERN_DECISIONS = ['no_further_action', 'alert', 'plan', 'reassessment', 'referral'] as const;
/** The alerts a decision may raise (a "must not be located with" alert names a second person: the alerts tab does that). */
export const DECISION_ALERTS = ['vulnerable_to_recruitment', 'violent_extremist_offender', 'violence_risk'] as const;

/**
 * A concern reported by a member of staff about a person: what they saw (behaviour-based indicators and their own
 * words), where and when, and then each step of the loop on the same row (who, when, what). The step's history
 * rows keep the order and the reasons; `rowVersion` moves on with every step, so a stale form is refused.
 */
export const concerns = pgTable(
  'concerns',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    reportedBy: uuid('reported_by')
      .notNull()
      .references(() => users.id),
    reportedAt: timestamp('reported_at', { withTimezone: true }).notNull().defaultNow(),
    observedAt: timestamp('observed_at', { withTimezone: true }).notNull(),
    place: text('place'),
    indicators: text('indicators')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    description: text('description').notNull().default(''),
    /** Set when reported, from the configured number of working days: overdue triage is on the leads' worklist. */
    triageDueAt: timestamp('triage_due_at', { withTimezone: true }).notNull(),
    status: text('status', { enum: CONCERN_STATUSES }).notNull().default('reported'),
    triageOutcome: text('triage_outcome', { enum: TRIAGE_OUTCOMES }),
    triageNote: text('triage_note'),
    triagedBy: uuid('triaged_by').references(() => users.id),
    triagedAt: timestamp('triaged_at', { withTimezone: true }),
    findings: text('findings'),
    investigatedBy: uuid('investigated_by').references(() => users.id),
    investigatedAt: timestamp('investigated_at', { withTimezone: true }),
    decision: text('decision', { enum: CONCERN_DECISIONS }),
    decisionReasons: text('decision_reasons'),
    alertType: text('alert_type', { enum: DECISION_ALERTS }),
    referralAgency: text('referral_agency'),
    decidedBy: uuid('decided_by').references(() => users.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    nextReviewDate: date('next_review_date', { mode: 'string' }),
    closedBy: uuid('closed_by').references(() => users.id),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    closeReason: text('close_reason'),
    rowVersion: integer('row_version').notNull().default(1),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('concerns_person_idx').on(table.personId, table.reportedAt),
    index('concerns_open_idx')
      .on(table.status, table.triageDueAt)
      .where(sql`${table.status} <> 'closed'`),
    index('concerns_reporter_idx').on(table.reportedBy),
    check('concerns_something_observed', sql`cardinality(${table.indicators}) > 0 or length(${table.description}) > 0`),
    check('concerns_closed_reason', sql`${table.status} <> 'closed' or ${table.closeReason} is not null`),
  ],
);

/** Other people the reporter named as involved (by search within their own units). */
export const concernPeopleInvolved = pgTable(
  'concern_people_involved',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    concernId: uuid('concern_id')
      .notNull()
      .references(() => concerns.id),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
  },
  (table) => [
    uniqueIndex('concern_people_involved_idx').on(table.concernId, table.personId),
    index('concern_people_involved_person_idx').on(table.personId),
  ],
);

/** The plan's actions: what will be done, by whom (a person or a service, in words) and by when. */
export const concernPlanActions = pgTable(
  'concern_plan_actions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    concernId: uuid('concern_id')
      .notNull()
      .references(() => concerns.id),
    description: text('description').notNull(),
    responsible: text('responsible').notNull(),
    targetDate: date('target_date', { mode: 'string' }).notNull(),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('concern_plan_actions_concern_idx').on(table.concernId)],
);

/** A review of the plan: what has changed, and the next review date. */
export const concernReviews = pgTable(
  'concern_reviews',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    concernId: uuid('concern_id')
      .notNull()
      .references(() => concerns.id),
    reviewedOn: date('reviewed_on', { mode: 'string' }).notNull(),
    summary: text('summary').notNull(),
    nextReviewDate: date('next_review_date', { mode: 'string' }).notNull(),
    reviewedBy: uuid('reviewed_by')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('concern_reviews_concern_idx').on(table.concernId, table.reviewedOn)],
);

/**
 * Every step of a concern, who took it (null only for Kadam itself), when and why. `event` is a stable code the
 * pages word in each language; `details` says what was chosen. Written in the step's own transaction.
 */
export const concernHistory = pgTable(
  'concern_history',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    concernId: uuid('concern_id')
      .notNull()
      .references(() => concerns.id),
    event: text('event').notNull(),
    details: jsonb('details').$type<Record<string, string | null>>().notNull().default({}),
    reason: text('reason'),
    userId: uuid('user_id').references(() => users.id),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('concern_history_concern_idx').on(table.concernId, table.at)],
);
