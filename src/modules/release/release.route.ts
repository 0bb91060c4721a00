import { eq, sql } from 'drizzle-orm';
import { fieldChanges } from '../../platform/audit/audit.service.ts';
import type { Database } from '../../platform/db/pool.ts';
import { type PeopleActor, withPerson } from '../people/people.service.ts';
import { releaseDateProblem } from './release.due.ts';
import { ReleaseRefused } from './release.errors.ts';
import { custodyFactsOf, handoverOfPlan, openPlanOf, probationOffices } from './release.repository.ts';
import { type PLANNED_RELEASE_TYPES, releasePlans, type SUPERVISION_TYPES } from './release.tables.ts';

export type RouteInput = {
  version: number;
  releaseOn: string;
  releaseType: (typeof PLANNED_RELEASE_TYPES)[number];
  supervision: (typeof SUPERVISION_TYPES)[number] | null;
  officeId: string | null;
};

/** Releases that always lead to supervision by probation: the law attaches supervision to them. */
export const SUPERVISED_RELEASES: readonly RouteInput['releaseType'][] = ['conditional_early_release', 'to_probation'];

/**
 * Saves how and when the person is expected to leave, and — for a release to supervision — the receiving
 * probation office. The release date is checked against the admission it ends (never before it) and today;
 * once the handover is sent the route is frozen with it. A stale form is refused (409), nothing half-saved.
 */
export async function saveRoute(db: Database, actor: PeopleActor, personId: string, input: RouteInput, today: string) {
  const before = await openPlanOf(db, personId);
  const after = {
    releaseOn: input.releaseOn,
    releaseType: input.releaseType,
    supervision: input.supervision,
    receivingOfficeId: input.supervision ? input.officeId : null,
  };
  await withPerson(
    db,
    actor,
    {
      personId,
      permission: 'release:prepare',
      action: 'release.plan.route',
      forUpdate: true,
      details: { planId: before?.id ?? null },
      changes: () => (before ? fieldChanges<Record<string, unknown>>(before, after) : []),
    },
    async (tx, person) => {
      const plan = await openPlanOf(tx, person.id, true);
      if (!plan) throw new ReleaseRefused('no_open_plan', 404);
      if (plan.version !== input.version || plan.version !== before?.version) throw new ReleaseRefused('stale', 409);
      if (await handoverOfPlan(tx, plan.id)) throw new ReleaseRefused('route_locked', 409);
      const facts = await custodyFactsOf(tx, person.id);
      const problem = releaseDateProblem({ releaseOn: input.releaseOn, admittedOn: facts.admittedOn, today });
      if (problem === 'before_admission') throw new ReleaseRefused('release_before_admission', 400, 'releaseOn');
      if (problem === 'in_past') throw new ReleaseRefused('release_in_past', 400, 'releaseOn');
      if (SUPERVISED_RELEASES.includes(input.releaseType) && !input.supervision)
        throw new ReleaseRefused('supervision_required', 400, 'supervision');
      if (input.supervision) {
        if (!input.officeId) throw new ReleaseRefused('office_required', 400, 'officeId');
        const offices = await probationOffices(tx);
        if (!offices.some((office) => office.id === input.officeId)) throw new ReleaseRefused('office_invalid', 400, 'officeId');
      }
      await tx
        .update(releasePlans)
        .set({ ...after, updatedBy: actor.user.id, updatedAt: new Date(), version: sql`${releasePlans.version} + 1` })
        .where(eq(releasePlans.id, plan.id));
    },
  );
}
