import { asc, desc, eq, inArray } from 'drizzle-orm';
import { users } from '../../platform/auth/auth.tables.ts';
import type { Executor } from '../../platform/db/pool.ts';
import { type LocalisedName, orgUnits } from '../../platform/org/org.tables.ts';
import { classificationInForce } from '../assessments/assessments.service.ts';
import {
  contactStanding,
  type ContactStanding,
  nextContactDue,
  scheduleIntensityOf,
  type ScheduleIntensity,
} from './probation.schedule.ts';
import { contactIntervals } from './probation.settings.ts';
import {
  probationBreachReports,
  probationConditionTypes,
  probationContacts,
  probationOrderConditions,
  probationOrders,
  probationTypes,
  probationViolations,
} from './probation.tables.ts';

export type OrderRecord = typeof probationOrders.$inferSelect & {
  typeName: LocalisedName;
  officeName: LocalisedName;
  officerName: string | null;
};
export type ConditionRecord = typeof probationOrderConditions.$inferSelect & { name: LocalisedName | null };
export type ContactRecord = typeof probationContacts.$inferSelect;
export type ViolationRecord = typeof probationViolations.$inferSelect;
export type BreachRecord = typeof probationBreachReports.$inferSelect;

/**
 * A person's orders, newest first, with the names the pages and reports show. For the court-reports and
 * reporting work: this is the read other modules use (`probation.service.ts`), in the caller's transaction.
 */
export async function ordersOfPerson(tx: Executor, personId: string): Promise<OrderRecord[]> {
  const rows = await tx
    .select({ order: probationOrders, typeName: probationTypes.name, officeName: orgUnits.name, officerName: users.displayName })
    .from(probationOrders)
    .innerJoin(probationTypes, eq(probationTypes.code, probationOrders.probationType))
    .innerJoin(orgUnits, eq(orgUnits.id, probationOrders.officeId))
    .leftJoin(users, eq(users.id, probationOrders.officerId))
    .where(eq(probationOrders.personId, personId))
    .orderBy(desc(probationOrders.startsOn), desc(probationOrders.createdAt));
  return rows.map((row) => ({ ...row.order, typeName: row.typeName, officeName: row.officeName, officerName: row.officerName }));
}

export async function conditionsOf(tx: Executor, orderIds: readonly string[]): Promise<ConditionRecord[]> {
  if (orderIds.length === 0) return [];
  const rows = await tx
    .select({ condition: probationOrderConditions, name: probationConditionTypes.name })
    .from(probationOrderConditions)
    .leftJoin(probationConditionTypes, eq(probationConditionTypes.code, probationOrderConditions.conditionCode))
    .where(inArray(probationOrderConditions.orderId, [...orderIds]))
    .orderBy(asc(probationOrderConditions.startsOn), asc(probationOrderConditions.createdAt));
  return rows.map((row) => ({ ...row.condition, name: row.name }));
}

/** The person's supervision contacts across their orders, newest first (for the reports on contacts on time). */
export async function contactsOfPerson(tx: Executor, personId: string): Promise<ContactRecord[]> {
  return tx
    .select()
    .from(probationContacts)
    .where(eq(probationContacts.personId, personId))
    .orderBy(desc(probationContacts.contactOn), desc(probationContacts.recordedAt));
}

export async function violationsOfPerson(tx: Executor, personId: string): Promise<ViolationRecord[]> {
  return tx
    .select()
    .from(probationViolations)
    .where(eq(probationViolations.personId, personId))
    .orderBy(desc(probationViolations.occurredOn), desc(probationViolations.recordedAt));
}

export async function breachReportsOfPerson(tx: Executor, personId: string): Promise<BreachRecord[]> {
  return tx
    .select()
    .from(probationBreachReports)
    .where(eq(probationBreachReports.personId, personId))
    .orderBy(desc(probationBreachReports.writtenAt));
}

export type Supervision = { intensity: ScheduleIntensity; intervalDays: number; standing: ContactStanding };

/** The order's schedule on `today`: the intensity in force, the interval it sets, the next contact due and whether it is overdue. */
export async function supervisionOf(
  tx: Executor,
  order: OrderRecord,
  contacts: readonly ContactRecord[],
  today: string,
): Promise<Supervision> {
  const intervals = await contactIntervals(tx);
  const intensity = scheduleIntensityOf((await classificationInForce(tx, order.personId))?.decision.intensity);
  const attended = contacts.filter((contact) => contact.orderId === order.id && contact.attended).map((contact) => contact.contactOn);
  const lastAttendedOn = attended.length > 0 ? attended.reduce((a, b) => (a > b ? a : b)) : null;
  const due =
    order.status === 'active'
      ? nextContactDue({ intensity, intervals, startsOn: order.startsOn, endsOn: order.endsOn, lastAttendedOn })
      : null;
  return { intensity, intervalDays: intervals[intensity], standing: contactStanding(due, today) };
}

/** Display names of the staff a page names (who wrote, approved, recorded). */
export async function staffNames(tx: Executor, ids: readonly (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map();
  const rows = await tx.select({ id: users.id, name: users.displayName }).from(users).where(inArray(users.id, wanted));
  return new Map(rows.map((row) => [row.id, row.name]));
}
