import { type AnyColumn, asc, eq, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/pool.ts';
import { type LocalisedName, orgUnits } from '../../platform/org/org.tables.ts';
import { users } from '../../platform/auth/auth.tables.ts';
import { programmeGroups, programmes, programmeSessions } from './programmes.tables.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: string) => UUID.test(value);

export type GroupRow = typeof programmeGroups.$inferSelect;
export type LoadedGroup = GroupRow & {
  programme: typeof programmes.$inferSelect;
  unitName: LocalisedName;
  facilitatorName: string;
};

/** A group with its programme, unit and facilitator; `forUpdate` locks the group row (capacity decisions). */
export async function loadGroup(tx: Executor, groupId: string, options: { forUpdate?: boolean } = {}): Promise<LoadedGroup | undefined> {
  if (!isUuid(groupId)) return undefined;
  if (options.forUpdate) await tx.execute(sql`select id from programme_groups where id = ${groupId} for update`);
  const [row] = await tx
    .select({ group: programmeGroups, programme: programmes, unitName: orgUnits.name, facilitatorName: users.displayName })
    .from(programmeGroups)
    .innerJoin(programmes, eq(programmes.id, programmeGroups.programmeId))
    .innerJoin(orgUnits, eq(orgUnits.id, programmeGroups.unitId))
    .innerJoin(users, eq(users.id, programmeGroups.facilitatorId))
    .where(eq(programmeGroups.id, groupId));
  if (!row) return undefined;
  return { ...row.group, programme: row.programme, unitName: row.unitName, facilitatorName: row.facilitatorName };
}

export type SessionRow = typeof programmeSessions.$inferSelect;

export async function sessionsOf(tx: Executor, groupId: string): Promise<SessionRow[]> {
  return tx.select().from(programmeSessions).where(eq(programmeSessions.groupId, groupId)).orderBy(asc(programmeSessions.number));
}

/** The SQL test of an open group, for lists: it has a planned session today or later. */
export const groupOpenSql = (groupId: AnyColumn | SQL, today: string) =>
  sql`exists (select 1 from programme_sessions s where s.group_id = ${groupId} and s.status = 'planned' and s.held_on >= ${today}::date)`;

/**
 * A group is finished once no planned session is left today or later (its last session day has passed, or every
 * session is held or cancelled): no one is enrolled after that, and it leaves the lists of open groups.
 */
export async function groupFinished(tx: Executor, groupId: string, today: string): Promise<boolean> {
  const result = await tx.execute<{ open: boolean }>(sql`select ${groupOpenSql(sql`${groupId}::uuid`, today)} as open`);
  return result.rows[0]?.open !== true;
}
