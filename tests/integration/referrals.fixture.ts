import { and, eq } from 'drizzle-orm';
import { loadDemoPartners } from '../../src/modules/partners/partners.service.ts';
import { referralConsents, referrals } from '../../src/modules/referrals/referrals.tables.ts';
import { auditEvents } from '../../src/platform/audit/audit.tables.ts';
import type { TestApp } from '../support/app.ts';
import { bishkekDay, insertPerson, postForm, typed, unitIdOf } from './classification.fixture.ts';

export { bishkekDay, insertPerson, postForm, typed, unitIdOf };

/**
 * Shared set-up for the partners and referrals tests: the demo partners (fictional organisation units of kind
 * `partner_organisation`, with their services and districts), consents straight into the table where a test is
 * not about recording them, and the audit events of a request.
 */
export async function demoPartners(test: TestApp) {
  await loadDemoPartners(test.database.db);
  return {
    women: await unitIdOf(test, 'DEMO_PARTNER_OSH_WOMEN'),
    legal: await unitIdOf(test, 'DEMO_PARTNER_OSH_LEGAL'),
  };
}

export async function insertConsent(
  test: TestApp,
  input: { personId: string; partnerUnitId: string; scope: string[]; recordedBy: string; givenOn?: string; validUntil?: string },
): Promise<string> {
  const [row] = await test.database.db
    .insert(referralConsents)
    .values({
      personId: input.personId,
      partnerUnitId: input.partnerUnitId,
      scope: input.scope,
      givenOn: input.givenOn ?? bishkekDay(-10),
      validUntil: input.validUntil ?? bishkekDay(180),
      formReference: 'Форма №17',
      recordedBy: input.recordedBy,
    })
    .returning({ id: referralConsents.id });
  return row!.id;
}

export async function referralsOf(test: TestApp, personId: string) {
  return test.database.db.select().from(referrals).where(eq(referrals.personId, personId)).orderBy(referrals.createdAt);
}

export async function referralById(test: TestApp, id: string) {
  return (await test.database.db.select().from(referrals).where(eq(referrals.id, id)))[0]!;
}

/** The audit events a response's request wrote. */
export async function eventsOf(test: TestApp, response: { headers: Record<string, unknown> }) {
  return test.database.db
    .select()
    .from(auditEvents)
    .where(eq(auditEvents.requestId, String(response.headers['x-request-id'])));
}

export async function eventsFor(test: TestApp, action: string, resourceId: string) {
  return test.database.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.action, action), eq(auditEvents.resourceId, resourceId)));
}

/** The referral's id from a redirect to the officer's referral page. */
export const referralIdFrom = (location: unknown) => /\/referrals\/([0-9a-f-]{36})/.exec(String(location))?.[1] ?? '';
