import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../platform/auth/auth.tables.ts';
import { type LocalisedName, orgUnits } from '../../platform/org/org.tables.ts';
import { people } from '../people/people.tables.ts';

/**
 * What a consent may share with a partner, as fixed groups of fields. Risk information is never ticked by
 * default: the person must agree to it in so many words.
 */
export const SHARED_FIELD_GROUPS = ['identity', 'contact', 'address', 'needs', 'plan_objective', 'risk'] as const;
export type SharedFieldGroup = (typeof SHARED_FIELD_GROUPS)[number];

export const REFERRAL_STATUSES = ['sent', 'accepted', 'declined', 'in_progress', 'completed', 'withdrawn'] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];
export const ACTION_PLAN_STATUSES = ['none', 'submitted', 'approved', 'returned'] as const;
export const END_OUTCOMES = ['achieved', 'partly_achieved', 'not_achieved'] as const;
export const REFERRAL_EVENT_KINDS = [
  'sent',
  'accepted',
  'declined',
  'plan_submitted',
  'plan_approved',
  'plan_returned',
  'session',
  'ended',
  'withdrawn',
] as const;

/**
 * The person's consent to share named groups of fields with one partner until a date, given on a signed form.
 * Withdrawal is recorded on the row (never deleted) and stops the partner's access in the same request; a
 * consent past its date counts as withdrawn for access.
 */
export const referralConsents = pgTable(
  'referral_consents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    partnerUnitId: uuid('partner_unit_id')
      .notNull()
      .references(() => orgUnits.id),
    scope: text('scope').array().notNull(),
    givenOn: date('given_on', { mode: 'string' }).notNull(),
    validUntil: date('valid_until', { mode: 'string' }).notNull(),
    /** The signed form's reference (number or file name), how the consent was given. */
    formReference: text('form_reference').notNull(),
    recordedBy: uuid('recorded_by')
      .notNull()
      .references(() => users.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
    withdrawnOn: date('withdrawn_on', { mode: 'string' }),
    withdrawalReason: text('withdrawal_reason'),
    withdrawnBy: uuid('withdrawn_by').references(() => users.id),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
  },
  (table) => [
    index('referral_consents_person_idx').on(table.personId),
    check('referral_consents_dates_check', sql`${table.validUntil} >= ${table.givenOn}`),
    check('referral_consents_withdrawal_check', sql`(${table.withdrawnOn} is null) = (${table.withdrawalReason} is null)`),
  ],
);

export type ReferralNeed = { code: string; title: LocalisedName };

/** A referral from prison or probation to a partner, for one service, under one consent. */
export const referrals = pgTable(
  'referrals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    partnerUnitId: uuid('partner_unit_id')
      .notNull()
      .references(() => orgUnits.id),
    consentId: uuid('consent_id')
      .notNull()
      .references(() => referralConsents.id),
    /** The facility or probation office that referred (the person's unit on the day). */
    referringUnitId: uuid('referring_unit_id')
      .notNull()
      .references(() => orgUnits.id),
    service: text('service').notNull(),
    reason: text('reason').notNull(),
    /** The needs relevant to the service, chosen by the officer (shared only with the `needs` group). */
    needs: jsonb('needs').$type<ReferralNeed[]>().notNull().default([]),
    planObjective: text('plan_objective'),
    riskNote: text('risk_note'),
    status: text('status', { enum: REFERRAL_STATUSES }).notNull().default('sent'),
    sentOn: date('sent_on', { mode: 'string' }).notNull(),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    declineReason: text('decline_reason'),
    actionPlan: text('action_plan'),
    actionPlanStatus: text('action_plan_status', { enum: ACTION_PLAN_STATUSES }).notNull().default('none'),
    actionPlanComment: text('action_plan_comment'),
    endReport: text('end_report'),
    endOutcome: text('end_outcome', { enum: END_OUTCOMES }),
    withdrawalReason: text('withdrawal_reason'),
    closedOn: date('closed_on', { mode: 'string' }),
    version: integer('version').notNull().default(1),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('referrals_person_idx').on(table.personId),
    index('referrals_partner_idx').on(table.partnerUnitId, table.status),
    index('referrals_created_by_idx').on(table.createdBy),
    check('referrals_status_check', sql`${table.status} in ('sent','accepted','declined','in_progress','completed','withdrawn')`),
  ],
);

/** Sessions the partner reports, with attendance; an absence may carry a reason. */
export const referralSessions = pgTable(
  'referral_sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    referralId: uuid('referral_id')
      .notNull()
      .references(() => referrals.id),
    heldOn: date('held_on', { mode: 'string' }).notNull(),
    attended: boolean('attended').notNull(),
    note: text('note'),
    recordedBy: uuid('recorded_by')
      .notNull()
      .references(() => users.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('referral_sessions_referral_idx').on(table.referralId)],
);

/** Every step of a referral, who took it and why: decisions keep their history even when the row moves on. */
export const referralEvents = pgTable(
  'referral_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    referralId: uuid('referral_id')
      .notNull()
      .references(() => referrals.id),
    kind: text('kind', { enum: REFERRAL_EVENT_KINDS }).notNull(),
    note: text('note'),
    by: uuid('by')
      .notNull()
      .references(() => users.id),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('referral_events_referral_idx').on(table.referralId, table.at)],
);
