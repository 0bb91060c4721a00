import { asc, eq, sql } from 'drizzle-orm';
import { users } from '../../platform/auth/auth.tables.ts';
import type { SessionUser } from '../../platform/auth/sessions.ts';
import type { Executor } from '../../platform/db/pool.ts';
import type { LocalisedName } from '../../platform/org/org.tables.ts';
import { consentInForce, inUserScope } from './referrals.scope.ts';
import { referralEvents, referralSessions, type ReferralStatus } from './referrals.tables.ts';

export type ReferralListItem = {
  id: string;
  personId: string;
  /** Null where the list must not show it (a partner without the "identity" group). */
  personName: string | null;
  partnerName: LocalisedName;
  service: string;
  status: ReferralStatus;
  actionPlanStatus: string;
  sentOn: string;
  sessions: number;
};

const LIST = sql`
  select r.id, r.person_id as "personId", p.family_name || ' ' || p.given_name as "personName", u.name as "partnerName",
    r.service, r.status, r.action_plan_status as "actionPlanStatus", to_char(r.sent_on, 'YYYY-MM-DD') as "sentOn",
    (select count(*)::int from referral_sessions s where s.referral_id = r.id) as sessions,
    'identity' = any(c.scope) as "identityShared"
  from referrals r join people p on p.id = r.person_id join org_units u on u.id = r.partner_unit_id
    join referral_consents c on c.id = r.consent_id`;

/** The person's referrals, newest first (the person's referrals tab: the caller went through `withPerson`). */
export async function referralsOfPerson(tx: Executor, personId: string): Promise<ReferralListItem[]> {
  const result = await tx.execute<ReferralListItem>(sql`${LIST} where r.person_id = ${personId} order by r.created_at desc`);
  return result.rows;
}

/** The referrals the officer made, of people still in their units, open ones first. */
export async function referralsMadeBy(tx: Executor, user: SessionUser): Promise<ReferralListItem[]> {
  const result = await tx.execute<ReferralListItem>(sql`${LIST}
    where r.created_by = ${user.id} and ${inUserScope(user, 'referrals:make', sql`p.unit_id`)}
    order by r.status in ('declined', 'completed', 'withdrawn'), r.created_at desc`);
  return result.rows;
}

/**
 * The partner worker's referrals: sent to their organisation, with the consent in force today. The name shows
 * only where the consent shares identity; new referrals first.
 */
export async function referralsForPartner(tx: Executor, user: SessionUser, today: string): Promise<ReferralListItem[]> {
  const result = await tx.execute<ReferralListItem & { identityShared: boolean }>(sql`${LIST}
    where ${inUserScope(user, 'referrals:partner', sql`r.partner_unit_id`)} and ${consentInForce(today)}
    order by r.status <> 'sent', r.status in ('declined', 'completed', 'withdrawn'), r.created_at desc`);
  return result.rows.map(({ identityShared, ...row }) => ({ ...row, personName: identityShared ? row.personName : null }));
}

export async function sessionsOf(tx: Executor, referralId: string) {
  return tx
    .select({ id: referralSessions.id, heldOn: referralSessions.heldOn, attended: referralSessions.attended, note: referralSessions.note })
    .from(referralSessions)
    .where(eq(referralSessions.referralId, referralId))
    .orderBy(asc(referralSessions.heldOn), asc(referralSessions.recordedAt));
}

export async function historyOf(tx: Executor, referralId: string) {
  return tx
    .select({ kind: referralEvents.kind, note: referralEvents.note, at: referralEvents.at, by: users.displayName })
    .from(referralEvents)
    .innerJoin(users, eq(users.id, referralEvents.by))
    .where(eq(referralEvents.referralId, referralId))
    .orderBy(asc(referralEvents.at));
}

export async function partnerNameOf(tx: Executor, unitId: string): Promise<LocalisedName> {
  const result = await tx.execute<{ name: LocalisedName }>(sql`select name from org_units where id = ${unitId}`);
  return result.rows[0]!.name;
}
