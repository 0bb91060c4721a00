import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Database, Executor } from '../../platform/db/pool.ts';
import { type PeopleActor, todayInBishkek, withPerson } from '../people/people.service.ts';
import { PlacementRefused } from './placement.errors.ts';
import { countSeparation, DEFAULT_SEPARATION_SETTINGS, type SeparationCount, type SeparationSettings } from './separation.counter.ts';
import { separationExtensions, separationPeriods } from './placement.tables.ts';

let settings: SeparationSettings = DEFAULT_SEPARATION_SETTINGS;
/** The service's own limit and warning (within the Mandela Rules), set once at start-up. */
export function setSeparationSettings(next: SeparationSettings): void {
  settings = next;
}
export const separationSettings = () => settings;

type Period = typeof separationPeriods.$inferSelect;
type ExtensionRow = typeof separationExtensions.$inferSelect;
export type SeparationRecord = { periods: Period[]; extensions: ExtensionRow[]; count: SeparationCount };

/** A person's periods and extensions and the count today; only approved extensions count. */
export async function separationOf(db: Executor, personId: string, today: string): Promise<SeparationRecord> {
  const periods = await db
    .select()
    .from(separationPeriods)
    .where(eq(separationPeriods.personId, personId))
    .orderBy(separationPeriods.startedOn);
  const extensions = (
    await db
      .select({ extension: separationExtensions })
      .from(separationExtensions)
      .innerJoin(separationPeriods, eq(separationPeriods.id, separationExtensions.periodId))
      .where(eq(separationPeriods.personId, personId))
      .orderBy(separationExtensions.requestedAt)
  ).map((row) => row.extension);
  const count = countSeparation(
    periods.map((period) => ({ from: period.startedOn, to: period.endedOn })),
    extensions.filter((extension) => extension.approvedBy !== null).map((extension) => ({ approvedUntil: extension.until })),
    today,
    settings,
  );
  return { periods, extensions, count };
}

const openPeriod = async (tx: Executor, personId: string) =>
  (
    await tx
      .select()
      .from(separationPeriods)
      .where(and(eq(separationPeriods.personId, personId), isNull(separationPeriods.endedOn)))
  )[0];

/** Starts a period in separation, decided by the user (placement:move), with its reason. */
export function startSeparation(db: Database, actor: PeopleActor, input: { personId: string; startedOn: string; reason: string }) {
  return withPerson(
    db,
    actor,
    { personId: input.personId, permission: 'placement:move', action: 'separation.start', forUpdate: true, details: input },
    async (tx, person) => {
      if (input.startedOn > todayInBishkek()) throw new PlacementRefused('date_in_future', 400);
      if (await openPeriod(tx, person.id)) throw new PlacementRefused('already_in_separation', 409);
      // A backdated start inside an earlier period would count its days twice towards the limit.
      const [latest] = await tx
        .select({ endedOn: separationPeriods.endedOn })
        .from(separationPeriods)
        .where(eq(separationPeriods.personId, person.id))
        .orderBy(desc(separationPeriods.endedOn))
        .limit(1);
      if (latest?.endedOn && input.startedOn <= latest.endedOn) throw new PlacementRefused('overlaps_earlier_separation', 400);
      await tx.insert(separationPeriods).values({
        personId: person.id,
        facilityId: person.unitId,
        startedOn: input.startedOn,
        reason: input.reason,
        decidedBy: actor.user.id,
      });
    },
  );
}

/** Ends the open period on a day; stale when someone changed it meanwhile. */
export function endSeparation(db: Database, actor: PeopleActor, input: { personId: string; endedOn: string; version: number }) {
  return withPerson(
    db,
    actor,
    { personId: input.personId, permission: 'placement:move', action: 'separation.end', forUpdate: true, details: input },
    async (tx, person) => {
      const period = await openPeriod(tx, person.id);
      if (!period) throw new PlacementRefused('not_in_separation', 409);
      if (period.version !== input.version) throw new PlacementRefused('stale', 409);
      if (input.endedOn > todayInBishkek()) throw new PlacementRefused('date_in_future', 400);
      if (input.endedOn < period.startedOn) throw new PlacementRefused('end_before_start', 400);
      await tx
        .update(separationPeriods)
        .set({ endedOn: input.endedOn, version: sql`${separationPeriods.version} + 1` })
        .where(eq(separationPeriods.id, period.id));
    },
  );
}

/** Asks for an extension of the open period until a day, with a reason; it counts only once approved. */
export function requestExtension(db: Database, actor: PeopleActor, input: { personId: string; until: string; reason: string }) {
  return withPerson(
    db,
    actor,
    { personId: input.personId, permission: 'placement:move', action: 'separation.extension.request', details: input },
    async (tx, person) => {
      const period = await openPeriod(tx, person.id);
      if (!period) throw new PlacementRefused('not_in_separation', 409);
      await tx
        .insert(separationExtensions)
        .values({ periodId: period.id, until: input.until, reason: input.reason, requestedBy: actor.user.id });
    },
  );
}

/** Approves an extension: a manager (separation:approve) who is not the one who asked for it. */
export function approveExtension(db: Database, actor: PeopleActor, input: { personId: string; extensionId: string }) {
  return withPerson(
    db,
    actor,
    { personId: input.personId, permission: 'separation:approve', action: 'separation.extension.approve', details: input },
    async (tx, person) => {
      const [row] = await tx
        .select({ extension: separationExtensions })
        .from(separationExtensions)
        .innerJoin(separationPeriods, eq(separationPeriods.id, separationExtensions.periodId))
        .where(and(eq(separationExtensions.id, input.extensionId), eq(separationPeriods.personId, person.id)))
        .for('update', { of: separationExtensions });
      if (!row) throw new PlacementRefused('not_found', 404);
      if (row.extension.approvedBy) throw new PlacementRefused('extension_decided', 409);
      if (row.extension.requestedBy === actor.user.id) throw new PlacementRefused('extension_same_person', 409);
      await tx
        .update(separationExtensions)
        .set({ approvedBy: actor.user.id, approvedAt: new Date() })
        .where(eq(separationExtensions.id, row.extension.id));
    },
  );
}
