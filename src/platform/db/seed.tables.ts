import { integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** Which version of each seed file was loaded, and its content hash, so re-runs are visible and idempotent. */
export const seedFiles = pgTable('seed_files', {
  name: text('name').primaryKey(),
  version: integer('version').notNull(),
  contentHash: text('content_hash').notNull(),
  loadedAt: timestamp('loaded_at', { withTimezone: true }).notNull().defaultNow(),
});
