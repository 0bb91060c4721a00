import { bigint, bigserial, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const AUDIT_OUTCOMES = ['success', 'denied', 'failure'] as const;
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];

/** One field of a record before and after a change: the field-level history of every editable record. */
export type FieldChange = { field: string; from: unknown; to: unknown };

/**
 * Who did what, to which record and person, when, from where, and how it ended. Rows are written in the same
 * transaction as the work they describe and can never be updated or deleted (triggers in the migration).
 * `seq` gives the order the hash chain seals them in.
 */
export const auditEvents = pgTable(
  'audit_events',
  {
    seq: bigserial('seq', { mode: 'number' }).primaryKey(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull().defaultNow(),
    userId: uuid('user_id'),
    username: text('username'),
    /** The roles the user held, as `role@UNIT_CODE`, space-separated, at the time of the event. */
    roles: text('roles'),
    unitId: uuid('unit_id'),
    action: text('action').notNull(),
    resourceType: text('resource_type'),
    resourceId: text('resource_id'),
    personId: uuid('person_id'),
    requestId: text('request_id'),
    sourceAddress: text('source_address'),
    outcome: text('outcome', { enum: AUDIT_OUTCOMES }).notNull(),
    reason: text('reason'),
    /** Search criteria, export parameters, the permission that was missing… */
    details: jsonb('details').$type<Record<string, unknown>>(),
    changes: jsonb('changes').$type<FieldChange[]>(),
  },
  (table) => [
    index('audit_events_user_idx').on(table.userId, table.occurredAt),
    index('audit_events_person_idx').on(table.personId, table.occurredAt),
    index('audit_events_resource_idx').on(table.resourceType, table.resourceId),
    index('audit_events_occurred_idx').on(table.occurredAt),
  ],
);

/**
 * The hash chain: each sealed event's own hash and the chain hash over it and the previous link. Kept apart
 * from the events (no foreign key) so that a deleted event still leaves its link behind to be found.
 */
export const auditSeals = pgTable('audit_seals', {
  position: bigint('position', { mode: 'number' }).primaryKey(),
  eventSeq: bigint('event_seq', { mode: 'number' }).notNull().unique(),
  eventHash: text('event_hash').notNull(),
  chainHash: text('chain_hash').notNull(),
  sealedAt: timestamp('sealed_at', { withTimezone: true }).notNull().defaultNow(),
});
