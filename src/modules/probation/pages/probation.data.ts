import type { Executor } from '../../../platform/db/pool.ts';
import { todayInBishkek } from '../../people/people.service.ts';
import {
  breachReportsOfPerson,
  type BreachRecord,
  type ConditionRecord,
  conditionsOf,
  type ContactRecord,
  contactsOfPerson,
  type OrderRecord,
  ordersOfPerson,
  staffNames,
  type Supervision,
  supervisionOf,
  type ViolationRecord,
  violationsOfPerson,
} from '../probation.person.ts';

export type OrderView = {
  order: OrderRecord;
  supervision: Supervision;
  conditions: ConditionRecord[];
  contacts: ContactRecord[];
  violations: ViolationRecord[];
  breaches: BreachRecord[];
};
export type PersonProbation = { orders: OrderView[]; names: Map<string, string>; today: string };

/** Everything the probation tab and the order page show about a person, read in the page's transaction. */
export async function loadPersonProbation(tx: Executor, personId: string): Promise<PersonProbation> {
  const today = todayInBishkek();
  const orders = await ordersOfPerson(tx, personId);
  const conditions = await conditionsOf(
    tx,
    orders.map((order) => order.id),
  );
  const contacts = await contactsOfPerson(tx, personId);
  const violations = await violationsOfPerson(tx, personId);
  const breaches = await breachReportsOfPerson(tx, personId);
  const views: OrderView[] = [];
  for (const order of orders) {
    views.push({
      order,
      supervision: await supervisionOf(tx, order, contacts, today),
      conditions: conditions.filter((condition) => condition.orderId === order.id),
      contacts: contacts.filter((contact) => contact.orderId === order.id),
      violations: violations.filter((violation) => violation.orderId === order.id),
      breaches: breaches.filter((breach) => breach.orderId === order.id),
    });
  }
  const names = await staffNames(tx, [
    ...contacts.map((contact) => contact.recordedBy),
    ...violations.map((violation) => violation.recordedBy),
    ...breaches.flatMap((breach) => [breach.writtenBy, breach.approvedBy]),
  ]);
  return { orders: views, names, today };
}
