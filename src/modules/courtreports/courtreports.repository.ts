import { asc, count, desc, eq, inArray } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { users } from '../../platform/auth/auth.tables.ts';
import type { Executor } from '../../platform/db/pool.ts';
import { type LocalisedName, orgUnits } from '../../platform/org/org.tables.ts';
import { people } from '../people/people.service.ts';
import { courtReportCourts, courtReportHistory, courtReportInterviews, courtReports } from './courtreports.tables.ts';

export type ReportRow = typeof courtReports.$inferSelect;
export type InterviewRow = typeof courtReportInterviews.$inferSelect;
export type HistoryRow = typeof courtReportHistory.$inferSelect & { userName: string | null };
export type CourtOption = { id: string; code: string; name: LocalisedName; startingList: boolean };

/** The report row; `lock` takes it for the rest of the transaction. */
export async function reportOf(tx: Executor, reportId: string, lock = false): Promise<ReportRow | undefined> {
  const query = tx.select().from(courtReports).where(eq(courtReports.id, reportId));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

/** What a report page shows besides the report: the person, the office, the officer and the court, named. */
export type ReportNames = {
  person: { id: string; familyName: string; givenName: string; patronymic: string | null; dateOfBirth: string; pin: string | null };
  office: LocalisedName;
  officer: string;
  court: LocalisedName | null;
};

export async function namesOfReport(tx: Executor, report: ReportRow): Promise<ReportNames> {
  const [person] = await tx
    .select({
      id: people.id,
      familyName: people.familyName,
      givenName: people.givenName,
      patronymic: people.patronymic,
      dateOfBirth: people.dateOfBirth,
      pin: people.pin,
    })
    .from(people)
    .where(eq(people.id, report.personId));
  const [office] = await tx.select({ name: orgUnits.name }).from(orgUnits).where(eq(orgUnits.id, report.officeId));
  const [officer] = await tx.select({ name: users.displayName }).from(users).where(eq(users.id, report.officerId));
  const court = report.courtId
    ? ((await tx.select({ name: courtReportCourts.name }).from(courtReportCourts).where(eq(courtReportCourts.id, report.courtId)))[0]
        ?.name ?? null)
    : null;
  return { person: person!, office: office!.name, officer: officer?.name ?? '—', court };
}

/** The court's name in a language: from the list, or as typed on the request. */
export const courtNameOf = (report: ReportRow, court: LocalisedName | null, locale: keyof LocalisedName) =>
  court?.[locale] ?? report.courtName ?? '—';

export async function interviewsOf(tx: Executor, reportId: string): Promise<InterviewRow[]> {
  return tx
    .select()
    .from(courtReportInterviews)
    .where(eq(courtReportInterviews.reportId, reportId))
    .orderBy(asc(courtReportInterviews.heldOn), asc(courtReportInterviews.createdAt));
}

export async function interviewCount(tx: Executor, reportId: string): Promise<number> {
  const [row] = await tx.select({ n: count() }).from(courtReportInterviews).where(eq(courtReportInterviews.reportId, reportId));
  return row?.n ?? 0;
}

/** The report's history, newest first, with who made each change. */
export async function historyOf(tx: Executor, reportId: string): Promise<HistoryRow[]> {
  const author = alias(users, 'author');
  const rows = await tx
    .select({ entry: courtReportHistory, userName: author.displayName })
    .from(courtReportHistory)
    .leftJoin(author, eq(author.id, courtReportHistory.userId))
    .where(eq(courtReportHistory.reportId, reportId))
    .orderBy(desc(courtReportHistory.at));
  return rows.map((row) => ({ ...row.entry, userName: row.userName }));
}

export async function activeCourts(tx: Executor): Promise<CourtOption[]> {
  return tx
    .select({
      id: courtReportCourts.id,
      code: courtReportCourts.code,
      name: courtReportCourts.name,
      startingList: courtReportCourts.startingList,
    })
    .from(courtReportCourts)
    .where(eq(courtReportCourts.active, true))
    .orderBy(asc(courtReportCourts.code));
}

/** Staff names by id, for "approved by" lines. */
export async function userNames(tx: Executor, ids: readonly (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map();
  const rows = await tx.select({ id: users.id, name: users.displayName }).from(users).where(inArray(users.id, wanted));
  return new Map(rows.map((row) => [row.id, row.name]));
}
