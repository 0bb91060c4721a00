import { and, eq, sql } from 'drizzle-orm';
import type { Database, Executor } from '../../platform/db/pool.ts';
import { associationsAmong } from '../associations/associations.service.ts';
import { type PeopleActor, type PersonRow, todayInBishkek, withPerson } from '../people/people.service.ts';
import { PlacementRefused } from './placement.errors.ts';
import { facilityOptionsOf, placedPeople } from './placement.facts.ts';
import { type Cell, type Conflict, moveAllowed, placementConflicts } from './placement.rules.ts';
import { placementCells, placementLocations, placementMoves, placementUnits } from './placement.tables.ts';

export type MoveInput = { personId: string; cellId: string; reason: string; overrideReason: string | null; version: number };

/** The cell, locked so two moves into its last place are made one after the other, and the facility it is in. */
async function cellInFacility(tx: Executor, cellId: string, facilityId: string) {
  const [row] = await tx
    .select({ cell: placementCells })
    .from(placementCells)
    .innerJoin(placementUnits, eq(placementUnits.id, placementCells.unitId))
    .where(and(eq(placementCells.id, cellId), eq(placementUnits.facilityId, facilityId)))
    .for('update', { of: placementCells });
  return row?.cell;
}

/** Every conflict the move of this person into this cell would create, with the facts read now. */
export async function conflictsOfMove(tx: Executor, person: PersonRow, cellId: string): Promise<Conflict[]> {
  const cell = await cellInFacility(tx, cellId, person.unitId);
  if (!cell) throw new PlacementRefused('not_found', 404);
  const today = todayInBishkek();
  const occupantIds = (
    await tx.select({ id: placementLocations.personId }).from(placementLocations).where(eq(placementLocations.cellId, cell.id))
  ).map((row) => row.id);
  const [placed] = await placedPeople(tx, [person.id], today);
  const occupants = await placedPeople(
    tx,
    occupantIds.filter((id) => id !== person.id),
    today,
  );
  const checkedCell: Cell = { ...cell, regime: cell.regime };
  return placementConflicts({
    person: placed!,
    cell: checkedCell,
    occupants,
    facilityOptions: await facilityOptionsOf(tx, person.unitId),
    // The links in force between the person and the people in the cell (co-defendants, same group…).
    associations: await associationsAmong(tx, [person.id, ...occupantIds]),
  });
}

/**
 * Moves a person into a cell of their facility. The check runs again inside the transaction: any absolute
 * conflict (the law's separations, a full cell) refuses the move; overridable ones need a reason and
 * `placement:override`. The move, its conflicts and the override are recorded; the audit event carries the
 * override reason. A stale form (someone moved the person meanwhile) is refused.
 */
export async function movePerson(db: Database, actor: PeopleActor, input: MoveInput): Promise<{ conflicts: Conflict[] }> {
  const overrideReason = input.overrideReason?.trim() || null;
  return withPerson(
    db,
    actor,
    {
      personId: input.personId,
      permission: 'placement:move',
      action: 'placement.move',
      forUpdate: true,
      details: { cellId: input.cellId, reason: input.reason, overrideReason },
      ...(overrideReason ? { reason: overrideReason } : {}),
    },
    async (tx, person) => {
      const [current] = await tx.select().from(placementLocations).where(eq(placementLocations.personId, person.id)).for('update');
      if ((current?.version ?? 0) !== input.version) throw new PlacementRefused('stale', 409);
      const conflicts = await conflictsOfMove(tx, person, input.cellId);
      const verdict = moveAllowed(conflicts, overrideReason);
      if (verdict === 'refused') throw new PlacementRefused('move_refused', 409, { conflicts });
      if (verdict === 'reason_required') throw new PlacementRefused('override_reason_required', 400, { conflicts });
      if (conflicts.length > 0 && !actor.user.permissions.has('placement:override'))
        throw new PlacementRefused('override_not_permitted', 409, { conflicts });
      await tx.insert(placementMoves).values({
        personId: person.id,
        fromCellId: current?.cellId ?? null,
        toCellId: input.cellId,
        facilityId: person.unitId,
        movedBy: actor.user.id,
        reason: input.reason,
        conflicts,
        overrideReason: conflicts.length > 0 ? overrideReason : null,
        approvedBy: conflicts.length > 0 ? actor.user.id : null,
      });
      if (current)
        await tx
          .update(placementLocations)
          .set({ cellId: input.cellId, movedAt: new Date(), version: sql`${placementLocations.version} + 1` })
          .where(eq(placementLocations.personId, person.id));
      else await tx.insert(placementLocations).values({ personId: person.id, cellId: input.cellId });
      return { conflicts };
    },
  );
}
