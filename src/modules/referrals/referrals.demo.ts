import { eq, sql } from 'drizzle-orm';
import { users } from '../../platform/auth/auth.tables.ts';
import type { Database } from '../../platform/db/pool.ts';
import { orgUnits } from '../../platform/org/org.tables.ts';
import { todayInBishkek } from '../people/people.service.ts';
import { recordConsent } from './referrals.consents.ts';
import { makeReferral } from './referrals.make.ts';

/**
 * One demo referral for the demo partner worker (`partner.osh`) to answer: a probation client of the Osh office,
 * with a consent to the demo women's committee recorded by the demo probation officer. Only when there is no
 * referral yet, and only when the demo accounts, partners and people are there.
 */
export async function loadDemoReferrals(db: Database): Promise<void> {
  const [existing] = (await db.execute<{ count: number }>(sql`select count(*)::int as count from referrals`)).rows;
  if ((existing?.count ?? 0) > 0) return;
  const [officer] = await db.select({ id: users.id }).from(users).where(eq(users.username, 'probation'));
  const [partner] = await db.select({ id: orgUnits.id }).from(orgUnits).where(eq(orgUnits.code, 'DEMO_PARTNER_OSH_WOMEN'));
  const [person] = (
    await db.execute<{ id: string; unit_id: string }>(sql`
      select p.id, p.unit_id from people p join org_units u on u.id = p.unit_id
      where u.code = 'PROBATION_OSH' and p.merged_into_id is null order by p.family_name, p.id limit 1`)
  ).rows;
  if (!officer || !partner || !person) return;
  const today = todayInBishkek();
  const until = new Date(`${today}T00:00:00Z`);
  until.setUTCMonth(until.getUTCMonth() + 6);
  await db.transaction(async (tx) => {
    await recordConsent(tx, {
      personId: person.id,
      partnerUnitId: partner.id,
      scope: ['identity', 'contact', 'needs'],
      givenOn: today,
      validUntil: until.toISOString().slice(0, 10),
      formReference: 'ДЕМО-1',
      userId: officer.id,
    });
    await makeReferral(tx, {
      personId: person.id,
      personUnitId: person.unit_id,
      partnerUnitId: partner.id,
      service: 'psychosocial_support',
      reason: 'Үй-бүлөсү менен мамилесин калыбына келтирүүгө колдоо керек (демо).',
      needs: [],
      planObjective: null,
      riskNote: null,
      userId: officer.id,
      today,
    });
  });
}
