import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../auth/auth.tables.ts';

/**
 * Break-glass: a user opened a record outside their scope with a written reason. The grant lasts a limited
 * time and waits in the privacy officer's review list until someone reviews it.
 */
export const breakGlassGrants = pgTable(
  'break_glass_grants',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    resourceType: text('resource_type').notNull(),
    resourceId: text('resource_id').notNull(),
    personId: uuid('person_id'),
    reason: text('reason').notNull(),
    grantedAt: timestamp('granted_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    reviewedBy: uuid('reviewed_by').references(() => users.id),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    reviewNote: text('review_note'),
  },
  (table) => [
    index('break_glass_user_resource_idx').on(table.userId, table.resourceType, table.resourceId),
    index('break_glass_unreviewed_idx').on(table.reviewedAt),
  ],
);
