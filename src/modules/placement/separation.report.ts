import { sql } from 'drizzle-orm';
import type { Permission } from '../../platform/auth/permissions.ts';
import type { SessionUser } from '../../platform/auth/sessions.ts';
import type { Executor } from '../../platform/db/pool.ts';
import type { LocalisedName } from '../../platform/org/org.tables.ts';
import { facilitiesInScope } from './placement.facilities.ts';
import type { SeparationStatus } from './separation.counter.ts';
import { separationOf } from './separation.records.ts';

export type CurrentSeparation = {
  personId: string;
  name: string;
  facilityCode: string;
  facilityName: LocalisedName;
  days: number;
  limitOn: string | null;
  status: SeparationStatus;
  /** Approved extensions, until which day each. */
  extensions: string[];
  /** Extensions asked for and not yet approved. */
  pending: number;
};

/**
 * Everyone in separation today in the facilities where the user holds `permission`, with the count against the
 * limit: the report for oversight bodies (separation:report) and the source of the worklist warnings.
 */
export async function currentSeparations(
  db: Executor,
  user: SessionUser,
  permission: Permission,
  today: string,
): Promise<CurrentSeparation[]> {
  const facilities = await facilitiesInScope(db, user, permission);
  if (facilities.length === 0) return [];
  const rows = await db.execute<{ personId: string; name: string; facilityId: string }>(sql`
    select distinct s.person_id as "personId", concat_ws(' ', p.family_name, p.given_name, p.patronymic) as name, s.facility_id as "facilityId"
    from separation_periods s join people p on p.id = s.person_id
    where s.ended_on is null and s.started_on <= ${today}::date and s.facility_id in (${sql.join(
      facilities.map((facility) => sql`${facility.id}::uuid`),
      sql`, `,
    )}) order by name`);
  const found: CurrentSeparation[] = [];
  for (const row of rows.rows) {
    const facility = facilities.find((entry) => entry.id === row.facilityId)!;
    const record = await separationOf(db, row.personId, today);
    found.push({
      personId: row.personId,
      name: row.name,
      facilityCode: facility.code,
      facilityName: facility.name,
      days: record.count.consecutiveDays,
      limitOn: record.count.limitOn,
      status: record.count.status,
      extensions: record.extensions.filter((extension) => extension.approvedBy).map((extension) => extension.until),
      pending: record.extensions.filter((extension) => !extension.approvedBy).length,
    });
  }
  return found;
}
