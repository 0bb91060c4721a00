import { eq } from 'drizzle-orm';
import type { Executor } from '../../platform/db/pool.ts';
import { territories } from '../../platform/org/org.tables.ts';
import { contactsOf, fullName, people } from '../people/people.service.ts';
import type { ConsentRow, ReferralRow } from './referrals.partner-access.ts';
import { type ReferralSource, type SharedView, sharedViewOf } from './referrals.shared-view.ts';

const EMPTY: ReferralSource = {
  identity: { fullName: '', dateOfBirth: '' },
  contact: { phone: null },
  address: { address: null, district: null },
  needs: [],
  planObjective: null,
  risk: null,
};

/**
 * The partner's view of a referral's person. Only the groups the consent names are even read from the
 * person's record; `sharedViewOf` then decides, field by field, what the view holds.
 */
export async function partnerViewOf(tx: Executor, referral: ReferralRow, consent: ConsentRow): Promise<SharedView> {
  const scope = consent.scope;
  const source: ReferralSource = { ...EMPTY };
  const needsPerson = scope.includes('identity') || scope.includes('address');
  const [person] = needsPerson ? await tx.select().from(people).where(eq(people.id, referral.personId)) : [];
  if (person && scope.includes('identity')) source.identity = { fullName: fullName(person), dateOfBirth: person.dateOfBirth };
  if (person && scope.includes('address')) {
    const territoryId = person.actualTerritoryId ?? person.registeredTerritoryId;
    const [district] = territoryId
      ? await tx.select({ name: territories.name }).from(territories).where(eq(territories.id, territoryId))
      : [];
    source.address = { address: person.actualAddress ?? person.registeredAddress, district: district?.name ?? null };
  }
  if (scope.includes('contact')) {
    const phone = (await contactsOf(tx, referral.personId)).find((contact) => contact.kind === 'phone');
    source.contact = { phone: phone?.value ?? null };
  }
  source.needs = referral.needs;
  source.planObjective = referral.planObjective;
  source.risk = referral.riskNote;
  return sharedViewOf(scope, source);
}
