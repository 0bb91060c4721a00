import { sql } from 'drizzle-orm';
import { authorise } from '../../platform/access/authorise.ts';
import type { AuditActor } from '../../platform/audit/audit.service.ts';
import type { SessionUser } from '../../platform/auth/sessions.ts';
import type { Database, Executor } from '../../platform/db/pool.ts';
import type { LocalisedName } from '../../platform/org/org.tables.ts';
import { decidedRecommendations } from '../courtreports/courtreports.service.ts';
import { referralCountsByPartner, REFERRAL_STATUSES } from '../referrals/referrals.service.ts';
import { DUE_STANDINGS } from './probation.report-contacts.ts';
import { groupsOfPeople, probationReportCounts } from './probation.report-queries.ts';
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
  /** The rate of followed recommendations for each row of the court table, by section (location, sex, age band). */
  followedRates: Record<string, Rate[]>;
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
 * The followed court recommendations, counted like every other table: by the person's own project location,
 * sex and age band (a report about someone living outside the project locations is not counted). The court
 * reports module gives each decided recommendation with its person; the groups come from the people tables.
 */
async function courtCounts(tx: Executor, officeIds: readonly string[] | null, period: ReportPeriod): Promise<GroupCount[]> {
  const decided = await decidedRecommendations(tx, {
    ...(officeIds ? { officeIds } : {}),
    ...(period.from ? { from: period.from } : {}),
    to: period.to,
  });
  const groups = await groupsOfPeople(tx, [...new Set(decided.map((report) => report.personId))], period.to);
  return decided.flatMap((report) => {
    const group = groups.get(report.personId);
    if (!group?.location) return [];
    return [{ location: group.location, sex: group.sex, age: group.age, column: report.followed, count: 1 }];
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
    const sections = standardSections(codes);
    const court = reportTable(await courtCounts(tx, officeIds, period), FOLLOWED, sections);
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
    const followedRates = Object.fromEntries(
      court.sections.map(({ section, rows }) => [
        section,
        rows.map((row) => rateOf(row.cells.followed ?? suppress(0), row.cells.total ?? suppress(0))),
      ]),
    );
    const labels = new Map([...locations, ...referrals.partners].map((entry) => [entry.code, entry.name]));
    return { period, tables, followedRates, labels };
  });
}
