import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { RecordNotFound } from '../../platform/access/access.errors.ts';
import { authorise } from '../../platform/access/authorise.ts';
import type { Database } from '../../platform/db/pool.ts';
import { type PeopleActor, withPerson } from '../people/people.service.ts';
import { handoverSendBy } from './release.due.ts';
import { ReleaseRefused } from './release.errors.ts';
import { buildPackage } from './release.package-build.ts';
import { handoverById, handoverOfPlan, type HandoverRow, openPlanOf, unitName } from './release.repository.ts';
import { handoverDaysBeforeRelease } from './release.settings.ts';
import { releaseHandovers } from './release.tables.ts';

/**
 * Need-to-know for the receiving office: until the person is actually under its supervision they stay in the
 * prison's scope, and the office cannot open their record. The handover itself is the office's door: it is a
 * record of the receiving office's unit, so whoever holds `handover:acknowledge` there (or above) may open
 * the frozen package — and only the package — each opening audited against the person.
 */
const handoverRecord = (row: HandoverRow) => ({
  resourceType: 'release_handover',
  resourceId: row.id,
  unitId: row.toOfficeId,
  personId: row.personId,
});

/**
 * Sends the handover for a release to supervision: the package is frozen now, with the deadline that applies
 * (release date less the configured days). Refused without a complete route, a second time, or after the
 * release date: a handover is prepared before release, not after.
 */
export async function sendHandover(db: Database, actor: PeopleActor, personId: string, input: { version: number }, today: string) {
  const id = randomUUID();
  await withPerson(
    db,
    actor,
    { personId, permission: 'release:prepare', action: 'release.handover.send', forUpdate: true, details: { handoverId: id } },
    async (tx, person) => {
      const plan = await openPlanOf(tx, person.id, true);
      if (!plan) throw new ReleaseRefused('no_open_plan', 404);
      if (plan.version !== input.version) throw new ReleaseRefused('stale', 409);
      if (await handoverOfPlan(tx, plan.id)) throw new ReleaseRefused('already_sent', 409);
      if (!plan.releaseType) throw new ReleaseRefused('route_incomplete', 400);
      if (!plan.supervision || !plan.receivingOfficeId) throw new ReleaseRefused('no_supervision', 400);
      if (today > plan.releaseOn) throw new ReleaseRefused('release_passed', 409);
      await tx.insert(releaseHandovers).values({
        id,
        planId: plan.id,
        personId: person.id,
        fromUnitId: person.unitId,
        toOfficeId: plan.receivingOfficeId,
        releaseOn: plan.releaseOn,
        sendBy: handoverSendBy(plan.releaseOn, handoverDaysBeforeRelease()),
        package: await buildPackage(tx, person, plan),
        sentBy: actor.user.id,
      });
    },
  );
  return id;
}

/** The receiving office opens a handover package: `handover:acknowledge` in the office's scope, audited. */
export async function viewHandover(db: Database, actor: PeopleActor, handoverId: string) {
  return db.transaction(async (tx) => {
    const row = await handoverById(tx, handoverId);
    if (!row) throw new RecordNotFound({ resourceType: 'release_handover', resourceId: handoverId });
    await authorise(tx, {
      actor: actor.user,
      audit: actor.audit,
      permission: 'handover:acknowledge',
      action: 'release.handover.view',
      record: handoverRecord(row),
    });
    return { row, fromUnit: await unitName(tx, row.fromUnitId), toOffice: await unitName(tx, row.toOfficeId) };
  });
}

/**
 * The receiving office acknowledges: only a user whose scope covers that office (anyone else gets 404, as
 * for any record outside their units), once, at the version they read.
 */
export async function acknowledgeHandover(
  db: Database,
  actor: PeopleActor,
  handoverId: string,
  input: { version: number; note: string | null },
) {
  await db.transaction(async (tx) => {
    const row = await handoverById(tx, handoverId, true);
    if (!row) throw new RecordNotFound({ resourceType: 'release_handover', resourceId: handoverId });
    await authorise(tx, {
      actor: actor.user,
      audit: actor.audit,
      permission: 'handover:acknowledge',
      action: 'release.handover.acknowledge',
      record: handoverRecord(row),
      changes: [{ field: 'status', from: row.status, to: 'acknowledged' }],
    });
    if (row.status === 'acknowledged') throw new ReleaseRefused('already_acknowledged', 409);
    if (row.version !== input.version) throw new ReleaseRefused('stale', 409);
    await tx
      .update(releaseHandovers)
      .set({
        status: 'acknowledged',
        acknowledgedBy: actor.user.id,
        acknowledgedAt: new Date(),
        acknowledgementNote: input.note,
        version: sql`${releaseHandovers.version} + 1`,
      })
      .where(eq(releaseHandovers.id, row.id));
  });
}
