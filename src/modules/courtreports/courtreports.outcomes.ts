import { type SQL, sql } from 'drizzle-orm';
import type { SessionUser } from '../../platform/auth/sessions.ts';
import type { Executor } from '../../platform/db/pool.ts';
import type { LocalisedName } from '../../platform/org/org.tables.ts';
import { followedRates } from './courtreports.models.ts';
import { inUserScope } from './courtreports.scope.ts';

/** Which decided reports to count: offices (none given: every office), a territory and its subtree, a period of decisions. */
export type OutcomeFilter = {
  officeIds?: readonly string[];
  territoryId?: string;
  /** yyyy-mm-dd, inclusive, on the court's decision date. */
  from?: string;
  to?: string;
};

export type OfficeOutcomes = {
  officeId: string;
  officeCode: string;
  officeName: LocalisedName;
  followed: number;
  partly: number;
  notFollowed: number;
  notApplicable: number;
  /** Decided reports that made a recommendation: the denominator of both rates. */
  decided: number;
  followedRate: number | null;
  atLeastPartlyRate: number | null;
};

type Row = {
  officeId: string;
  officeCode: string;
  officeName: LocalisedName;
  followed: number;
  partly: number;
  notFollowed: number;
  notApplicable: number;
};

/** The conditions of a decided report inside the filter; null when the filter can match nothing (no offices). */
function decidedWithin(filter: OutcomeFilter): SQL[] | null {
  const conditions: SQL[] = [sql`r.status = 'decided'`];
  if (filter.officeIds) {
    if (filter.officeIds.length === 0) return null;
    conditions.push(
      sql`r.office_id in (${sql.join(
        filter.officeIds.map((id) => sql`${id}::uuid`),
        sql`, `,
      )})`,
    );
  }
  if (filter.from) conditions.push(sql`r.decided_on >= ${filter.from}::date`);
  if (filter.to) conditions.push(sql`r.decided_on <= ${filter.to}::date`);
  if (filter.territoryId)
    conditions.push(sql`o.territory_id in (
      with recursive below(id) as (
        select id from territories where id = ${filter.territoryId}::uuid
        union select t.id from territories t join below b on t.parent_id = b.id)
      select id from below)`);
  return conditions;
}

/**
 * For the reports of the probation service: per probation office, how often courts followed the recommendations
 * of reports decided in the period (rates from `followedRates`, so a report without a recommendation never
 * counts against an office). Aggregate counts only, no person; callers authorise and audit.
 */
export async function courtReportOutcomes(tx: Executor, filter: OutcomeFilter): Promise<OfficeOutcomes[]> {
  const conditions = decidedWithin(filter);
  if (!conditions) return [];
  const result = await tx.execute<Row>(sql`
    select o.id as "officeId", o.code as "officeCode", o.name as "officeName",
           count(*) filter (where r.followed = 'followed')::int as followed,
           count(*) filter (where r.followed = 'partly')::int as partly,
           count(*) filter (where r.followed = 'not_followed')::int as "notFollowed",
           count(*) filter (where r.followed = 'not_applicable')::int as "notApplicable"
    from court_reports r join org_units o on o.id = r.office_id
    where ${sql.join(conditions, sql` and `)}
    group by o.id, o.code, o.name
    order by o.code`);
  return result.rows.map((row) => ({ ...row, ...followedRates(row) }));
}

/** The probation offices whose outcomes the user may read (`probation:report`): every office for a national role. */
export async function reportingOfficesOf(tx: Executor, user: SessionUser): Promise<string[]> {
  const result = await tx.execute<{ id: string }>(sql`
    select id from org_units u where u.kind = 'probation_office' and ${inUserScope(user, 'probation:report', sql`u.id`)}`);
  return result.rows.map((row) => row.id);
}

/**
 * Each decided report with a recommendation, inside the filter: whose it was and whether the court followed it,
 * so that a report can count them by the person's own location, sex and age (the probation reports).
 */
export async function decidedRecommendations(
  tx: Executor,
  filter: OutcomeFilter,
): Promise<{ personId: string; followed: 'followed' | 'partly' | 'not_followed' }[]> {
  const conditions = decidedWithin(filter);
  if (!conditions) return [];
  const result = await tx.execute<{ personId: string; followed: 'followed' | 'partly' | 'not_followed' }>(sql`
    select r.person_id as "personId", r.followed from court_reports r join org_units o on o.id = r.office_id
    where ${sql.join(conditions, sql` and `)} and r.followed in ('followed', 'partly', 'not_followed')`);
  return result.rows;
}
