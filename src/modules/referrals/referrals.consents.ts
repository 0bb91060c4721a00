import { and, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { users } from '../../platform/auth/auth.tables.ts';
import type { Executor } from '../../platform/db/pool.ts';
import { type LocalisedName, orgUnits } from '../../platform/org/org.tables.ts';
import { consentAllowsAccess, consentState, type ConsentState } from './referrals.consent-validity.ts';
import { ReferralRefused } from './referrals.errors.ts';
import { referralConsents, referralEvents, referrals } from './referrals.tables.ts';

export type ConsentRow = typeof referralConsents.$inferSelect;
export type ConsentListItem = ConsentRow & { partnerName: LocalisedName; recordedByName: string; state: ConsentState };

/** Records a consent (the caller authorised it through `withPerson`); returns its id. */
export async function recordConsent(
  tx: Executor,
  input: {
    personId: string;
    partnerUnitId: string;
    scope: string[];
    givenOn: string;
    validUntil: string;
    formReference: string;
    userId: string;
  },
): Promise<string> {
  const [row] = await tx
    .insert(referralConsents)
    .values({
      personId: input.personId,
      partnerUnitId: input.partnerUnitId,
      scope: input.scope,
      givenOn: input.givenOn,
      validUntil: input.validUntil,
      formReference: input.formReference,
      recordedBy: input.userId,
    })
    .returning({ id: referralConsents.id });
  return row!.id;
}

/**
 * Withdraws a consent with its date and reason. In the same transaction every open referral made under it is
 * withdrawn too, so the partner's access stops with this request (their pages check the consent as well).
 */
export async function withdrawConsent(
  tx: Executor,
  input: { personId: string; consentId: string; reason: string; userId: string; today: string },
): Promise<{ referralsWithdrawn: number }> {
  await consentOfPerson(tx, input.personId, input.consentId);
  const [consent] = await tx.select().from(referralConsents).where(eq(referralConsents.id, input.consentId)).for('update');
  if (!consent) throw new ReferralRefused('not_found', 404);
  if (consent.withdrawnOn) throw new ReferralRefused('consent_already_withdrawn', 409);
  const now = new Date();
  await tx
    .update(referralConsents)
    .set({
      withdrawnOn: input.today,
      withdrawalReason: input.reason,
      withdrawnBy: input.userId,
      withdrawnAt: now,
      version: consent.version + 1,
    })
    .where(eq(referralConsents.id, consent.id));
  const open = await tx
    .update(referrals)
    .set({
      status: 'withdrawn',
      withdrawalReason: input.reason,
      closedOn: input.today,
      version: sql`${referrals.version} + 1`,
      updatedAt: now,
    })
    .where(and(eq(referrals.consentId, consent.id), inArray(referrals.status, ['sent', 'accepted', 'in_progress'])))
    .returning({ id: referrals.id });
  if (open.length > 0) {
    await tx
      .insert(referralEvents)
      .values(open.map((row) => ({ referralId: row.id, kind: 'withdrawn' as const, note: input.reason, by: input.userId })));
  }
  return { referralsWithdrawn: open.length };
}

/** The consent in force today for this person and partner (the latest given), if any. */
export async function validConsentFor(
  tx: Executor,
  personId: string,
  partnerUnitId: string,
  today: string,
): Promise<ConsentRow | undefined> {
  const rows = await tx
    .select()
    .from(referralConsents)
    .where(
      and(eq(referralConsents.personId, personId), eq(referralConsents.partnerUnitId, partnerUnitId), isNull(referralConsents.withdrawnOn)),
    )
    .orderBy(desc(referralConsents.givenOn), desc(referralConsents.recordedAt));
  return rows.find((row) => consentAllowsAccess(row, today));
}

/** Every consent the person gave, withdrawn and expired ones included, newest first. */
export async function consentsOfPerson(tx: Executor, personId: string, today: string): Promise<ConsentListItem[]> {
  const rows = await tx
    .select({ consent: referralConsents, partnerName: orgUnits.name, recordedByName: users.displayName })
    .from(referralConsents)
    .innerJoin(orgUnits, eq(orgUnits.id, referralConsents.partnerUnitId))
    .innerJoin(users, eq(users.id, referralConsents.recordedBy))
    .where(eq(referralConsents.personId, personId))
    .orderBy(desc(referralConsents.recordedAt));
  return rows.map(({ consent, partnerName, recordedByName }) => ({
    ...consent,
    partnerName,
    recordedByName,
    state: consentState(consent, today),
  }));
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** One of the person's consents; another person's consent (or none) answers 404. */
export async function consentOfPerson(tx: Executor, personId: string, consentId: string): Promise<ConsentRow> {
  if (!UUID.test(consentId)) throw new ReferralRefused('not_found', 404);
  const [row] = await tx
    .select()
    .from(referralConsents)
    .where(and(eq(referralConsents.id, consentId), eq(referralConsents.personId, personId)));
  if (!row) throw new ReferralRefused('not_found', 404);
  return row;
}
