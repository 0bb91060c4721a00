import { asc, eq, inArray } from 'drizzle-orm';
import {
  type SubjectAccessRow,
  type SubjectAccessSection,
  type TimelineEntry,
  type TimelineSource,
  subjectAccessCode,
  subjectAccessInstant,
  todayInBishkek,
} from '../people/people.service.ts';
import { placementCells, placementMoves, separationExtensions, separationPeriods } from './placement.tables.ts';

/**
 * The person's moves and separations on their timeline (whoever may see the person sees these) and in the
 * subject access export (which checks `people:subject_access` and audits itself).
 */
export const placementTimeline: TimelineSource = async ({ tx, personIds }) => {
  const moves = await tx
    .select({ move: placementMoves, cell: placementCells.code })
    .from(placementMoves)
    .innerJoin(placementCells, eq(placementCells.id, placementMoves.toCellId))
    .where(inArray(placementMoves.personId, personIds));
  const periods = await tx.select().from(separationPeriods).where(inArray(separationPeriods.personId, personIds));
  return [
    ...moves.map(({ move, cell }): TimelineEntry => ({
      kind: 'placement_move',
      on: todayInBishkek(move.movedAt),
      at: move.movedAt,
      label: move.overrideReason ? 'placement.timeline.movedOverride' : 'placement.timeline.moved',
      params: { cell },
      detail: move.overrideReason ?? move.reason,
    })),
    ...periods.flatMap((period): TimelineEntry[] => [
      { kind: 'separation_start', on: period.startedOn, label: 'placement.timeline.separationStarted', detail: period.reason },
      ...(period.endedOn ? [{ kind: 'separation_end', on: period.endedOn, label: 'placement.timeline.separationEnded' } as const] : []),
    ]),
  ];
};

export const placementSection: SubjectAccessSection = {
  key: 'placement',
  title: 'placement.subjectAccess.title',
  layout: 'entries',
  codes: { kind: subjectAccessCode('placement.subjectAccess.kind') },
  async rows({ tx, person, userName, unitName }): Promise<SubjectAccessRow[]> {
    const rows: SubjectAccessRow[] = [];
    const moves = await tx
      .select({ move: placementMoves, cell: placementCells.code })
      .from(placementMoves)
      .innerJoin(placementCells, eq(placementCells.id, placementMoves.toCellId))
      .where(eq(placementMoves.personId, person.id))
      .orderBy(asc(placementMoves.movedAt));
    for (const { move, cell } of moves) {
      rows.push({
        id: move.id,
        kind: 'move',
        facility: await unitName(move.facilityId),
        toCell: cell,
        reason: move.reason,
        conflicts: move.conflicts.map((found) => found.code).join(', '),
        conflictOverrideReason: move.overrideReason,
        recordedBy: await userName(move.movedBy),
        occurredAt: subjectAccessInstant(move.movedAt),
      });
    }
    const periods = await tx
      .select()
      .from(separationPeriods)
      .where(eq(separationPeriods.personId, person.id))
      .orderBy(asc(separationPeriods.startedOn));
    for (const period of periods) {
      const extensions = await tx.select().from(separationExtensions).where(eq(separationExtensions.periodId, period.id));
      rows.push({
        id: period.id,
        kind: 'separation',
        facility: await unitName(period.facilityId),
        startedOn: period.startedOn,
        endedOn: period.endedOn,
        reason: period.reason,
        decidedBy: await userName(period.decidedBy),
        extensions: extensions.map((extension) => `${extension.until}${extension.approvedBy ? ' ✓' : ''} — ${extension.reason}`).join('; '),
      });
    }
    return rows;
  },
};
