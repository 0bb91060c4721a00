import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/pool.ts';
import type { PersonRow } from './people.access.ts';
import { currentStatus } from './people.history.models.ts';
import { episodesOf, movementsOf } from './people.history.queries.ts';
import { people, type PROBATION_TYPES, probationEpisodes } from './people.tables.ts';

/**
 * For other modules (a court's request opens pre-trial probation): opens a probation episode of the type at the
 * office, unless the person already has one of that type open, in the caller's transaction. The caller has read
 * the person through `withPerson` (scope, and the request's one audit event). As for an episode added on the
 * history page, the person's legal status and unit then follow from the whole history (custody comes first).
 */
export async function openProbationEpisodeIfNone(
  tx: Executor,
  input: { person: PersonRow; probationType: (typeof PROBATION_TYPES)[number]; officeId: string; startedOn: string; today: string },
): Promise<{ episodeId: string; opened: boolean }> {
  const [open] = await tx
    .select({ id: probationEpisodes.id })
    .from(probationEpisodes)
    .where(
      and(
        eq(probationEpisodes.personId, input.person.id),
        eq(probationEpisodes.probationType, input.probationType),
        isNull(probationEpisodes.endedOn),
      ),
    );
  if (open) return { episodeId: open.id, opened: false };
  const [created] = await tx
    .insert(probationEpisodes)
    .values({ personId: input.person.id, probationType: input.probationType, officeId: input.officeId, startedOn: input.startedOn })
    .returning({ id: probationEpisodes.id });
  const derived = currentStatus(await movementsOf(tx, input.person.id), await episodesOf(tx, input.person.id), input.today);
  if (
    derived &&
    (derived.legalStatus !== input.person.legalStatus || (derived.unitId !== null && derived.unitId !== input.person.unitId))
  ) {
    await tx
      .update(people)
      .set({
        legalStatus: derived.legalStatus,
        unitId: derived.unitId ?? input.person.unitId,
        version: sql`${people.version} + 1`,
        updatedAt: sql`now()`,
      })
      .where(eq(people.id, input.person.id));
  }
  return { episodeId: created!.id, opened: true };
}
