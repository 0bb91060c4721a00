import { asc, eq, sql } from 'drizzle-orm';
import { type SubjectAccessRow, type SubjectAccessSection, subjectAccessCode, subjectAccessInstant } from '../people/people.service.ts';
import { referralConsents, referralEvents, referrals } from './referrals.tables.ts';

/**
 * The person's consents in the subject access export, withdrawn and expired ones included: with whom, what
 * was shared, until when, how given, and the withdrawal with its date and reason.
 */
export const referralConsentSection: SubjectAccessSection = {
  key: 'referralConsents',
  title: 'referrals.subjectAccess.consents',
  layout: 'entries',
  async rows({ tx, person, userName, unitName }): Promise<SubjectAccessRow[]> {
    const rows = await tx
      .select()
      .from(referralConsents)
      .where(eq(referralConsents.personId, person.id))
      .orderBy(asc(referralConsents.recordedAt));
    const result: SubjectAccessRow[] = [];
    for (const consent of rows) {
      result.push({
        id: consent.id,
        partner: await unitName(consent.partnerUnitId),
        sharedFields: consent.scope,
        givenOn: consent.givenOn,
        validUntil: consent.validUntil,
        formReference: consent.formReference,
        recordedBy: await userName(consent.recordedBy),
        recordedAt: subjectAccessInstant(consent.recordedAt),
        withdrawnOn: consent.withdrawnOn,
        reason: consent.withdrawalReason,
        withdrawnBy: await userName(consent.withdrawnBy),
      });
    }
    return result;
  },
};

/** The person's referrals: partner, service, reason, status, plan, sessions, end report, and every step taken. */
export const referralSection: SubjectAccessSection = {
  key: 'referrals',
  title: 'referrals.subjectAccess.referrals',
  layout: 'entries',
  codes: { status: subjectAccessCode('referrals.status'), service: subjectAccessCode('partners.service') },
  async rows({ tx, person, userName, unitName }): Promise<SubjectAccessRow[]> {
    const rows = await tx
      .select({
        referral: referrals,
        attended: sql<number>`(select count(*)::int from referral_sessions s where s.referral_id = ${referrals.id} and s.attended)`,
        absent: sql<number>`(select count(*)::int from referral_sessions s where s.referral_id = ${referrals.id} and not s.attended)`,
      })
      .from(referrals)
      .where(eq(referrals.personId, person.id))
      .orderBy(asc(referrals.createdAt));
    const result: SubjectAccessRow[] = [];
    for (const { referral, attended, absent } of rows) {
      const steps = await tx
        .select()
        .from(referralEvents)
        .where(eq(referralEvents.referralId, referral.id))
        .orderBy(asc(referralEvents.at));
      const history: SubjectAccessRow[] = [];
      for (const step of steps)
        history.push({ kind: step.kind, notes: step.note, recordedBy: await userName(step.by), recordedAt: subjectAccessInstant(step.at) });
      result.push({
        id: referral.id,
        partner: await unitName(referral.partnerUnitId),
        unit: await unitName(referral.referringUnitId),
        service: referral.service,
        reason: referral.reason,
        status: referral.status,
        startedOn: referral.sentOn,
        actionPlan: referral.actionPlan,
        attended,
        absent,
        endReport: referral.endReport,
        endedOn: referral.closedOn,
        createdBy: await userName(referral.createdBy),
        history,
      });
    }
    return result;
  },
};
