import { eq, sql } from 'drizzle-orm';
import { authorise, type ScopedRecord } from '../../platform/access/authorise.ts';
import type { FieldChange } from '../../platform/audit/audit.tables.ts';
import type { Permission } from '../../platform/auth/permissions.ts';
import type { Database, Executor } from '../../platform/db/pool.ts';
import type { PeopleActor } from '../people/people.service.ts';
import { CourtReportRefused, isUuid } from './courtreports.errors.ts';
import { type ReportStep, STEP_FROM } from './courtreports.models.ts';
import { type ReportRow, reportOf } from './courtreports.repository.ts';
import { courtReports } from './courtreports.tables.ts';

/**
 * A report is a record of its probation office, allocated to one officer: the officer reads and writes it, and
 * the office's managers (`court_reports:approve`) see every report of their units. Anyone else — another office,
 * another officer — gets 404, as for a report that does not exist.
 */
export const reportRecord = (report: ReportRow): ScopedRecord => ({
  resourceType: 'court_report',
  resourceId: report.id,
  unitId: report.officeId,
  personId: report.personId,
  allocation: { userIds: [report.officerId], allocationOverride: 'court_reports:approve' },
});

export type ReportAccess = {
  reportId: string;
  permission: Permission;
  /** The audited action, e.g. `court_report.view`. */
  action: string;
  details?: Record<string, unknown>;
  changes?: FieldChange[];
  reason?: string | undefined;
  /** For a change: the step it is (checked against the report's status) and the row version the form was opened at. */
  change?: { step: ReportStep; rowVersion: number };
};

/**
 * One read or change of a report, in one transaction: the report loaded (locked for a change), permission,
 * scope and allocation checked by `authorise` (which writes the request's one audit event), a stale form and a
 * step the report's status does not allow refused (409); a change moves the row version on.
 */
export async function withReport<T>(
  db: Database,
  actor: PeopleActor,
  input: ReportAccess,
  work: (tx: Executor, report: ReportRow) => Promise<T>,
): Promise<T> {
  return db.transaction(async (tx) => {
    const report = isUuid(input.reportId) ? await reportOf(tx, input.reportId, input.change !== undefined) : undefined;
    if (!report) throw new CourtReportRefused('not_found', 404);
    await authorise(tx, {
      actor: actor.user,
      audit: actor.audit,
      permission: input.permission,
      action: input.action,
      record: reportRecord(report),
      details: { reportId: report.id, ...input.details },
      changes: input.changes,
      reason: input.reason,
    });
    if (!input.change) return work(tx, report);
    if (report.rowVersion !== input.change.rowVersion) throw new CourtReportRefused('stale', 409);
    if (!STEP_FROM[input.change.step]!.includes(report.status)) throw new CourtReportRefused('wrong_status', 409);
    const result = await work(tx, report);
    await tx
      .update(courtReports)
      .set({ rowVersion: sql`${courtReports.rowVersion} + 1`, updatedAt: sql`now()` })
      .where(eq(courtReports.id, report.id));
    return result;
  });
}
