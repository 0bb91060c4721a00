import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { courtReportOutcomes } from '../../src/modules/courtreports/courtreports.service.ts';
import { courtReports } from '../../src/modules/courtreports/courtreports.tables.ts';
import { auditEvents } from '../../src/platform/audit/audit.tables.ts';
import { createTestApp, createTestUser, signIn, type TestApp } from '../support/app.ts';
import { bishkekDay, insertPerson, typed, unitIdOf } from './classification.fixture.ts';
import { postReportForm, recordRequestFor, requestFields, writeReport } from './court-reports.fixture.ts';

let test: TestApp;
const ids: Record<string, string> = {};
const cookies: Record<string, string> = {};

beforeAll(async () => {
  test = await createTestApp();
  for (const [username, role, unitCode] of [
    ['cs.officer', 'probation_officer', 'PROBATION_OSH'],
    ['cs.colleague', 'probation_officer', 'PROBATION_OSH'],
    ['cs.manager', 'probation_manager', 'PROBATION_OSH'],
    ['cs.far', 'probation_manager', 'PROBATION_KARASUU'],
    ['cs.me', 'me_officer', 'MINISTRY_OF_JUSTICE'],
  ] as const) {
    ids[username] = (await createTestUser(test, username, [{ role, unitCode }])).id;
    cookies[username] = await signIn(test.app, username);
  }
});
afterAll(() => test.close());

/** A request recorded by the officer, then its dates set straight in the table (a deadline may lie in the past). */
async function reportFor(familyName: string, dates: { receivedOn: string; deadline: string }) {
  const personId = await insertPerson(test, familyName, { unit: 'PROBATION_OSH' });
  const fields = await requestFields(test, { personId, officerId: ids['cs.officer']! });
  const { reportId } = await recordRequestFor(test, cookies['cs.officer']!, fields);
  await test.database.db.update(courtReports).set(dates).where(eq(courtReports.id, reportId));
  return reportId;
}

const page = (url: string, who: string) => test.app.inject({ url, headers: { cookie: cookies[who]! } });

describe('who sees a report', () => {
  it('shows a report to its officer and the office managers; another officer and another office get 404, audited', async () => {
    const reportId = await reportFor('Көрүнүшов', { receivedOn: bishkekDay(-3), deadline: bishkekDay(10) });
    expect((await page(`/court-reports/${reportId}`, 'cs.officer')).statusCode).toBe(200);
    expect((await page(`/court-reports/${reportId}`, 'cs.manager')).statusCode).toBe(200);
    for (const who of ['cs.colleague', 'cs.far']) {
      const refused = await page(`/court-reports/${reportId}`, who);
      expect([who, refused.statusCode]).toEqual([who, 404]);
      const events = await test.database.db
        .select()
        .from(auditEvents)
        .where(eq(auditEvents.requestId, String(refused.headers['x-request-id'])));
      expect(events.map((event) => [event.outcome, event.reason])).toEqual([['denied', 'out_of_scope']]);
    }
    const list = await page('/court-reports', 'cs.colleague');
    expect(list.body).not.toContain(reportId);
  });
});

describe('the worklist', () => {
  it("lists the officer's reports due within five days or overdue, and not the ones further off", async () => {
    await reportFor('Шашылышов', { receivedOn: bishkekDay(-10), deadline: bishkekDay(-1) });
    await reportFor('Жакынов', { receivedOn: bishkekDay(-2), deadline: bishkekDay(4) });
    await reportFor('Алысов', { receivedOn: bishkekDay(-2), deadline: bishkekDay(20) });
    const worklist = await page('/worklist', 'cs.officer');
    expect(worklist.statusCode).toBe(200);
    expect(worklist.body).toContain('Шашылышов');
    expect(worklist.body).toContain('Жакынов');
    expect(worklist.body).not.toContain('Алысов');
    expect(worklist.body.indexOf('Шашылышов')).toBeLessThan(worklist.body.indexOf('Жакынов'));
    expect((await page('/worklist', 'cs.colleague')).body).not.toContain('Жакынов');
  });

  it('lists reports awaiting approval for the managers of the office', async () => {
    const reportId = await reportFor('Бекитүүчүев', { receivedOn: bishkekDay(-3), deadline: bishkekDay(15) });
    await writeReport(test, cookies['cs.officer']!, reportId);
    await postReportForm(test, cookies['cs.officer']!, reportId, 'submit');
    expect((await page('/worklist', 'cs.manager')).body).toContain('Бекитүүчүев');
    expect((await page('/worklist', 'cs.far')).body).not.toContain('Бекитүүчүев');
  });
});

describe('followed recommendations', () => {
  async function decided(familyName: string, followed: string) {
    const reportId = await reportFor(familyName, { receivedOn: bishkekDay(-20), deadline: bishkekDay(-5) });
    await writeReport(test, cookies['cs.officer']!, reportId);
    await postReportForm(test, cookies['cs.officer']!, reportId, 'submit');
    await postReportForm(test, cookies['cs.manager']!, reportId, 'decision', { decision: 'approve', comment: '' });
    const response = await postReportForm(test, cookies['cs.officer']!, reportId, 'court-decision', {
      decidedOn: typed(bishkekDay(-1)),
      sentence: 'community_service',
      sentenceDetails: '',
      followed,
    });
    expect(response.statusCode).toBe(303);
  }

  it("counts per office how often the court followed the report's recommendation", async () => {
    await decided('Толукбаев', 'followed');
    await decided('Жарымов', 'partly');
    await decided('Каршыев', 'not_followed');
    await decided('Экинчиев', 'followed');
    const osh = await unitIdOf(test, 'PROBATION_OSH');
    const [row] = await courtReportOutcomes(test.database.db, { officeIds: [osh], from: bishkekDay(-2), to: bishkekDay(0) });
    expect(row).toMatchObject({
      officeCode: 'PROBATION_OSH',
      followed: 2,
      partly: 1,
      notFollowed: 1,
      decided: 4,
      followedRate: 0.5,
      atLeastPartlyRate: 0.75,
    });
    expect(await courtReportOutcomes(test.database.db, { officeIds: [osh], to: bishkekDay(-3) })).toEqual([]);

    const managerPage = await page('/court-reports/outcomes', 'cs.manager');
    expect(managerPage.statusCode).toBe(200);
    expect(managerPage.body).toContain('50 %');
    expect((await page('/court-reports/outcomes', 'cs.me')).body).toContain('75 %');
    expect((await page('/court-reports/outcomes', 'cs.far')).body).not.toContain('50 %');
    expect((await page('/court-reports/outcomes', 'cs.officer')).statusCode).toBe(403);
    const events = await test.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'court_report.outcomes'), eq(auditEvents.userId, ids['cs.manager']!)));
    expect(events).toHaveLength(1);
  });

  it("puts the court's request on the person's timeline", async () => {
    const reportId = await reportFor('Убакытов', { receivedOn: bishkekDay(-3), deadline: bishkekDay(10) });
    const [report] = await test.database.db.select().from(courtReports).where(eq(courtReports.id, reportId));
    const timeline = await page(`/people/${report!.personId}/timeline`, 'cs.officer');
    expect(timeline.body).toContain('1-245/2026');
  });
});
