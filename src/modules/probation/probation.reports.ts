import { sql } from 'drizzle-orm';
import { authorise } from '../../platform/access/authorise.ts';
import type { AuditActor } from '../../platform/audit/audit.service.ts';
import type { SessionUser } from '../../platform/auth/sessions.ts';
import type { Database, Executor } from '../../platform/db/pool.ts';
import type { LocalisedName } from '../../platform/org/org.tables.ts';
import { courtReportOutcomes } from '../courtreports/courtreports.service.ts';
import { referralCountsByPartner, REFERRAL_STATUSES } from '../referrals/referrals.service.ts';
import { DUE_STANDINGS } from './probation.report-contacts.ts';
import { probationReportCounts } from './probation.report-queries.ts';
import {
  type GroupCount,
  rateOf,
  type Rate,
  type ReportTable,
  reportTable,
  standardSections,
  suppress,
} from './probation.report-tables.ts';
import { inUserScope } from './probation.scope.ts';
import { COURT_OUTCOMES, PROBATION_TYPES, RESPONSES } from './probation.tables.ts';

export const REPORT_TABLES = ['caseload', 'contacts', 'violations', 'outcomes', 'referrals', 'court'] as const;
export type ReportName = (typeof REPORT_TABLES)[number];
export type ReportPeriod = { from: string | null; to: string };

export type ProbationReports = {
  period: ReportPeriod;
  tables: Record<ReportName, ReportTable>;
  /** The rate of followed recommendations per project location (of the court table's rows, in order). */
  followedRates: Rate[];
  /** Names of the project locations and partners, for the rows. */
  labels: Map<string, LocalisedName>;
};

const FOLLOWED = ['followed', 'partly', 'not_followed'] as const;

async function projectLocations(tx: Executor): Promise<{ code: string; name: LocalisedName }[]> {
  const result = await tx.execute<{ code: string; name: LocalisedName }>(
    sql`select code, name from territories where project_location order by code`,
  );
  return result.rows;
}

/**
 * The followed court recommendations per project location: each office's decided reports (from the court
 * reports module) counted where the office is — its territory's project location. The court reports module
 * gives counts per office only, so this table has no sex or age band sections.
 */
async function courtCounts(tx: Executor, officeIds: readonly string[] | null, period: ReportPeriod): Promise<GroupCount[]> {
  const outcomes = await courtReportOutcomes(tx, {
    ...(officeIds ? { officeIds } : {}),
    ...(period.from ? { from: period.from } : {}),
    to: period.to,
  });
  if (outcomes.length === 0) return [];
  const located = await tx.execute<{ id: string; location: string | null }>(sql`
    select u.id, (with recursive up(id, parent_id, code, project_location, depth) as (
        select t.id, t.parent_id, t.code, t.project_location, 0 from territories t where t.id = u.territory_id
        union all
        select t.id, t.parent_id, t.code, t.project_location, up.depth + 1 from territories t join up on t.id = up.parent_id)
      select code from up where project_location order by depth limit 1) as location
    from org_units u where u.id in (${sql.join(
      outcomes.map((office) => sql`${office.officeId}::uuid`),
      sql`, `,
    )})`);
  const locationOf = new Map(located.rows.map((row) => [row.id, row.location]));
  return outcomes.flatMap((office) => {
    const location = locationOf.get(office.officeId);
    if (!location) return [];
    const values = { followed: office.followed, partly: office.partly, not_followed: office.notFollowed };
    return FOLLOWED.map((column) => ({ location, sex: '', age: 0, column, count: values[column] }));
  });
}

/**
 * The probation reports for managers and M&E officers (`probation:report`): a national role sees every office,
 * a probation manager the offices under their role. Reading them is authorised and audited with the period,
 * in the transaction that reads the counts; only suppressed aggregates leave this function.
 */
export async function readProbationReports(
  db: Database,
  actor: { user: SessionUser; audit: AuditActor },
  period: ReportPeriod,
  today: string,
  purpose: 'view' | 'export' = 'view',
): Promise<ProbationReports> {
  return db.transaction(async (tx) => {
    const granted = await authorise(tx, {
      actor: actor.user,
      audit: actor.audit,
      permission: 'probation:report',
      action: `probation.reports.${purpose}`,
      details: { filters: period },
    });
    const officeIds =
      granted.via === 'global'
        ? null
        : (
            await tx.execute<{ id: string }>(
              sql`select id from org_units u where u.kind = 'probation_office' and ${inUserScope(actor.user, 'probation:report', sql`u.id`)}`,
            )
          ).rows.map((row) => row.id);
    const locations = await projectLocations(tx);
    const codes = locations.map((location) => location.code);
    const counts = await probationReportCounts(tx, { officeIds, ...period, today });
    const referrals = await referralCountsByPartner(tx, { referringUnitIds: officeIds, ...period });
    const court = reportTable(await courtCounts(tx, officeIds, period), FOLLOWED, [{ section: 'location', keys: codes }]);
    const sections = standardSections(codes);
    const tables: Record<ReportName, ReportTable> = {
      caseload: reportTable(counts.caseload, PROBATION_TYPES, sections),
      contacts: reportTable(counts.contacts, DUE_STANDINGS, sections),
      violations: reportTable(counts.violations, RESPONSES, sections),
      outcomes: reportTable(counts.outcomes, [...COURT_OUTCOMES, 'pending'], sections),
      referrals: reportTable(referrals.counts, REFERRAL_STATUSES, [
        { section: 'partner', keys: referrals.partners.map((partner) => partner.code) },
        ...sections,
      ]),
      court,
    };
    const followedRates = court.sections[0]!.rows.map((row) => rateOf(row.cells.followed ?? suppress(0), row.cells.total ?? suppress(0)));
    const labels = new Map([...locations, ...referrals.partners].map((entry) => [entry.code, entry.name]));
    return { period, tables, followedRates, labels };
  });
}
