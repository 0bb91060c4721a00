import { type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/pool.ts';
import type { LocalisedName } from '../../platform/org/org.tables.ts';

/** Which referrals the probation reports count: referred by these units (null: every unit), sent in the period. */
export type ReferralReportFilter = { referringUnitIds: readonly string[] | null; from: string | null; to: string };

/** Aggregate counts by partner, status and the person's groups: no person, only the groups they fall in. */
export type ReferralCount = { partner: string; location: string; sex: string; age: number; column: string; count: number };
export type PartnerLabel = { code: string; name: LocalisedName };

const inUnits = (column: SQL, ids: readonly string[] | null): SQL =>
  ids === null
    ? sql`true`
    : ids.length === 0
      ? sql`false`
      : sql`${column} in (${sql.join(
          ids.map((id) => sql`${id}::uuid`),
          sql`, `,
        )})`;

/**
 * Referrals sent in the period, by partner organisation and their status now, for the 10 project locations, by
 * sex and age (whole years on the period's last day). The location is the project location that is the
 * person's district or contains it — where they actually live, else where they are registered — as in the
 * probation module's reports; a person outside every project location is not counted. Callers authorise.
 */
export async function referralCountsByPartner(
  tx: Executor,
  filter: ReferralReportFilter,
): Promise<{ counts: ReferralCount[]; partners: PartnerLabel[] }> {
  const result = await tx.execute<ReferralCount & { partnerName: LocalisedName }>(sql`
    select u.code as partner, u.name as "partnerName", l.location, p.sex,
      extract(year from age(${filter.to}::date, p.date_of_birth))::int as age, r.status as "column", count(*)::int as count
    from referrals r join people p on p.id = r.person_id join org_units u on u.id = r.partner_unit_id
    cross join lateral (
      with recursive up(id, parent_id, code, project_location, depth) as (
        select t.id, t.parent_id, t.code, t.project_location, 0 from territories t
        where t.id = coalesce(p.actual_territory_id, p.registered_territory_id)
        union all
        select t.id, t.parent_id, t.code, t.project_location, up.depth + 1 from territories t join up on t.id = up.parent_id)
      select code as location from up where project_location order by depth limit 1) l
    where l.location is not null and ${inUnits(sql`r.referring_unit_id`, filter.referringUnitIds)} and r.sent_on <= ${filter.to}::date
      and ${filter.from === null ? sql`true` : sql`r.sent_on >= ${filter.from}::date`}
    group by u.code, u.name, l.location, p.sex, age, r.status
    order by u.code`);
  const partners = new Map<string, LocalisedName>();
  const counts = result.rows.map(({ partnerName, ...count }) => {
    partners.set(count.partner, partnerName);
    return count;
  });
  return { counts, partners: [...partners].map(([code, name]) => ({ code, name })) };
}
