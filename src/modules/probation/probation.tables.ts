import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../platform/auth/auth.tables.ts';
import { orgUnits } from '../../platform/org/org.tables.ts';
import { PROBATION_TYPES, people } from '../people/people.tables.ts';
import { probationConditionTypes, probationOfficerCapacities, probationSettings, probationTypes } from './probation.reference.tables.ts';

export { PROBATION_TYPES, probationConditionTypes, probationOfficerCapacities, probationSettings, probationTypes };
/** What the court ordered: the kinds of non-custodial order the probation service executes. */
export const ORDER_KINDS = [
  'conditional_sentence',
  'conditional_early_release',
  'community_service',
  'restriction_of_liberty',
  'deferred_sentence',
  'post_release_support',
] as const;
export const ORDER_STATUSES = ['active', 'completed', 'terminated'] as const;
export const CONTACT_KINDS = ['office_visit', 'home_visit', 'phone', 'with_partner'] as const;
export const VIOLATION_SEVERITIES = ['minor', 'serious'] as const;
export const RESPONSES = ['warning', 'additional_condition', 'court_referral'] as const;
export const BREACH_STATUSES = ['submitted', 'approved', 'outcome_recorded'] as const;
export const COURT_OUTCOMES = ['no_change', 'warning', 'conditions_added', 'order_extended', 'order_revoked', 'other'] as const;
/** The supervision intensities of the classification, plus "none yet" for a person not classified. */
export const SCHEDULE_INTENSITIES = ['high', 'medium', 'low', 'unclassified'] as const;

/** A court's non-custodial order executed by a probation office; `officerId` null means not yet allocated. */
export const probationOrders = pgTable(
  'probation_orders',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    probationType: text('probation_type', { enum: PROBATION_TYPES })
      .notNull()
      .references(() => probationTypes.code),
    kind: text('kind', { enum: ORDER_KINDS }).notNull(),
    court: text('court').notNull(),
    orderedOn: date('ordered_on', { mode: 'string' }).notNull(),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }).notNull(),
    officeId: uuid('office_id')
      .notNull()
      .references(() => orgUnits.id),
    officerId: uuid('officer_id').references(() => users.id),
    allocatedBy: uuid('allocated_by').references(() => users.id),
    allocatedAt: timestamp('allocated_at', { withTimezone: true }),
    hoursOwed: integer('hours_owed'),
    hoursWorked: integer('hours_worked').notNull().default(0),
    status: text('status', { enum: ORDER_STATUSES }).notNull().default('active'),
    closedOn: date('closed_on', { mode: 'string' }),
    closeReason: text('close_reason'),
    closedBy: uuid('closed_by').references(() => users.id),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (table) => [
    index('probation_orders_person_idx').on(table.personId),
    index('probation_orders_office_idx').on(table.officeId, table.status),
    index('probation_orders_officer_idx').on(table.officerId, table.status),
    check('probation_orders_dates_check', sql`${table.startsOn} >= ${table.orderedOn} and ${table.endsOn} >= ${table.startsOn}`),
    check(
      'probation_orders_hours_check',
      sql`${table.hoursWorked} >= 0 and (${table.hoursOwed} is null or (${table.hoursOwed} > 0 and ${table.hoursWorked} <= ${table.hoursOwed}))`,
    ),
    check('probation_orders_closed_check', sql`(${table.status} = 'active') = (${table.closedOn} is null)`),
  ],
);

/** A condition of an order: from the reference list or free text, with its own dates inside the order's. */
export const probationOrderConditions = pgTable(
  'probation_order_conditions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orderId: uuid('order_id')
      .notNull()
      .references(() => probationOrders.id),
    conditionCode: text('condition_code').references(() => probationConditionTypes.code),
    freeText: text('free_text'),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }).notNull(),
    /** Set when the order closed before the condition's own end: the condition ended with it. */
    endedOn: date('ended_on', { mode: 'string' }),
    /** The violation whose graded response added it, if any. */
    violationId: uuid('violation_id'),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('probation_order_conditions_order_idx').on(table.orderId),
    check('probation_order_conditions_what_check', sql`(${table.conditionCode} is null) <> (${table.freeText} is null)`),
    check('probation_order_conditions_dates_check', sql`${table.endsOn} >= ${table.startsOn}`),
  ],
);

/** A supervision contact: planned or not, attended or missed (with the reason). */
export const probationContacts = pgTable(
  'probation_contacts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orderId: uuid('order_id')
      .notNull()
      .references(() => probationOrders.id),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    kind: text('kind', { enum: CONTACT_KINDS }).notNull(),
    contactOn: date('contact_on', { mode: 'string' }).notNull(),
    attended: boolean('attended').notNull(),
    missedReason: text('missed_reason'),
    notes: text('notes'),
    /** For a partner's session counted as a contact: the referral it came from (the referrals module's id). */
    referralId: uuid('referral_id'),
    recordedBy: uuid('recorded_by')
      .notNull()
      .references(() => users.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('probation_contacts_order_idx').on(table.orderId, table.contactOn),
    index('probation_contacts_person_idx').on(table.personId),
    check('probation_contacts_reason_check', sql`${table.attended} or ${table.missedReason} is not null`),
  ],
);

/** A violation of an order with its evidence, the proposed graded response and the officer's decision. */
export const probationViolations = pgTable(
  'probation_violations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orderId: uuid('order_id')
      .notNull()
      .references(() => probationOrders.id),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    occurredOn: date('occurred_on', { mode: 'string' }).notNull(),
    severity: text('severity', { enum: VIOLATION_SEVERITIES }).notNull(),
    description: text('description').notNull(),
    evidence: text('evidence').notNull(),
    evidenceReference: text('evidence_reference'),
    proposedResponse: text('proposed_response', { enum: RESPONSES }).notNull(),
    response: text('response', { enum: RESPONSES }).notNull(),
    responseReasons: text('response_reasons').notNull(),
    /** Required when the officer's response differs from the proposal. */
    overrideReason: text('override_reason'),
    recordedBy: uuid('recorded_by')
      .notNull()
      .references(() => users.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('probation_violations_order_idx').on(table.orderId, table.occurredOn),
    check('probation_violations_override_check', sql`${table.response} = ${table.proposedResponse} or ${table.overrideReason} is not null`),
  ],
);

/** A breach report to the court (a violation referred to court): approved by a second person, then the outcome. */
export const probationBreachReports = pgTable(
  'probation_breach_reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    violationId: uuid('violation_id')
      .notNull()
      .references(() => probationViolations.id),
    orderId: uuid('order_id')
      .notNull()
      .references(() => probationOrders.id),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    status: text('status', { enum: BREACH_STATUSES }).notNull().default('submitted'),
    writtenBy: uuid('written_by')
      .notNull()
      .references(() => users.id),
    writtenAt: timestamp('written_at', { withTimezone: true }).notNull().defaultNow(),
    approvedBy: uuid('approved_by').references(() => users.id),
    approvedAt: timestamp('approved_at', { withTimezone: true }),
    outcome: text('outcome', { enum: COURT_OUTCOMES }),
    outcomeOn: date('outcome_on', { mode: 'string' }),
    outcomeNote: text('outcome_note'),
    outcomeBy: uuid('outcome_by').references(() => users.id),
    version: integer('version').notNull().default(1),
  },
  (table) => [
    uniqueIndex('probation_breach_reports_violation_idx').on(table.violationId),
    index('probation_breach_reports_order_idx').on(table.orderId),
    check('probation_breach_reports_second_person_check', sql`${table.approvedBy} is null or ${table.approvedBy} <> ${table.writtenBy}`),
  ],
);
