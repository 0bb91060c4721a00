import type { LocalisedName } from '../../platform/org/org.tables.ts';
import type { ReferralNeed, SharedFieldGroup } from './referrals.tables.ts';

/** Everything a partner could ever be shown about a referred person, before the consent's scope is applied. */
export type ReferralSource = {
  identity: { fullName: string; dateOfBirth: string };
  contact: { phone: string | null };
  address: { address: string | null; district: LocalisedName | null };
  needs: ReferralNeed[];
  planObjective: string | null;
  risk: string | null;
};

/** The partner's view: only the groups the consent names; a group not shared is absent, not empty. */
export type SharedView = {
  identity?: ReferralSource['identity'];
  contact?: ReferralSource['contact'];
  address?: ReferralSource['address'];
  needs?: ReferralNeed[];
  planObjective?: string | null;
  risk?: string | null;
};

/**
 * Builds what a partner sees of a referred person from the consent's scope, field group by field group. The
 * caller also loads only the scoped groups; this is the one place that decides, so a test proves each group.
 */
export function sharedViewOf(scope: readonly string[], source: ReferralSource): SharedView {
  const has = (group: SharedFieldGroup) => scope.includes(group);
  const view: SharedView = {};
  if (has('identity')) view.identity = { fullName: source.identity.fullName, dateOfBirth: source.identity.dateOfBirth };
  if (has('contact')) view.contact = { phone: source.contact.phone };
  if (has('address')) view.address = { address: source.address.address, district: source.address.district };
  if (has('needs')) view.needs = source.needs.map((need) => ({ code: need.code, title: need.title }));
  if (has('plan_objective')) view.planObjective = source.planObjective;
  if (has('risk')) view.risk = source.risk;
  return view;
}
