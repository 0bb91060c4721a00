import { and, eq, sql } from 'drizzle-orm';
import { fieldChanges } from '../../platform/audit/audit.service.ts';
import type { Database, Executor } from '../../platform/db/pool.ts';
import { type PeopleActor, withPerson } from '../people/people.service.ts';
import { ReleaseRefused } from './release.errors.ts';
import { openPlanOf } from './release.repository.ts';
import { type ACTION_STATUSES, type PATHWAY_STATUSES, type PATHWAYS, releaseActions, releasePathways } from './release.tables.ts';

type Pathway = (typeof PATHWAYS)[number];

async function pathwayRow(db: Executor, personId: string, pathway: Pathway, lock = false) {
  const plan = await openPlanOf(db, personId);
  if (!plan) return undefined;
  const query = db
    .select()
    .from(releasePathways)
    .where(and(eq(releasePathways.planId, plan.id), eq(releasePathways.pathway, pathway)));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

/** Saves a pathway's needs and status, at the version the form was read at; the change is audited field by field. */
export async function savePathway(
  db: Database,
  actor: PeopleActor,
  personId: string,
  input: { pathway: Pathway; version: number; needs: string; status: (typeof PATHWAY_STATUSES)[number] },
) {
  const before = await pathwayRow(db, personId, input.pathway);
  const after = { needs: input.needs, status: input.status };
  await withPerson(
    db,
    actor,
    {
      personId,
      permission: 'release:prepare',
      action: 'release.pathway.update',
      forUpdate: true,
      details: { pathway: input.pathway },
      changes: () => (before ? fieldChanges<Record<string, unknown>>(before, after) : []),
    },
    async (tx, person) => {
      const row = await pathwayRow(tx, person.id, input.pathway, true);
      if (!row) throw new ReleaseRefused('no_open_plan', 404);
      if (row.version !== input.version || row.version !== before?.version) throw new ReleaseRefused('stale', 409);
      await tx
        .update(releasePathways)
        .set({ ...after, updatedBy: actor.user.id, updatedAt: new Date(), version: sql`${releasePathways.version} + 1` })
        .where(eq(releasePathways.id, row.id));
    },
  );
}

/** Adds an action to a pathway: what, who is responsible, and by when. */
export async function addAction(
  db: Database,
  actor: PeopleActor,
  personId: string,
  input: { pathway: Pathway; what: string; who: string; targetOn: string },
) {
  await withPerson(
    db,
    actor,
    {
      personId,
      permission: 'release:prepare',
      action: 'release.action.add',
      forUpdate: true,
      details: { pathway: input.pathway },
      changes: () => fieldChanges<Record<string, unknown>>({}, { what: input.what, who: input.who, targetOn: input.targetOn }),
    },
    async (tx, person) => {
      const row = await pathwayRow(tx, person.id, input.pathway, true);
      if (!row) throw new ReleaseRefused('no_open_plan', 404);
      await tx.insert(releaseActions).values({
        pathwayId: row.id,
        what: input.what,
        who: input.who,
        targetOn: input.targetOn,
        createdBy: actor.user.id,
        updatedBy: actor.user.id,
      });
    },
  );
}

/** Moves an action on (planned → in progress → done, or cancelled), at the version the form was read at. */
export async function setActionStatus(
  db: Database,
  actor: PeopleActor,
  personId: string,
  input: { actionId: string; version: number; status: (typeof ACTION_STATUSES)[number] },
) {
  const actionOf = async (tx: Executor, lock: boolean) => {
    const plan = await openPlanOf(tx, personId);
    if (!plan) return undefined;
    const query = tx
      .select({ action: releaseActions })
      .from(releaseActions)
      .innerJoin(releasePathways, eq(releasePathways.id, releaseActions.pathwayId))
      .where(and(eq(releaseActions.id, input.actionId), eq(releasePathways.planId, plan.id)));
    const [row] = lock ? await query.for('update') : await query;
    return row?.action;
  };
  const before = await actionOf(db, false);
  await withPerson(
    db,
    actor,
    {
      personId,
      permission: 'release:prepare',
      action: 'release.action.update',
      forUpdate: true,
      details: { actionId: input.actionId },
      changes: () => (before ? fieldChanges<Record<string, unknown>>(before, { status: input.status }) : []),
    },
    async (tx) => {
      const row = await actionOf(tx, true);
      if (!row) throw new ReleaseRefused('no_open_plan', 404);
      if (row.version !== input.version || row.version !== before?.version) throw new ReleaseRefused('stale', 409);
      await tx
        .update(releaseActions)
        .set({ status: input.status, updatedBy: actor.user.id, updatedAt: new Date(), version: sql`${releaseActions.version} + 1` })
        .where(eq(releaseActions.id, row.id));
    },
  );
}
