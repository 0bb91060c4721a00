import { eq } from 'drizzle-orm';
import { AccessRefused, RecordNotFound } from '../../platform/access/access.errors.ts';
import { authorise } from '../../platform/access/authorise.ts';
import type { AuditActor } from '../../platform/audit/audit.service.ts';
import type { FieldChange } from '../../platform/audit/audit.tables.ts';
import type { SessionUser } from '../../platform/auth/sessions.ts';
import type { Database } from '../../platform/db/pool.ts';
import { todayInBishkek } from '../people/people.service.ts';
import { consentState } from './referrals.consent-validity.ts';
import { referralConsents, referrals } from './referrals.tables.ts';

export type ReferralRow = typeof referrals.$inferSelect;
export type ConsentRow = typeof referralConsents.$inferSelect;
type Tx = Parameters<Parameters<Database['transaction']>[0]>[0];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const referralRecord = (id: string) => ({ resourceType: 'referral', resourceId: id });

/**
 * A partner worker's one door to a referral: one transaction that loads it (locking it for a change), checks
 * `referrals:partner` and that the referral was sent to the worker's organisation (another organisation's
 * referral answers 404, audited as out of scope), then that the consent is in force today. A withdrawn or
 * expired consent also answers 404, audited with the reason `consent_not_valid`, so the partner learns nothing.
 */
export async function withPartnerReferral<T>(
  db: Database,
  actor: { user: SessionUser; audit: AuditActor },
  input: { referralId: string; action: string; details?: Record<string, unknown>; changes?: FieldChange[]; forUpdate?: boolean },
  work: (tx: Tx, referral: ReferralRow, consent: ConsentRow) => Promise<T>,
): Promise<T> {
  const record = referralRecord(input.referralId);
  return db.transaction(async (tx) => {
    if (!UUID.test(input.referralId)) throw new RecordNotFound(record);
    const query = tx
      .select({ referral: referrals, consent: referralConsents })
      .from(referrals)
      .innerJoin(referralConsents, eq(referralConsents.id, referrals.consentId))
      .where(eq(referrals.id, input.referralId));
    const [found] = input.forUpdate ? await query.for('update', { of: referrals }) : await query;
    if (!found) throw new RecordNotFound(record);
    const scoped = { ...record, unitId: found.referral.partnerUnitId, personId: found.referral.personId };
    await authorise(tx, {
      actor: actor.user,
      audit: actor.audit,
      permission: 'referrals:partner',
      action: input.action,
      record: scoped,
      details: input.details,
      changes: input.changes,
    });
    const state = consentState(found.consent, todayInBishkek());
    if (state !== 'valid') {
      // Thrown out of the transaction, so the success event above rolls back and only this refusal is recorded.
      throw new AccessRefused(
        404,
        {
          action: input.action,
          outcome: 'denied',
          reason: 'consent_not_valid',
          resourceType: record.resourceType,
          resourceId: record.resourceId,
          personId: found.referral.personId,
          details: { ...input.details, consent: state },
        },
        record,
      );
    }
    return work(tx, found.referral, found.consent);
  });
}
