import { eq } from 'drizzle-orm';
import { authorise } from '../../platform/access/authorise.ts';
import type { Database } from '../../platform/db/pool.ts';
import type { PeopleActor } from '../people/people.service.ts';
import { personOfOrder, withOrder } from './probation.access.ts';
import { probationNotFound, ProbationRefused, probationStale } from './probation.errors.ts';
import { officersInScope, officersOfOffice } from './probation.scope.ts';
import { probationOfficerCapacities, probationOrders } from './probation.tables.ts';

/**
 * A manager (`probation:allocate` over the person) allocates an order, or moves it, to an officer who may
 * supervise orders of its office. Audited with the change of officer; a stale page is refused.
 */
export async function allocateOrder(db: Database, actor: PeopleActor, input: { orderId: string; officerId: string; version: number }) {
  const personId = await personOfOrder(db, input.orderId);
  if (!personId) throw probationNotFound();
  await withOrder(
    db,
    actor,
    {
      personId,
      orderId: input.orderId,
      permission: 'probation:allocate',
      action: 'probation.order.allocate',
      details: { officerId: input.officerId },
      forUpdate: true,
    },
    async (tx, _person, order) => {
      if (order.version !== input.version) throw probationStale();
      if (order.status !== 'active') throw new ProbationRefused('order_closed', 409);
      const officers = await officersOfOffice(tx, order.officeId);
      if (!officers.some((officer) => officer.id === input.officerId))
        throw new ProbationRefused('not_a_supervising_officer', 400, 'officerId');
      await tx
        .update(probationOrders)
        .set({
          officerId: input.officerId,
          allocatedBy: actor.user.id,
          allocatedAt: new Date(),
          version: order.version + 1,
          updatedAt: new Date(),
        })
        .where(eq(probationOrders.id, order.id));
    },
  );
}

/** How many orders an officer of the manager's team can carry (1–500); the manager's view shows it beside the load. */
export async function setCapacity(db: Database, actor: PeopleActor, input: { userId: string; capacity: number }) {
  await db.transaction(async (tx) => {
    await authorise(tx, {
      actor: actor.user,
      audit: actor.audit,
      permission: 'probation:allocate',
      action: 'probation.capacity.set',
      details: { userId: input.userId, capacity: input.capacity },
    });
    const team = await officersInScope(tx, actor.user);
    if (!team.some((officer) => officer.id === input.userId)) throw probationNotFound();
    await tx
      .insert(probationOfficerCapacities)
      .values({ userId: input.userId, capacity: input.capacity, updatedBy: actor.user.id })
      .onConflictDoUpdate({
        target: probationOfficerCapacities.userId,
        set: { capacity: input.capacity, updatedBy: actor.user.id, updatedAt: new Date() },
      });
  });
}
