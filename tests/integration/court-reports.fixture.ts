import { desc, eq } from 'drizzle-orm';
import { courtReportCourts, courtReportHistory, courtReports } from '../../src/modules/courtreports/courtreports.tables.ts';
import { formSession, type TestApp } from '../support/app.ts';
import { bishkekDay, postForm, typed, unitIdOf } from './classification.fixture.ts';

/**
 * Shared set-up for the court reports tests: a court's request recorded through the real form, reports read
 * back from the table, and forms of a report posted with its current row version (unless the test gives one).
 */
export async function courtIdOf(test: TestApp, code: string): Promise<string> {
  const [court] = await test.database.db
    .select({ id: courtReportCourts.id })
    .from(courtReportCourts)
    .where(eq(courtReportCourts.code, code));
  return court!.id;
}

export async function requestFields(test: TestApp, input: { personId: string; officerId: string; office?: string }) {
  return {
    personId: input.personId,
    officeId: await unitIdOf(test, input.office ?? 'PROBATION_OSH'),
    officerId: input.officerId,
    courtId: await courtIdOf(test, 'OSH_CITY'),
    courtName: '',
    judge: 'Асанов Б. К.',
    caseNumber: '1-245/2026',
    receivedOn: typed(bishkekDay(-2)),
    deadline: typed(bishkekDay(12)),
    questions: 'Айыпталуучунун жеке мүнөздөмөсү жана коомдо жаза өтөө мүмкүнчүлүгү.',
  };
}

/** Records a request through `/court-reports/new`; answers the response and the new report's id (from the redirect). */
export async function recordRequestFor(test: TestApp, cookies: string, fields: Record<string, string>) {
  const response = await postForm(test, cookies, `/court-reports/new?personId=${fields.personId}`, '/court-reports/new', fields);
  const location = String(response.headers.location ?? '');
  const reportId = /\/court-reports\/([0-9a-f-]{36})/.exec(location)?.[1] ?? '';
  return { response, reportId };
}

export async function reportRow(test: TestApp, reportId: string) {
  const [row] = await test.database.db.select().from(courtReports).where(eq(courtReports.id, reportId));
  return row!;
}

export const reportsOfPerson = (test: TestApp, personId: string) =>
  test.database.db.select().from(courtReports).where(eq(courtReports.personId, personId)).orderBy(desc(courtReports.createdAt));

export const historyEvents = async (test: TestApp, reportId: string) =>
  (
    await test.database.db
      .select({ event: courtReportHistory.event })
      .from(courtReportHistory)
      .where(eq(courtReportHistory.reportId, reportId))
      .orderBy(courtReportHistory.at)
  ).map((row) => row.event);

/** Posts a form of the report (CSRF from the report's page), at its current row version unless `rowVersion` is given. */
export async function postReportForm(test: TestApp, cookies: string, reportId: string, path: string, fields: Record<string, string> = {}) {
  const rowVersion = fields.rowVersion ?? String((await reportRow(test, reportId)).rowVersion);
  const session = await formSession(test.app, cookies, '/court-reports');
  return test.app.inject({
    method: 'POST',
    url: `/court-reports/${reportId}/${path}`,
    headers: { cookie: session.cookies, 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams({ _csrf: session.csrf, ...fields, rowVersion }).toString(),
  });
}

/** Writes the inquiry and the recommendation of a report, as its officer: ready to send for approval. */
export async function writeReport(test: TestApp, cookies: string, reportId: string) {
  await postReportForm(test, cookies, reportId, 'interviews', {
    interviewee: 'Адамдын өзү',
    heldOn: typed(bishkekDay(-1)),
    place: 'Ош шаары боюнча пробация органы',
    summary: 'Курулушта иштейт, үй-бүлөсү менен жашайт, күнөөсүн мойнуна алат.',
  });
  await postReportForm(test, cookies, reportId, 'inquiry', {
    screeningAssessmentId: '',
    screeningNote: 'Скрининг баалоосу башталды, али бекитиле элек.',
    familySituation: 'Үйлөнгөн, эки баласы бар.',
    employmentSituation: 'Курулушта туруктуу иштейт.',
    needs: 'Ичимдик ичүүнү азайтуу.',
    personView: 'Жазаны коомдо өтөөгө даярмын.',
  });
  await postReportForm(test, cookies, reportId, 'recommendation', {
    recommendation: 'community_service',
    reasons: 'Туруктуу иши жана үй-бүлөсү бар; мурда соттолгон эмес.',
    proposedConditions: 'Айына эки жолу пробация органына келүү.',
  });
}
