import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../platform/auth/auth.tables.ts';
import { type LocalisedName, orgUnits } from '../../platform/org/org.tables.ts';
import { assessments } from '../assessments/assessments.tables.ts';
import { people, probationEpisodes } from '../people/people.tables.ts';

export const REPORT_STATUSES = ['draft', 'submitted', 'returned', 'approved', 'decided'] as const;
/**
 * What the officer recommends to the court. Every choice but the last two is a sentence served in the community:
 * the alternatives to imprisonment the Law "On Probation" supervises.
 */
export const RECOMMENDATIONS = [
  'conditional_sentence',
  'community_service',
  'fine',
  'restriction_of_liberty',
  'imprisonment_not_recommended',
  'no_recommendation',
] as const;
export const SENTENCES = [
  'conditional_sentence',
  'community_service',
  'fine',
  'restriction_of_liberty',
  'imprisonment',
  'acquittal_or_closed',
  'other',
] as const;
/** Whether the court followed the recommendation; `not_applicable` only when no recommendation was made. */
export const FOLLOWED = ['followed', 'partly', 'not_followed', 'not_applicable'] as const;

/**
 * Courts a request can come from: a starting list shipped with Kadam (`startingList`, to be checked against the
 * official register by administrators); a court not on it is typed as free text on the request.
 */
export const courtReportCourts = pgTable('court_report_courts', {
  id: uuid('id').primaryKey().defaultRandom(),
  code: text('code').notNull().unique(),
  name: jsonb('name').$type<LocalisedName>().notNull(),
  startingList: boolean('starting_list').notNull().default(true),
  active: boolean('active').notNull().default(true),
});

/**
 * A court's request for a pre-sentence (social inquiry) report and the report itself, from the inquiry to the
 * court's decision. It belongs to a probation office (`officeId`, its scope) and is allocated to one officer.
 * `rowVersion` moves on with every change, so a form opened before someone else's change is refused.
 */
export const courtReports = pgTable(
  'court_reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    officeId: uuid('office_id')
      .notNull()
      .references(() => orgUnits.id),
    officerId: uuid('officer_id')
      .notNull()
      .references(() => users.id),
    courtId: uuid('court_id').references(() => courtReportCourts.id),
    courtName: text('court_name'),
    judge: text('judge').notNull(),
    caseNumber: text('case_number').notNull(),
    receivedOn: date('received_on', { mode: 'string' }).notNull(),
    deadline: date('deadline', { mode: 'string' }).notNull(),
    questions: text('questions').notNull(),
    /** The pre-trial probation episode the request opened (or found open). */
    episodeId: uuid('episode_id').references(() => probationEpisodes.id),
    status: text('status', { enum: REPORT_STATUSES }).notNull().default('draft'),
    // The inquiry.
    screeningAssessmentId: uuid('screening_assessment_id').references(() => assessments.id),
    screeningNote: text('screening_note'),
    familySituation: text('family_situation'),
    employmentSituation: text('employment_situation'),
    needs: text('needs'),
    personView: text('person_view'),
    // The recommendation.
    recommendation: text('recommendation', { enum: RECOMMENDATIONS }),
    recommendationReasons: text('recommendation_reasons'),
    proposedConditions: text('proposed_conditions'),
    recommendedBy: uuid('recommended_by').references(() => users.id),
    // Approval.
    submittedBy: uuid('submitted_by').references(() => users.id),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    approvedBy: uuid('approved_by').references(() => users.id),
    approvedAt: timestamp('approved_at', { withTimezone: true }),
    returnComment: text('return_comment'),
    firstIssuedAt: timestamp('first_issued_at', { withTimezone: true }),
    // The court's decision.
    decidedOn: date('decided_on', { mode: 'string' }),
    sentence: text('sentence', { enum: SENTENCES }),
    sentenceDetails: text('sentence_details'),
    followed: text('followed', { enum: FOLLOWED }),
    decisionRecordedBy: uuid('decision_recorded_by').references(() => users.id),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    rowVersion: integer('row_version').notNull().default(1),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('court_reports_office_idx').on(table.officeId, table.status, table.deadline),
    index('court_reports_officer_idx').on(table.officerId, table.status),
    index('court_reports_person_idx').on(table.personId),
    check('court_reports_court', sql`${table.courtId} is not null or ${table.courtName} is not null`),
    check('court_reports_deadline', sql`${table.deadline} >= ${table.receivedOn}`),
    check('court_reports_decided', sql`${table.status} <> 'decided' or (${table.sentence} is not null and ${table.followed} is not null)`),
  ],
);

/** An interview held for the inquiry: with whom, when, where, and what was learnt. */
export const courtReportInterviews = pgTable(
  'court_report_interviews',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    reportId: uuid('report_id')
      .notNull()
      .references(() => courtReports.id),
    interviewee: text('interviewee').notNull(),
    heldOn: date('held_on', { mode: 'string' }).notNull(),
    place: text('place').notNull(),
    summary: text('summary').notNull(),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('court_report_interviews_report_idx').on(table.reportId, table.heldOn)],
);

/** Who did what to a report, when and why: a stable event code worded per language, with details. */
export const courtReportHistory = pgTable(
  'court_report_history',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    reportId: uuid('report_id')
      .notNull()
      .references(() => courtReports.id),
    event: text('event').notNull(),
    details: jsonb('details').$type<Record<string, string | null>>().notNull().default({}),
    reason: text('reason'),
    userId: uuid('user_id').references(() => users.id),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('court_report_history_report_idx').on(table.reportId, table.at)],
);
