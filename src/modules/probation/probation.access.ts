import { and, eq, sql } from 'drizzle-orm';
import type { Permission } from '../../platform/auth/permissions.ts';
import type { Database, Executor } from '../../platform/db/pool.ts';
import { type PeopleActor, type PersonRow, withPerson } from '../people/people.service.ts';
import { probationNotFound } from './probation.errors.ts';
import { probationOrders } from './probation.tables.ts';

export type OrderRow = typeof probationOrders.$inferSelect;
type Tx = Parameters<Parameters<Database['transaction']>[0]>[0];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: string) => UUID.test(value);

/**
 * The door to one order: through `withPerson` (permission, the person's scope, one audit event naming the
 * order), then the order itself, locked when the work changes it. An order of another person, or none, is 404
 * like a person outside the user's units, so a guessed id reveals nothing.
 */
export async function withOrder<T>(
  db: Database,
  actor: PeopleActor,
  input: {
    personId: string;
    orderId: string;
    permission: Permission;
    action: string;
    details?: Record<string, unknown>;
    reason?: string;
    forUpdate?: boolean;
  },
  work: (tx: Tx, person: PersonRow, order: OrderRow) => Promise<T>,
): Promise<T> {
  const details = { orderId: input.orderId, ...input.details };
  return withPerson(
    db,
    actor,
    { personId: input.personId, permission: input.permission, action: input.action, details, reason: input.reason },
    async (tx, person) => {
      const order = await loadOrder(tx, person.id, input.orderId, input.forUpdate ?? false);
      if (!order) throw probationNotFound();
      return work(tx, person, order);
    },
  );
}

async function loadOrder(tx: Tx, personId: string, orderId: string, forUpdate: boolean): Promise<OrderRow | undefined> {
  if (!isUuid(orderId)) return undefined;
  const query = tx
    .select()
    .from(probationOrders)
    .where(and(eq(probationOrders.id, orderId), eq(probationOrders.personId, personId)));
  const [row] = forUpdate ? await query.for('update') : await query;
  return row;
}

/** The person an order belongs to, for routes that name only the order (allocation); undefined when absent. */
export async function personOfOrder(db: Executor, orderId: string): Promise<string | undefined> {
  if (!isUuid(orderId)) return undefined;
  const rows = await db.select({ personId: probationOrders.personId }).from(probationOrders).where(eq(probationOrders.id, orderId));
  return rows[0]?.personId;
}

/** The order a breach report belongs to, for pages that show the report inside its order; undefined when absent. */
export async function orderOfBreach(db: Executor, breachId: string): Promise<string | undefined> {
  if (!isUuid(breachId)) return undefined;
  const result = await db.execute<{ orderId: string }>(
    sql`select order_id as "orderId" from probation_breach_reports where id = ${breachId}::uuid`,
  );
  return result.rows[0]?.orderId;
}
