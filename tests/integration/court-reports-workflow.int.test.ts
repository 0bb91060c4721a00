import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { people, probationEpisodes } from '../../src/modules/people/people.tables.ts';
import { auditEvents } from '../../src/platform/audit/audit.tables.ts';
import { createTestApp, createTestUser, signIn, type TestApp } from '../support/app.ts';
import { pdfText } from '../support/pdf-text.ts';
import { bishkekDay, insertPerson, typed, unitIdOf } from './classification.fixture.ts';
import {
  historyEvents,
  postReportForm,
  recordRequestFor,
  reportRow,
  reportsOfPerson,
  requestFields,
  writeReport,
} from './court-reports.fixture.ts';

let test: TestApp;
const ids: Record<string, string> = {};
const cookies: Record<string, string> = {};

beforeAll(async () => {
  test = await createTestApp();
  for (const [username, role] of [
    ['cr.officer', 'probation_officer'],
    ['cr.manager', 'probation_manager'],
    ['cr.manager2', 'probation_manager'],
  ] as const) {
    ids[username] = (await createTestUser(test, username, [{ role, unitCode: 'PROBATION_OSH' }])).id;
    cookies[username] = await signIn(test.app, username);
  }
});
afterAll(() => test.close());

const newPerson = (name: string) => insertPerson(test, name, { unit: 'PROBATION_OSH' });
const officerRequest = async (personId: string, officerId = ids['cr.officer']!, as = cookies['cr.officer']!) =>
  recordRequestFor(test, as, await requestFields(test, { personId, officerId }));

describe("recording a court's request", () => {
  it('records the request allocated to an officer and opens pre-trial probation at the office, once', async () => {
    const personId = await newPerson('Талапбеков');
    const { response, reportId } = await officerRequest(personId);
    expect(response.statusCode).toBe(303);
    const report = await reportRow(test, reportId);
    expect(report).toMatchObject({ status: 'draft', officerId: ids['cr.officer'], caseNumber: '1-245/2026', deadline: bishkekDay(12) });
    const office = await unitIdOf(test, 'PROBATION_OSH');
    const episodes = await test.database.db.select().from(probationEpisodes).where(eq(probationEpisodes.personId, personId));
    expect(episodes.map((row) => [row.probationType, row.officeId, row.startedOn, row.endedOn])).toEqual([
      ['pre_trial', office, bishkekDay(-2), null],
    ]);
    const [person] = await test.database.db.select().from(people).where(eq(people.id, personId));
    expect(person!.legalStatus).toBe('probation');
    expect(await historyEvents(test, reportId)).toEqual(['requested', 'episode_opened']);

    await officerRequest(personId);
    expect(await reportsOfPerson(test, personId)).toHaveLength(2);
    expect(await test.database.db.select().from(probationEpisodes).where(eq(probationEpisodes.personId, personId))).toHaveLength(1);
  });

  it('refuses a deadline before the day the request came, shows the form as typed and saves nothing', async () => {
    const personId = await newPerson('Мөөнөтсүзов');
    const fields = { ...(await requestFields(test, { personId, officerId: ids['cr.officer']! })), deadline: typed(bishkekDay(-5)) };
    const { response } = await recordRequestFor(test, cookies['cr.officer']!, fields);
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('govuk-error-summary');
    expect(response.body).toContain('Асанов Б. К.');
    expect(await reportsOfPerson(test, personId)).toHaveLength(0);
    expect(await test.database.db.select().from(probationEpisodes).where(eq(probationEpisodes.personId, personId))).toHaveLength(0);
  });
});

describe('from the inquiry to the court', () => {
  it('takes a report through the inquiry, a return, approval by a second person, the PDF and the court decision', async () => {
    const personId = await newPerson('Жолдошев');
    const { reportId } = await officerRequest(personId);
    const officer = cookies['cr.officer']!;
    const manager = cookies['cr.manager']!;

    const early = await postReportForm(test, officer, reportId, 'submit');
    expect(early.statusCode).toBe(400);
    expect((await reportRow(test, reportId)).status).toBe('draft');

    await writeReport(test, officer, reportId);
    const written = await reportRow(test, reportId);
    expect(written).toMatchObject({
      recommendation: 'community_service',
      recommendedBy: ids['cr.officer'],
      familySituation: 'Үйлөнгөн, эки баласы бар.',
    });

    const tooSoon = await test.app.inject({ url: `/court-reports/${reportId}/report.pdf?lang=ru`, headers: { cookie: officer } });
    expect(tooSoon.statusCode).toBe(409);

    expect((await postReportForm(test, officer, reportId, 'submit')).statusCode).toBe(303);
    expect((await postReportForm(test, officer, reportId, 'decision', { decision: 'approve', comment: '' })).statusCode).toBe(403);

    const bare = await postReportForm(test, manager, reportId, 'decision', { decision: 'return', comment: '' });
    expect(bare.statusCode).toBe(400);
    expect(
      (await postReportForm(test, manager, reportId, 'decision', { decision: 'return', comment: 'Иш берүүчү менен сүйлөшүңүз.' }))
        .statusCode,
    ).toBe(303);
    expect(await reportRow(test, reportId)).toMatchObject({ status: 'returned', returnComment: 'Иш берүүчү менен сүйлөшүңүз.' });

    await postReportForm(test, officer, reportId, 'submit');
    expect((await postReportForm(test, manager, reportId, 'decision', { decision: 'approve', comment: '' })).statusCode).toBe(303);
    expect(await reportRow(test, reportId)).toMatchObject({ status: 'approved', approvedBy: ids['cr.manager'] });

    for (const [lang, title] of [
      ['ky', 'Сот үчүн сотко чейинки баяндама'],
      ['ru', 'Досудебный доклад для суда'],
    ] as const) {
      const pdf = await test.app.inject({ url: `/court-reports/${reportId}/report.pdf?lang=${lang}`, headers: { cookie: officer } });
      expect(pdf.statusCode).toBe(200);
      expect(pdf.headers['content-type']).toBe('application/pdf');
      const text = pdfText(pdf.rawPayload);
      expect(text).toContain(title);
      expect(text).toContain('1-245/2026');
    }
    const issues = await test.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'court_report.issue'), eq(auditEvents.personId, personId)));
    expect(issues.map((event) => (event.details as { language: string }).language)).toEqual(['ky', 'ru']);

    const decision = { decidedOn: typed(bishkekDay(0)), sentence: 'community_service', sentenceDetails: '240 саат', followed: 'followed' };
    expect((await postReportForm(test, officer, reportId, 'court-decision', decision)).statusCode).toBe(303);
    expect(await reportRow(test, reportId)).toMatchObject({ status: 'decided', sentence: 'community_service', followed: 'followed' });
    expect(await historyEvents(test, reportId)).toEqual([
      'requested',
      'episode_opened',
      'interview_added',
      'inquiry_saved',
      'recommendation_saved',
      'submit',
      'return',
      'submit',
      'approve',
      'issued',
      'issued',
      'court_decision',
    ]);
  });

  it('refuses approval by the manager who wrote the report; another manager approves it', async () => {
    const personId = await newPerson('Өзүбеков');
    const { reportId } = await officerRequest(personId, ids['cr.manager'], cookies['cr.manager']);
    await writeReport(test, cookies['cr.manager']!, reportId);
    await postReportForm(test, cookies['cr.manager']!, reportId, 'submit');
    const own = await postReportForm(test, cookies['cr.manager']!, reportId, 'decision', { decision: 'approve', comment: '' });
    expect(own.statusCode).toBe(400);
    expect((await reportRow(test, reportId)).status).toBe('submitted');
    expect(
      (await postReportForm(test, cookies['cr.manager2']!, reportId, 'decision', { decision: 'approve', comment: '' })).statusCode,
    ).toBe(303);
    expect((await reportRow(test, reportId)).approvedBy).toBe(ids['cr.manager2']);
  });

  it('refuses a form opened before someone else saved, keeping what was typed and saving nothing', async () => {
    const personId = await newPerson('Эскиев');
    const { reportId } = await officerRequest(personId);
    const opened = String((await reportRow(test, reportId)).rowVersion);
    await postReportForm(test, cookies['cr.officer']!, reportId, 'inquiry', { familySituation: 'Биринчи жазуу' });
    const stale = await postReportForm(test, cookies['cr.manager']!, reportId, 'inquiry', {
      familySituation: 'Экинчи жазуу',
      rowVersion: opened,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.body).toContain('Экинчи жазуу');
    expect((await reportRow(test, reportId)).familySituation).toBe('Биринчи жазуу');
  });

  it('refuses "not applicable" for a report that made a recommendation', async () => {
    const personId = await newPerson('Сунушов');
    const { reportId } = await officerRequest(personId);
    await writeReport(test, cookies['cr.officer']!, reportId);
    await postReportForm(test, cookies['cr.officer']!, reportId, 'submit');
    await postReportForm(test, cookies['cr.manager']!, reportId, 'decision', { decision: 'approve', comment: '' });
    const decision = { decidedOn: typed(bishkekDay(0)), sentence: 'fine', sentenceDetails: '', followed: 'not_applicable' };
    expect((await postReportForm(test, cookies['cr.officer']!, reportId, 'court-decision', decision)).statusCode).toBe(400);
    expect((await reportRow(test, reportId)).status).toBe('approved');
  });
  it('gives the person every report, interviews and recommendation included, in the subject access export', async () => {
    const personId = await newPerson('Маалыматов');
    const { reportId } = await officerRequest(personId);
    await writeReport(test, cookies['cr.officer']!, reportId);
    const json = await test.app.inject({
      url: `/people/${personId}/subject-access.json?received=${bishkekDay(0)}`,
      headers: { cookie: cookies['cr.manager']! },
    });
    const sections = (JSON.parse(json.body) as { sections: Record<string, Record<string, unknown>[]> }).sections;
    expect(sections.courtReports).toEqual([
      expect.objectContaining({
        id: reportId,
        caseNumber: '1-245/2026',
        courtRecommendation: 'community_service',
        courtJudge: 'Асанов Б. К.',
      }),
    ]);
    expect(sections.courtReports![0]!.inquiryInterviews).toEqual([expect.stringContaining('Адамдын өзү')]);
    const pdf = await test.app.inject({
      url: `/people/${personId}/subject-access.pdf?lang=ru`,
      headers: { cookie: cookies['cr.manager']! },
    });
    expect(pdf.statusCode).toBe(200);
    expect(pdfText(pdf.rawPayload)).toContain('Досудебные доклады');
  });
});
