import { sql } from 'drizzle-orm';
import { check, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../platform/auth/auth.tables.ts';
import type { LocalisedName } from '../../platform/org/org.tables.ts';
import { people } from '../people/people.tables.ts';
import { programmeEnrolments } from '../programmes/programmes.tables.ts';

export const PLAN_KINDS = ['sentence', 'supervision'] as const;
export const PLAN_STATUSES = ['draft', 'submitted', 'returned', 'approved', 'closed'] as const;
export const AGREEMENTS = ['agreed', 'agreed_in_part', 'not_agreed'] as const;
export const OBJECTIVE_SOURCES = ['proposed', 'edited', 'staff'] as const;
export const ACTION_KINDS = ['general', 'programme'] as const;
export const ACTION_STATUSES = ['planned', 'in_progress', 'done', 'cancelled', 'not_completed'] as const;
/** Actions still to do: a plan with any of these cannot be closed. */
export const OPEN_ACTION_STATUSES = ['planned', 'in_progress'] as const;

/**
 * A person's individual plan: a sentence plan in prison, a supervision plan in probation. One plan is open
 * (not closed) per person at a time (a partial unique index); a closed plan stays, with its history, and a new
 * one may start. `rowVersion` moves on with every change to the plan or anything in it, so a form opened
 * before someone else's change is refused rather than saved over it.
 */
export const plans = pgTable(
  'plans',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    kind: text('kind', { enum: PLAN_KINDS }).notNull(),
    status: text('status', { enum: PLAN_STATUSES }).notNull().default('draft'),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    submittedBy: uuid('submitted_by').references(() => users.id),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    approvedBy: uuid('approved_by').references(() => users.id),
    approvedAt: timestamp('approved_at', { withTimezone: true }),
    returnComment: text('return_comment'),
    nextReviewDate: date('next_review_date', { mode: 'string' }),
    agreement: text('agreement', { enum: AGREEMENTS }),
    personWords: text('person_words'),
    agreementOn: date('agreement_on', { mode: 'string' }),
    closedBy: uuid('closed_by').references(() => users.id),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    closeReason: text('close_reason'),
    rowVersion: integer('row_version').notNull().default(1),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('plans_one_open_per_person_idx')
      .on(table.personId)
      .where(sql`${table.status} <> 'closed'`),
    index('plans_review_due_idx')
      .on(table.nextReviewDate)
      .where(sql`${table.status} = 'approved'`),
    check('plans_closed_reason', sql`${table.status} <> 'closed' or ${table.closeReason} is not null`),
  ],
);

/**
 * An objective: from needs Kadam proposed (accepted as worded, or edited by staff) or written by staff.
 * `needCodes` and `needTitles` keep which needs it answers (titles as the assessment worded them then), so a
 * need already covered is not proposed again.
 */
export const planObjectives = pgTable(
  'plan_objectives',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id),
    source: text('source', { enum: OBJECTIVE_SOURCES }).notNull(),
    /** The needs it answers (several when Kadam proposed one objective for needs of one theme); empty for staff's own. */
    needCodes: text('need_codes')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    needTitles: jsonb('need_titles').$type<LocalisedName[]>().notNull().default([]),
    wording: text('wording').notNull(),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('plan_objectives_plan_idx').on(table.planId, table.createdAt)],
);

/** A proposal staff turned down, with why: it is not proposed again in this plan, and the reason stays visible. */
export const planRejectedNeeds = pgTable(
  'plan_rejected_needs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id),
    needCode: text('need_code').notNull(),
    needTitle: jsonb('need_title').$type<LocalisedName>().notNull(),
    reason: text('reason').notNull(),
    rejectedBy: uuid('rejected_by')
      .notNull()
      .references(() => users.id),
    rejectedAt: timestamp('rejected_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [uniqueIndex('plan_rejected_needs_idx').on(table.planId, table.needCode)],
);

/**
 * What will be done towards an objective, by whom (a user, or an agency named in words) and by when. An action
 * of kind `programme` may hold the person's place on a programme group (`enrolmentId`); the programme's outcome
 * comes back as `done` or `not_completed` with the reason.
 */
export const planActions = pgTable(
  'plan_actions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id),
    objectiveId: uuid('objective_id')
      .notNull()
      .references(() => planObjectives.id),
    kind: text('kind', { enum: ACTION_KINDS }).notNull().default('general'),
    description: text('description').notNull(),
    responsibleUserId: uuid('responsible_user_id').references(() => users.id),
    responsibleAgency: text('responsible_agency'),
    targetDate: date('target_date', { mode: 'string' }).notNull(),
    status: text('status', { enum: ACTION_STATUSES }).notNull().default('planned'),
    statusReason: text('status_reason'),
    /** The person's place on a programme group, when the action enrolled them. */
    enrolmentId: uuid('enrolment_id').references(() => programmeEnrolments.id),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('plan_actions_plan_idx').on(table.planId, table.createdAt),
    index('plan_actions_enrolment_idx').on(table.enrolmentId),
    check('plan_actions_responsible', sql`${table.responsibleUserId} is not null or ${table.responsibleAgency} is not null`),
    check('plan_actions_reason', sql`${table.status} not in ('cancelled', 'not_completed') or ${table.statusReason} is not null`),
  ],
);

/** A review of the plan: what was said overall, and the next review date it set. */
export const planReviews = pgTable(
  'plan_reviews',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id),
    reviewedOn: date('reviewed_on', { mode: 'string' }).notNull(),
    summary: text('summary').notNull(),
    nextReviewDate: date('next_review_date', { mode: 'string' }).notNull(),
    reviewedBy: uuid('reviewed_by')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('plan_reviews_plan_idx').on(table.planId, table.reviewedOn)],
);

/** Progress on one objective, written at a review. */
export const planProgressNotes = pgTable(
  'plan_progress_notes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    reviewId: uuid('review_id')
      .notNull()
      .references(() => planReviews.id),
    objectiveId: uuid('objective_id')
      .notNull()
      .references(() => planObjectives.id),
    note: text('note').notNull(),
  },
  (table) => [uniqueIndex('plan_progress_notes_idx').on(table.reviewId, table.objectiveId)],
);

/**
 * The plan's history: every change, who made it (null only for Kadam itself), when, and why (the comment or
 * reason given). `event` is a stable code the pages word in each language; `details` says what changed.
 */
export const planHistory = pgTable(
  'plan_history',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id),
    event: text('event').notNull(),
    details: jsonb('details').$type<Record<string, string | null>>().notNull().default({}),
    reason: text('reason'),
    userId: uuid('user_id').references(() => users.id),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('plan_history_plan_idx').on(table.planId, table.at)],
);
