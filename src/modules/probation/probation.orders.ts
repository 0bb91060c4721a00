import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Database, Executor } from '../../platform/db/pool.ts';
import { type PeopleActor, todayInBishkek, unitInScope, withPerson } from '../people/people.service.ts';
import { withOrder } from './probation.access.ts';
import { ProbationRefused, probationStale } from './probation.errors.ts';
import { officersOfOffice } from './probation.scope.ts';
import type { ORDER_KINDS, PROBATION_TYPES } from './probation.tables.ts';
import { probationConditionTypes, probationOrderConditions, probationOrders } from './probation.tables.ts';

export type OrderInput = {
  probationType: (typeof PROBATION_TYPES)[number];
  kind: (typeof ORDER_KINDS)[number];
  court: string;
  orderedOn: string;
  startsOn: string;
  endsOn: string;
  officeId: string;
  officerId: string | null;
  hoursOwed: number | null;
  /** Conditions from the reference list, in force for the whole order. */
  conditionCodes: string[];
  /** A free condition, also for the whole order. */
  freeCondition: string | null;
};

/** Whether the officer may supervise orders of the office: the allocation select offers only these. */
async function checkOfficer(tx: Executor, officeId: string, officerId: string | null) {
  if (officerId === null) return;
  const officers = await officersOfOffice(tx, officeId);
  if (!officers.some((officer) => officer.id === officerId)) throw new ProbationRefused('not_a_supervising_officer', 400, 'officerId');
}

/**
 * Opens an order for a person (`probation:supervise` over the person), with its conditions, in one
 * transaction. The office must be one the user works in; only a manager (`probation:allocate`) may name
 * another officer — an officer may take the order themselves or leave it for allocation.
 */
export async function createOrder(db: Database, actor: PeopleActor, personId: string, input: OrderInput): Promise<string> {
  const details = { kind: input.kind, probationType: input.probationType };
  return withPerson(db, actor, { personId, permission: 'probation:supervise', action: 'probation.order.create', details }, async (tx) => {
    if (!(await unitInScope(tx, actor.user, 'probation:supervise', input.officeId)))
      throw new ProbationRefused('not_found', 400, 'officeId');
    if (input.officerId !== null && input.officerId !== actor.user.id && !actor.user.permissions.has('probation:allocate'))
      throw new ProbationRefused('not_a_supervising_officer', 400, 'officerId');
    await checkOfficer(tx, input.officeId, input.officerId);
    const allocated = input.officerId ? { officerId: input.officerId, allocatedBy: actor.user.id, allocatedAt: new Date() } : {};
    const [order] = await tx
      .insert(probationOrders)
      .values({
        personId,
        probationType: input.probationType,
        kind: input.kind,
        court: input.court,
        orderedOn: input.orderedOn,
        startsOn: input.startsOn,
        endsOn: input.endsOn,
        officeId: input.officeId,
        hoursOwed: input.hoursOwed,
        createdBy: actor.user.id,
        ...allocated,
      })
      .returning({ id: probationOrders.id });
    const whole = { orderId: order!.id, startsOn: input.startsOn, endsOn: input.endsOn, createdBy: actor.user.id };
    const conditions = [
      ...input.conditionCodes.map((code) => ({ ...whole, conditionCode: code })),
      ...(input.freeCondition ? [{ ...whole, freeText: input.freeCondition }] : []),
    ];
    if (conditions.length > 0) await tx.insert(probationOrderConditions).values(conditions);
    return order!.id;
  });
}

export type ConditionInput = { conditionCode: string | null; freeText: string | null; startsOn: string; endsOn: string };

/** A condition must lie within its order: it may not start before the order or end after it. */
export function checkConditionDates(order: { startsOn: string; endsOn: string }, condition: { startsOn: string; endsOn: string }) {
  if (condition.startsOn < order.startsOn) throw new ProbationRefused('condition_before_order', 400, 'conditionStartsOn');
  if (condition.endsOn > order.endsOn) throw new ProbationRefused('condition_after_order', 400, 'conditionEndsOn');
}

/** Adds a condition to an active order (in the caller's transaction; the violation response uses it too). */
export async function insertCondition(
  tx: Executor,
  order: { id: string; status: string; startsOn: string; endsOn: string },
  input: ConditionInput & { userId: string; violationId?: string },
) {
  if (order.status !== 'active') throw new ProbationRefused('order_closed', 409);
  checkConditionDates(order, input);
  if (input.conditionCode !== null) {
    const known = await tx.select().from(probationConditionTypes).where(eq(probationConditionTypes.code, input.conditionCode));
    if (known.length === 0) throw new ProbationRefused('unknown_condition', 400, 'conditionCode');
  }
  await tx.insert(probationOrderConditions).values({
    orderId: order.id,
    conditionCode: input.conditionCode,
    freeText: input.freeText,
    startsOn: input.startsOn,
    endsOn: input.endsOn,
    violationId: input.violationId,
    createdBy: input.userId,
  });
}

export async function addCondition(db: Database, actor: PeopleActor, ids: { personId: string; orderId: string }, input: ConditionInput) {
  const details = { conditionCode: input.conditionCode, free: input.freeText !== null };
  await withOrder(
    db,
    actor,
    { ...ids, permission: 'probation:supervise', action: 'probation.condition.add', details },
    (tx, _person, order) => insertCondition(tx, order, { ...input, userId: actor.user.id }),
  );
}

/** Community service hours worked: added to the order, never beyond the hours owed. */
export async function recordHours(
  db: Database,
  actor: PeopleActor,
  ids: { personId: string; orderId: string },
  input: { version: number; hours: number },
) {
  await withOrder(
    db,
    actor,
    { ...ids, permission: 'probation:supervise', action: 'probation.hours.record', details: { hours: input.hours }, forUpdate: true },
    async (tx, _person, order) => {
      if (order.version !== input.version) throw probationStale();
      if (order.status !== 'active') throw new ProbationRefused('order_closed', 409);
      if (order.hoursOwed === null) throw new ProbationRefused('no_hours_owed', 400, 'hours');
      if (order.hoursWorked + input.hours > order.hoursOwed) throw new ProbationRefused('hours_beyond_owed', 400, 'hours');
      await tx
        .update(probationOrders)
        .set({ hoursWorked: order.hoursWorked + input.hours, version: order.version + 1, updatedAt: new Date() })
        .where(eq(probationOrders.id, order.id));
    },
  );
}

export type CloseInput = { version: number; outcome: 'completed' | 'terminated'; closedOn: string; reason: string };

/**
 * Completion or early termination: the order closes with its reason and date, and every condition still
 * running on that day ends with it (its `endedOn`), so nothing stays in force after the order.
 */
export async function closeOrder(db: Database, actor: PeopleActor, ids: { personId: string; orderId: string }, input: CloseInput) {
  const action = input.outcome === 'completed' ? 'probation.order.complete' : 'probation.order.terminate';
  await withOrder(
    db,
    actor,
    { ...ids, permission: 'probation:supervise', action, reason: input.reason, forUpdate: true, details: { closedOn: input.closedOn } },
    async (tx, _person, order) => {
      if (order.version !== input.version) throw probationStale();
      if (order.status !== 'active') throw new ProbationRefused('order_closed', 409);
      if (input.closedOn < order.startsOn) throw new ProbationRefused('closing_before_start', 400, 'closedOn');
      if (input.closedOn > todayInBishkek()) throw new ProbationRefused('date_in_future', 400, 'closedOn');
      await tx
        .update(probationOrders)
        .set({
          status: input.outcome,
          closedOn: input.closedOn,
          closeReason: input.reason,
          closedBy: actor.user.id,
          version: order.version + 1,
          updatedAt: new Date(),
        })
        .where(eq(probationOrders.id, order.id));
      await tx
        .update(probationOrderConditions)
        .set({ endedOn: sql`least(${probationOrderConditions.endsOn}, ${input.closedOn}::date)` })
        .where(
          and(
            eq(probationOrderConditions.orderId, order.id),
            isNull(probationOrderConditions.endedOn),
            gt(probationOrderConditions.endsOn, input.closedOn),
          ),
        );
    },
  );
}
