import { sql } from 'drizzle-orm';
import { type AnyPgColumn, check, date, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../platform/auth/auth.tables.ts';
import { orgUnits } from '../../platform/org/org.tables.ts';
import { people } from '../people/people.tables.ts';
import type { RISK_LEVELS, SUPERVISION_INTENSITIES } from './instruments/instrument.definition.ts';

export const CLASSIFICATION_CATEGORIES = ['violent_extremist_offender', 'at_risk_of_radicalisation', 'general'] as const;
export const PLACEMENT_OPTIONS = ['dispersal', 'concentration', 'separation'] as const;
export const CLASSIFICATION_STATUSES = ['proposed', 'confirmed', 'overridden', 'returned', 'superseded'] as const;
export const CHALLENGE_SUBJECTS = ['assessment', 'classification'] as const;
export const CHALLENGE_OUTCOMES = ['upheld', 'partly_upheld', 'not_upheld', 'withdrawn'] as const;

type RiskLevel = (typeof RISK_LEVELS)[number];

/** What a classification says: proposed by Kadam from the approved assessments, or decided by the committee. */
export type ClassificationContent = {
  category: (typeof CLASSIFICATION_CATEGORIES)[number];
  violence: RiskLevel | null;
  influence: RiskLevel | null;
  vulnerability: RiskLevel | null;
  reoffending: RiskLevel | null;
  /** For prisoners: the least restrictive option the facility's policy allows that manages the risk. */
  placement: (typeof PLACEMENT_OPTIONS)[number] | null;
  /** For probation clients: how closely they are supervised. */
  intensity: (typeof SUPERVISION_INTENSITIES)[number] | null;
};

/**
 * A classification: Kadam's proposal (`proposal`, with the assessments it came from) and the human decision
 * (`decision`): confirmed as proposed, overridden with a reason, or returned with a comment. The person page
 * shows the latest decided one; it has a next review date like an assessment.
 */
export const classifications = pgTable(
  'classifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    status: text('status', { enum: CLASSIFICATION_STATUSES }).notNull().default('proposed'),
    basisAssessmentIds: uuid('basis_assessment_ids').array().notNull(),
    proposal: jsonb('proposal').$type<ClassificationContent>().notNull(),
    /** Why Kadam proposed what it did, as `ProposalReason` codes the pages and documents word in each language. */
    proposalReasons: text('proposal_reasons')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    proposedBy: uuid('proposed_by')
      .notNull()
      .references(() => users.id),
    proposedAt: timestamp('proposed_at', { withTimezone: true }).notNull().defaultNow(),
    decision: jsonb('decision').$type<ClassificationContent>(),
    decisionReason: text('decision_reason'),
    returnComment: text('return_comment'),
    decidedBy: uuid('decided_by').references(() => users.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    nextReviewDate: date('next_review_date', { mode: 'string' }),
    supersededById: uuid('superseded_by_id').references((): AnyPgColumn => classifications.id),
    rowVersion: integer('row_version').notNull().default(1),
  },
  (table) => [
    index('classifications_person_idx').on(table.personId, table.proposedAt),
    check('classifications_override_reason', sql`${table.status} <> 'overridden' or ${table.decisionReason} is not null`),
  ],
);

/** Each facility's placement policy: which options it runs. The proposal picks among these. */
export const placementPolicies = pgTable('placement_policies', {
  unitId: uuid('unit_id')
    .primaryKey()
    .references(() => orgUnits.id),
  options: text('options', { enum: PLACEMENT_OPTIONS }).array().notNull(),
  updatedBy: uuid('updated_by').references(() => users.id),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Every change of a next review date, by hand (reason required) or by a trigger (the trigger is the reason). */
export const reviewDateChanges = pgTable(
  'review_date_changes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    subjectType: text('subject_type', { enum: CHALLENGE_SUBJECTS }).notNull(),
    subjectId: uuid('subject_id').notNull(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    previousDate: date('previous_date', { mode: 'string' }),
    newDate: date('new_date', { mode: 'string' }).notNull(),
    trigger: text('trigger'),
    reason: text('reason').notNull(),
    changedBy: uuid('changed_by').references(() => users.id),
    changedAt: timestamp('changed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('review_date_changes_subject_idx').on(table.subjectType, table.subjectId)],
);

/** The person's challenge to an assessment or a classification, the response and the outcome. */
export const challenges = pgTable(
  'challenges',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    subjectType: text('subject_type', { enum: CHALLENGE_SUBJECTS }).notNull(),
    subjectId: uuid('subject_id').notNull(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    receivedOn: date('received_on', { mode: 'string' }).notNull(),
    grounds: text('grounds').notNull(),
    recordedBy: uuid('recorded_by')
      .notNull()
      .references(() => users.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
    response: text('response'),
    outcome: text('outcome', { enum: CHALLENGE_OUTCOMES }),
    respondedBy: uuid('responded_by').references(() => users.id),
    respondedAt: timestamp('responded_at', { withTimezone: true }),
    rowVersion: integer('row_version').notNull().default(1),
  },
  (table) => [
    index('challenges_subject_idx').on(table.subjectType, table.subjectId),
    check('challenges_response_with_outcome', sql`(${table.response} is null) = (${table.outcome} is null)`),
  ],
);
