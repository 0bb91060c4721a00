import { sql } from 'drizzle-orm';
import { type AnyPgColumn, check, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../platform/auth/auth.tables.ts';
import { people } from '../people/people.tables.ts';
import type { AssessmentAnswers } from './assessments.answers.ts';
import type { InstrumentDefinition, LocalisedText } from './instruments/instrument.definition.ts';
import { INSTRUMENT_KINDS } from './instruments/instrument.definition.ts';

export const INSTRUMENT_VERSION_STATUSES = ['draft', 'published', 'retired'] as const;
export const ASSESSMENT_STATUSES = ['draft', 'submitted', 'returned', 'approved', 'superseded'] as const;
export const ASSESSMENT_REASONS = [
  'admission',
  'new_probation_client',
  'periodic',
  'screening_routed',
  'incident',
  'transfer',
  'sentence_change',
  'pre_release',
  'correction',
  'other',
] as const;

/** An instrument is a name and a code; what it asks lives in its versions. */
export const instruments = pgTable('instruments', {
  id: uuid('id').primaryKey().defaultRandom(),
  code: text('code').notNull().unique(),
  kind: text('kind', { enum: INSTRUMENT_KINDS }).notNull(),
  name: jsonb('name').$type<LocalisedText>().notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * One version of an instrument's definition. A draft may be edited (translated); publishing freezes it with the
 * hash of its canonical JSON — a trigger refuses any later change of the definition — and retiring only stops
 * new assessments with it. Assessments point at the version they were made with, forever.
 */
export const instrumentVersions = pgTable(
  'instrument_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    instrumentId: uuid('instrument_id')
      .notNull()
      .references(() => instruments.id),
    version: integer('version').notNull(),
    status: text('status', { enum: INSTRUMENT_VERSION_STATUSES }).notNull().default('draft'),
    definition: jsonb('definition').$type<InstrumentDefinition>().notNull(),
    contentHash: text('content_hash').notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    publishedBy: uuid('published_by').references(() => users.id),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    retiredBy: uuid('retired_by').references(() => users.id),
    retiredAt: timestamp('retired_at', { withTimezone: true }),
    rowVersion: integer('row_version').notNull().default(1),
  },
  (table) => [uniqueIndex('instrument_versions_number_idx').on(table.instrumentId, table.version)],
);

/** Who may sign an instrument's assessments, and until when. The training module will feed these later. */
export const accreditations = pgTable(
  'accreditations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    instrumentId: uuid('instrument_id')
      .notNull()
      .references(() => instruments.id),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validUntil: date('valid_until', { mode: 'string' }),
    grantedBy: uuid('granted_by').references(() => users.id),
    note: text('note'),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    revokedBy: uuid('revoked_by').references(() => users.id),
    revocationReason: text('revocation_reason'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('accreditations_user_idx').on(table.userId, table.instrumentId),
    check('accreditations_dates', sql`${table.validUntil} is null or ${table.validUntil} >= ${table.validFrom}`),
  ],
);

/**
 * One assessment of one person with one instrument version. `answers` is the whole workspace, saved as one
 * document so that an autosave is one write and `rowVersion` refuses a stale one. Approved assessments are
 * locked (a trigger refuses changes to their answers); a correction is a new assessment with `correctsId`.
 */
export const assessments = pgTable(
  'assessments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    instrumentVersionId: uuid('instrument_version_id')
      .notNull()
      .references(() => instrumentVersions.id),
    status: text('status', { enum: ASSESSMENT_STATUSES }).notNull().default('draft'),
    reason: text('reason', { enum: ASSESSMENT_REASONS }).notNull(),
    answers: jsonb('answers').$type<AssessmentAnswers>().notNull(),
    assessorId: uuid('assessor_id')
      .notNull()
      .references(() => users.id),
    /** Everyone who saved the draft: none of them may review it (the second pair of eyes must be fresh). */
    contributorIds: uuid('contributor_ids').array().notNull(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    reviewerId: uuid('reviewer_id').references(() => users.id),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    /** approved / overridden: how the second person decided; `overrideJudgements` holds what they decided instead. */
    reviewOutcome: text('review_outcome', { enum: ['approved', 'overridden'] }),
    overrideJudgements: jsonb('override_judgements').$type<Record<string, string>>(),
    overrideReason: text('override_reason'),
    nextReviewDate: date('next_review_date', { mode: 'string' }),
    correctsId: uuid('corrects_id').references((): AnyPgColumn => assessments.id),
    supersededById: uuid('superseded_by_id').references((): AnyPgColumn => assessments.id),
    rowVersion: integer('row_version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('assessments_person_idx').on(table.personId, table.createdAt),
    index('assessments_review_due_idx')
      .on(table.nextReviewDate)
      .where(sql`${table.status} = 'approved'`),
    check('assessments_override_reason', sql`${table.reviewOutcome} is distinct from 'overridden' or ${table.overrideReason} is not null`),
  ],
);

/** Each step of an assessment's workflow, with the comment returned or the reason given: its visible history. */
export const assessmentSteps = pgTable(
  'assessment_steps',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    assessmentId: uuid('assessment_id')
      .notNull()
      .references(() => assessments.id),
    action: text('action').notNull(),
    fromStatus: text('from_status'),
    toStatus: text('to_status').notNull(),
    comment: text('comment'),
    actorId: uuid('actor_id')
      .notNull()
      .references(() => users.id),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('assessment_steps_assessment_idx').on(table.assessmentId, table.at)],
);
