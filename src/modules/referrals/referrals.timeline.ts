import { eq, inArray } from 'drizzle-orm';
import { orgUnits } from '../../platform/org/org.tables.ts';
import { type TimelineEntry, type TimelineSource, todayInBishkek } from '../people/people.service.ts';
import { referralConsents, referralEvents, referrals } from './referrals.tables.ts';

/** Which steps of a referral make the person's timeline: the decisions, not every session. */
const SHOWN = ['sent', 'accepted', 'declined', 'plan_approved', 'ended', 'withdrawn'] as const;

/**
 * The person's referrals and consents on their timeline: consent given and withdrawn (with the reason), a
 * referral sent, accepted or declined, its plan approved, the service ended, the referral withdrawn.
 */
export const referralTimeline: TimelineSource = async ({ tx, personIds, i18n }) => {
  const consents = await tx
    .select({ consent: referralConsents, partner: orgUnits.name })
    .from(referralConsents)
    .innerJoin(orgUnits, eq(orgUnits.id, referralConsents.partnerUnitId))
    .where(inArray(referralConsents.personId, personIds));
  const events = await tx
    .select({ event: referralEvents, service: referrals.service, partner: orgUnits.name })
    .from(referralEvents)
    .innerJoin(referrals, eq(referrals.id, referralEvents.referralId))
    .innerJoin(orgUnits, eq(orgUnits.id, referrals.partnerUnitId))
    .where(inArray(referrals.personId, personIds));
  const entries: TimelineEntry[] = [];
  for (const { consent, partner } of consents) {
    const params = { partner: partner[i18n.locale] };
    entries.push({
      kind: 'referral_consent',
      on: consent.givenOn,
      at: consent.recordedAt,
      label: 'referrals.timeline.consentGiven',
      params,
    });
    if (consent.withdrawnOn)
      entries.push({
        kind: 'referral_consent_withdrawn',
        on: consent.withdrawnOn,
        at: consent.withdrawnAt,
        label: 'referrals.timeline.consentWithdrawn',
        params,
        detail: consent.withdrawalReason,
      });
  }
  for (const { event, service, partner } of events) {
    if (!(SHOWN as readonly string[]).includes(event.kind)) continue;
    entries.push({
      kind: `referral_${event.kind}`,
      on: todayInBishkek(event.at),
      at: event.at,
      label: `referrals.timeline.${event.kind}` as 'referrals.timeline.sent',
      params: { partner: partner[i18n.locale], service: i18n.t(`partners.service.${service}` as 'partners.service.housing') },
      detail: event.note,
    });
  }
  return entries;
};
