import { desc, eq } from 'drizzle-orm';
import {
  probationBreachReports,
  probationContacts,
  probationOrderConditions,
  probationOrders,
  probationViolations,
} from '../../src/modules/probation/probation.tables.ts';
import type { TestApp } from '../support/app.ts';
import { bishkekDay, insertPerson, postForm, typed, unitIdOf } from './classification.fixture.ts';

/**
 * Shared set-up for the probation tests: probation clients at the Osh office, orders straight into the table
 * when the test is about something else, and the order page's forms posted as a user would.
 */
export const probationClient = (test: TestApp, familyName: string, unit = 'PROBATION_OSH') =>
  insertPerson(test, familyName, { unit, legalStatus: 'probation' });

export async function insertOrder(
  test: TestApp,
  input: {
    personId: string;
    createdBy: string;
    officerId?: string | null;
    startsOn?: string;
    endsOn?: string;
    kind?: 'conditional_sentence' | 'community_service';
    hoursOwed?: number | null;
    unit?: string;
  },
): Promise<string> {
  const startsOn = input.startsOn ?? bishkekDay(-60);
  const [row] = await test.database.db
    .insert(probationOrders)
    .values({
      personId: input.personId,
      probationType: 'executive',
      kind: input.kind ?? 'conditional_sentence',
      court: 'Ош шаардык соту',
      orderedOn: startsOn,
      startsOn,
      endsOn: input.endsOn ?? bishkekDay(300),
      officeId: await unitIdOf(test, input.unit ?? 'PROBATION_OSH'),
      officerId: input.officerId ?? null,
      hoursOwed: input.hoursOwed ?? null,
      createdBy: input.createdBy,
    })
    .returning({ id: probationOrders.id });
  return row!.id;
}

export const orderUrl = (personId: string, orderId: string) => `/people/${personId}/probation/orders/${orderId}`;

/** Posts one of the order page's forms (with the page's CSRF token). */
export const postOrderForm = (
  test: TestApp,
  cookies: string,
  personId: string,
  orderId: string,
  path: string,
  fields: Record<string, string>,
) => postForm(test, cookies, orderUrl(personId, orderId), `${orderUrl(personId, orderId)}/${path}`, fields);

export async function orderRow(test: TestApp, orderId: string) {
  const [row] = await test.database.db.select().from(probationOrders).where(eq(probationOrders.id, orderId));
  return row!;
}

export const conditionsOfOrder = (test: TestApp, orderId: string) =>
  test.database.db.select().from(probationOrderConditions).where(eq(probationOrderConditions.orderId, orderId));

export const contactsOfOrder = (test: TestApp, orderId: string) =>
  test.database.db.select().from(probationContacts).where(eq(probationContacts.orderId, orderId));

export const violationsOfOrder = (test: TestApp, orderId: string) =>
  test.database.db
    .select()
    .from(probationViolations)
    .where(eq(probationViolations.orderId, orderId))
    .orderBy(desc(probationViolations.recordedAt));

export const breachesOfOrder = (test: TestApp, orderId: string) =>
  test.database.db.select().from(probationBreachReports).where(eq(probationBreachReports.orderId, orderId));

/** A contact straight into the table (attended unless said). */
export async function insertContact(
  test: TestApp,
  input: { orderId: string; personId: string; on: string; recordedBy: string; attended?: boolean },
) {
  await test.database.db.insert(probationContacts).values({
    orderId: input.orderId,
    personId: input.personId,
    kind: 'office_visit',
    contactOn: input.on,
    attended: input.attended ?? true,
    missedReason: input.attended === false ? 'Ооруп калды' : null,
    recordedBy: input.recordedBy,
  });
}

export { bishkekDay, typed };
