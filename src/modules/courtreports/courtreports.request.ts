import { and, eq } from 'drizzle-orm';
import { fieldChanges } from '../../platform/audit/audit.service.ts';
import type { Database, Executor } from '../../platform/db/pool.ts';
import { openProbationEpisodeIfNone, type PeopleActor, withPerson } from '../people/people.service.ts';
import { withReport } from './courtreports.access.ts';
import { CourtReportRefused } from './courtreports.errors.ts';
import { recordHistory } from './courtreports.history.ts';
import { officersFor, officesFor } from './courtreports.scope.ts';
import { courtReportCourts, courtReports } from './courtreports.tables.ts';

/** The court's request as the form gives it: a court from the list or typed, dates as yyyy-mm-dd. */
export type RequestInput = {
  officerId: string;
  courtId: string | null;
  courtName: string | null;
  judge: string;
  caseNumber: string;
  receivedOn: string;
  deadline: string;
  questions: string;
};

async function checkCourt(tx: Executor, courtId: string | null) {
  if (courtId === null) return;
  const [court] = await tx
    .select({ id: courtReportCourts.id })
    .from(courtReportCourts)
    .where(and(eq(courtReportCourts.id, courtId), eq(courtReportCourts.active, true)));
  if (!court) throw new CourtReportRefused('court_unknown', 400);
}

async function checkOfficer(tx: Executor, officeId: string, officerId: string) {
  if (!(await officersFor(tx, officeId)).some((officer) => officer.id === officerId)) throw new CourtReportRefused('officer_unknown', 400);
}

/**
 * Records a court's request for a report about a person, allocated to an officer of one of the user's probation
 * offices, and opens pre-trial probation for the person at that office unless it is open already — all in one
 * transaction, read through `withPerson` (the person must be in the user's units) and audited once.
 */
export async function recordRequest(
  db: Database,
  actor: PeopleActor,
  input: RequestInput & { personId: string; officeId: string; today: string },
): Promise<string> {
  return withPerson(
    db,
    actor,
    {
      personId: input.personId,
      permission: 'court_reports:write',
      action: 'court_report.request',
      forUpdate: true,
      details: { caseNumber: input.caseNumber, deadline: input.deadline },
    },
    async (tx, person) => {
      if (person.mergedIntoId) throw new CourtReportRefused('not_found', 404);
      if (!(await officesFor(tx, actor.user)).some((office) => office.id === input.officeId))
        throw new CourtReportRefused('office_unknown', 400);
      await checkOfficer(tx, input.officeId, input.officerId);
      await checkCourt(tx, input.courtId);
      const episode = await openProbationEpisodeIfNone(tx, {
        person,
        probationType: 'pre_trial',
        officeId: input.officeId,
        startedOn: input.receivedOn,
        today: input.today,
      });
      const [row] = await tx
        .insert(courtReports)
        .values({
          personId: person.id,
          officeId: input.officeId,
          officerId: input.officerId,
          courtId: input.courtId,
          courtName: input.courtId ? null : input.courtName,
          judge: input.judge,
          caseNumber: input.caseNumber,
          receivedOn: input.receivedOn,
          deadline: input.deadline,
          questions: input.questions,
          episodeId: episode.episodeId,
          createdBy: actor.user.id,
        })
        .returning({ id: courtReports.id });
      const reportId = row!.id;
      await recordHistory(tx, {
        reportId,
        event: 'requested',
        userId: actor.user.id,
        details: { caseNumber: input.caseNumber, deadline: input.deadline },
      });
      if (episode.opened) await recordHistory(tx, { reportId, event: 'episode_opened', userId: actor.user.id });
      return reportId;
    },
  );
}

/** Corrects the request (a new deadline, another officer…) while the report is being written; the history says what changed. */
export async function changeRequest(
  db: Database,
  actor: PeopleActor,
  input: RequestInput & { reportId: string; rowVersion: number },
): Promise<void> {
  await withReport(
    db,
    actor,
    {
      reportId: input.reportId,
      permission: 'court_reports:write',
      action: 'court_report.request_change',
      change: { step: 'write', rowVersion: input.rowVersion },
    },
    async (tx, report) => {
      await checkOfficer(tx, report.officeId, input.officerId);
      await checkCourt(tx, input.courtId);
      const next = {
        officerId: input.officerId,
        courtId: input.courtId,
        courtName: input.courtId ? null : input.courtName,
        judge: input.judge,
        caseNumber: input.caseNumber,
        receivedOn: input.receivedOn,
        deadline: input.deadline,
        questions: input.questions,
      };
      const changed = fieldChanges<Record<string, unknown>>(report, next);
      if (changed.length === 0) return;
      await tx.update(courtReports).set(next).where(eq(courtReports.id, report.id));
      await recordHistory(tx, {
        reportId: report.id,
        event: 'request_changed',
        userId: actor.user.id,
        details: { fields: changed.map((change) => change.field).join(', '), deadline: input.deadline },
      });
    },
  );
}
