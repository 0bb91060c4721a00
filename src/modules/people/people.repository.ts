import { and, asc, eq, isNull, or, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/pool.ts';
import { orgUnits } from '../../platform/org/org.tables.ts';
import { personAlerts } from './people.tables.ts';

/** The alerts in force on a day: not removed, started, and not yet ended. */
export function activeAlerts(db: Executor, personId: string, today: string) {
  return db
    .select({ id: personAlerts.id, type: personAlerts.type, validTo: personAlerts.validTo })
    .from(personAlerts)
    .where(
      and(
        eq(personAlerts.personId, personId),
        isNull(personAlerts.removedAt),
        sql`${personAlerts.validFrom} <= ${today}::date`,
        or(isNull(personAlerts.validTo), sql`${personAlerts.validTo} >= ${today}::date`),
      ),
    )
    .orderBy(asc(personAlerts.validFrom));
}

export function unitName(db: Executor, unitId: string) {
  return db
    .select({ name: orgUnits.name, code: orgUnits.code })
    .from(orgUnits)
    .where(eq(orgUnits.id, unitId))
    .then((rows) => rows[0]);
}
