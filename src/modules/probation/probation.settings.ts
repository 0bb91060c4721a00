import { eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../platform/db/pool.ts';
import { type ContactIntervals, SHIPPED_INTERVALS } from './probation.schedule.ts';
import { probationOfficerCapacities, probationSettings, SCHEDULE_INTENSITIES } from './probation.tables.ts';

/** The shipped default caseload when the settings table has none (the migration ships 40). */
const SHIPPED_DEFAULT_CAPACITY = 40;

/** Days between contacts per intensity, as the service set them (the shipped values where a key is missing). */
export async function contactIntervals(db: Executor): Promise<ContactIntervals> {
  const keys = SCHEDULE_INTENSITIES.map((intensity) => `interval.${intensity}`);
  const rows = await db.select().from(probationSettings).where(inArray(probationSettings.key, keys));
  const intervals = { ...SHIPPED_INTERVALS };
  for (const row of rows) {
    const intensity = row.key.slice('interval.'.length) as keyof ContactIntervals;
    intervals[intensity] = row.value;
  }
  return intervals;
}

export async function defaultCapacity(db: Executor): Promise<number> {
  const [row] = await db.select().from(probationSettings).where(eq(probationSettings.key, 'capacity.default'));
  return row?.value ?? SHIPPED_DEFAULT_CAPACITY;
}

/** Each officer's capacity: their own where a manager set one, else the default. */
export async function capacitiesOf(db: Executor, userIds: readonly string[]): Promise<Map<string, number>> {
  const fallback = await defaultCapacity(db);
  const own =
    userIds.length === 0
      ? []
      : await db
          .select()
          .from(probationOfficerCapacities)
          .where(inArray(probationOfficerCapacities.userId, [...userIds]));
  const byUser = new Map(own.map((row) => [row.userId, row.capacity]));
  return new Map(userIds.map((id) => [id, byUser.get(id) ?? fallback]));
}
