import { authorise } from '../../platform/access/authorise.ts';
import type { AuditActor } from '../../platform/audit/audit.service.ts';
import { rolePermits } from '../../platform/auth/roles.ts';
import type { SessionUser } from '../../platform/auth/sessions.ts';
import type { Database } from '../../platform/db/pool.ts';
import { classificationsInForce, type Labels, reviewsByInstrument } from './fairness.queries.ts';
import { classificationTable, DIMENSIONS, type Dimension, type ReportTable, reviewTable } from './fairness.report.ts';

export type FairnessFilters = { from: string | null; to: string | null };
export type FairnessFilterForm = { from: string; to: string };
export type FairnessProblem = { field: keyof FairnessFilterForm; problem: 'date' | 'period' };

export type FairnessReport = {
  filters: FairnessFilters;
  classifications: Record<Dimension, ReportTable>;
  reviews: ReportTable;
  labels: Labels;
};

/** `dd.mm.yyyy` as staff type it, or `yyyy-mm-dd` from a date picker; a day that does not exist is refused. */
export function parseReportDate(text: string): string | null {
  const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text.trim());
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  const [year, month, day] = dotted ? [dotted[3], dotted[2], dotted[1]].map(Number) : iso ? [iso[1], iso[2], iso[3]].map(Number) : [];
  if (year === undefined || month === undefined || day === undefined) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (year < 1900 || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

/** The decision-date window typed on the page (both ends optional). */
export function parseFairnessFilters(query: Partial<Record<string, string>>) {
  const form: FairnessFilterForm = { from: (query.from ?? '').slice(0, 20), to: (query.to ?? '').slice(0, 20) };
  const filters: FairnessFilters = { from: null, to: null };
  const problems: FairnessProblem[] = [];
  for (const field of ['from', 'to'] as const) {
    if (form[field].trim() === '') continue;
    filters[field] = parseReportDate(form[field]);
    if (filters[field] === null) problems.push({ field, problem: 'date' });
  }
  if (filters.from && filters.to && filters.from > filters.to) problems.push({ field: 'to', problem: 'period' });
  return { form, filters, problems };
}

/**
 * The fairness report over the user's units: where they hold a role granting `assessments:report` (an M&E
 * officer at the ministry sees everything under it; a global role sees all). Reading it, on the page or as a
 * CSV export, is authorised and audited with its filters, in the transaction that reads the counts.
 */
export async function readFairnessReport(
  db: Database,
  actor: { user: SessionUser; audit: AuditActor },
  filters: FairnessFilters,
  purpose: 'view' | 'export',
): Promise<FairnessReport> {
  return db.transaction(async (tx) => {
    const granted = await authorise(tx, {
      actor: actor.user,
      audit: actor.audit,
      permission: 'assessments:report',
      action: `assessments.report.${purpose}`,
      details: { filters, ...(purpose === 'export' ? { format: 'csv' } : {}) },
    });
    const units =
      granted.via === 'global'
        ? null
        : actor.user.roles.filter((entry) => rolePermits(entry.role, 'assessments:report')).map((entry) => entry.orgUnitId);
    const scope = { units, ...filters };
    const inForce = await classificationsInForce(tx, scope);
    const reviews = await reviewsByInstrument(tx, scope);
    const classifications = Object.fromEntries(
      DIMENSIONS.map((dimension) => [dimension, classificationTable(inForce.entries, dimension)]),
    ) as Record<Dimension, ReportTable>;
    return {
      filters,
      classifications,
      reviews: reviewTable(reviews.counts),
      labels: new Map([...inForce.labels, ...reviews.labels]),
    };
  });
}
