import { sql } from 'drizzle-orm';
import type { LocalisedName } from '../../platform/org/org.tables.ts';
import { registerWorklistSource, type WorklistContext, type WorklistSection } from '../../platform/worklists/worklist-sources.ts';
import { consentInForce, inUserScope } from './referrals.scope.ts';

/** How long a declined referral or a received end report stays on the officer's list. */
const RECENT_DAYS = 30;
type Locale = 'ky' | 'ru' | 'en';
const localeOf = (context: WorklistContext): Locale => {
  const probe = context.t('referrals.worklist.localeProbe');
  return probe === 'ky' || probe === 'ru' ? probe : 'en';
};

/**
 * The officer's referrals that need them: action plans waiting for approval (oldest first, as the partner is
 * waiting), and referrals declined or ended with a report in the last 30 days.
 */
async function officerSections(context: WorklistContext): Promise<WorklistSection[]> {
  if (!context.user.permissions.has('referrals:make')) return [];
  const locale = localeOf(context);
  const result = await context.tx.execute<{
    id: string;
    person_id: string;
    name: string;
    partner: LocalisedName;
    status: string;
    plan: string;
    day: string;
  }>(sql`
    select r.id, r.person_id, p.family_name || ' ' || p.given_name as name, u.name as partner, r.status,
      r.action_plan_status as plan, to_char(coalesce(r.closed_on, r.updated_at::date), 'YYYY-MM-DD') as day
    from referrals r join people p on p.id = r.person_id join org_units u on u.id = r.partner_unit_id
    where r.created_by = ${context.user.id} and ${inUserScope(context.user, 'referrals:make', sql`p.unit_id`)}
      and ((r.status = 'accepted' and r.action_plan_status = 'submitted')
        or (r.status in ('declined', 'completed') and r.closed_on >= ${context.today}::date - ${RECENT_DAYS}::int))
    order by r.updated_at`);
  const item = (row: (typeof result.rows)[number], detail: string) => ({
    href: `/people/${row.person_id}/referrals/${row.id}`,
    title: row.name,
    detail: `${row.partner[locale]} — ${detail}`,
    due: row.day,
    overdue: false,
  });
  const plans = result.rows.filter((row) => row.status === 'accepted');
  const declined = result.rows.filter((row) => row.status === 'declined');
  const ended = result.rows.filter((row) => row.status === 'completed');
  return [
    {
      key: 'referrals.plansToApprove',
      title: 'referrals.worklist.plansToApprove',
      items: plans.map((row) => item(row, context.t('referrals.worklist.planDetail'))),
    },
    {
      key: 'referrals.declined',
      title: 'referrals.worklist.declined',
      items: declined.map((row) => item(row, context.t('referrals.status.declined'))),
    },
    {
      key: 'referrals.ended',
      title: 'referrals.worklist.ended',
      items: ended.map((row) => item(row, context.t('referrals.status.completed'))),
    },
  ];
}

/** The partner worker's new referrals to accept or decline (consent in force), oldest first. */
async function partnerSections(context: WorklistContext): Promise<WorklistSection[]> {
  if (!context.user.permissions.has('referrals:partner')) return [];
  const result = await context.tx.execute<{ id: string; service: string; sent: string; name: string | null }>(sql`
    select r.id, r.service, to_char(r.sent_on, 'YYYY-MM-DD') as sent,
      case when 'identity' = any(c.scope) then p.family_name || ' ' || p.given_name end as name
    from referrals r join referral_consents c on c.id = r.consent_id join people p on p.id = r.person_id
    where r.status = 'sent' and ${inUserScope(context.user, 'referrals:partner', sql`r.partner_unit_id`)} and ${consentInForce(context.today)}
    order by r.sent_on, r.created_at`);
  const items = result.rows.map((row) => ({
    href: `/partner/referrals/${row.id}`,
    title: row.name ?? context.t('referrals.partner.nameNotShared'),
    detail: context.t(`partners.service.${row.service}` as 'partners.service.housing'),
    due: row.sent,
    overdue: false,
  }));
  return [{ key: 'referrals.toAccept', title: 'referrals.worklist.toAccept', items }];
}

/** Registered at start-up; registering again keeps one. */
export function registerReferralsWorklist(): void {
  registerWorklistSource('referrals', async (context) => [...(await officerSections(context)), ...(await partnerSections(context))]);
}
