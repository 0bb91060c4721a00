import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { courtReports } from '../../src/modules/courtreports/courtreports.tables.ts';
import { people } from '../../src/modules/people/people.tables.ts';
import { probationReportCounts } from '../../src/modules/probation/probation.service.ts';
import { probationBreachReports, probationContacts, probationViolations } from '../../src/modules/probation/probation.tables.ts';
import { referralCountsByPartner } from '../../src/modules/referrals/referrals.service.ts';
import { referrals } from '../../src/modules/referrals/referrals.tables.ts';
import { auditEvents } from '../../src/platform/audit/audit.tables.ts';
import { createTestApp, createTestUser, signIn, type TestApp } from '../support/app.ts';
import { insertPerson, unitIdOf } from './classification.fixture.ts';
import { insertOrder } from './probation.fixture.ts';
import { demoPartners, insertConsent } from './referrals.fixture.ts';

/**
 * The probation reports over a small set of people in 2020 (a year no other test or demo record uses): five men
 * and two girls living in Osh city, one man in Kara-Suu district (the Kara-Suu office's), and one man living
 * outside every project location, who is never counted.
 */
let test: TestApp;
const ids: Record<string, string> = {};
const cookies: Record<string, string> = {};
const PERIOD = { from: '2020-01-01', to: '2020-12-31' };
let outsider = '';

const territoryId = async (where: string) =>
  (await test.database.db.execute<{ id: string }>(sql.raw(`select id from territories where ${where} order by code limit 1`))).rows[0]!.id;

async function client(name: string, territory: string, born: string, sex: 'male' | 'female', office = 'PROBATION_OSH') {
  const personId = await insertPerson(test, name, { unit: office, legalStatus: 'probation' });
  await test.database.db.update(people).set({ actualTerritoryId: territory, dateOfBirth: born, sex }).where(eq(people.id, personId));
  return personId;
}

beforeAll(async () => {
  test = await createTestApp();
  for (const [username, role, unitCode] of [
    ['pr.officer', 'probation_officer', 'PROBATION_OSH'],
    ['pr.manager', 'probation_manager', 'PROBATION_OSH'],
    ['pr.far', 'probation_manager', 'PROBATION_KARASUU'],
    ['pr.me', 'me_officer', 'MINISTRY_OF_JUSTICE'],
    ['pr.russian', 'probation_manager', 'PROBATION_OSH'],
  ] as const) {
    ids[username] = (await createTestUser(test, username, [{ role, unitCode }])).id;
    cookies[username] = await signIn(test.app, username);
  }
  await test.database.db.execute(sql`update users set locale = 'ru' where username = 'pr.russian'`);
  const osh = await territoryId(`code = 'KG-GO'`);
  const karaSuu = await territoryId(`project_location and name->>'en' = 'Kara-Suu district'`);
  const elsewhere = await territoryId(
    `not project_location and kind = 'district' and parent_id in (select id from territories where kind = 'oblast' and not project_location)`,
  );
  const order = async (personId: string, unit = 'PROBATION_OSH') =>
    insertOrder(test, { personId, createdBy: ids['pr.officer']!, startsOn: '2020-01-01', endsOn: '2021-12-31', unit });
  const { women } = await demoPartners(test);
  const oshOffice = await unitIdOf(test, 'PROBATION_OSH');
  for (let index = 0; index < 5; index++) {
    const personId = await client(`Эркеков${String(index)}`, osh, '1990-06-01', 'male');
    const orderId = await order(personId);
    // Each man came on 10.01 (before his first due day, 15.01) and not again: then 24.01 was missed.
    await test.database.db.insert(probationContacts).values({
      orderId,
      personId,
      kind: 'office_visit',
      contactOn: '2020-01-10',
      attended: true,
      recordedBy: ids['pr.officer']!,
    });
    const consentId = await insertConsent(test, {
      personId,
      partnerUnitId: women,
      scope: ['identity'],
      recordedBy: ids['pr.officer']!,
      givenOn: '2020-02-01',
    });
    await test.database.db.insert(referrals).values({
      personId,
      partnerUnitId: women,
      consentId,
      referringUnitId: oshOffice,
      service: 'Кеңеш берүү',
      reason: 'Үй-бүлө',
      sentOn: '2020-02-02',
      createdBy: ids['pr.officer']!,
    });
    if (index === 0) {
      const [violation] = await test.database.db
        .insert(probationViolations)
        .values({
          orderId,
          personId,
          occurredOn: '2020-03-01',
          severity: 'serious',
          description: 'Келген жок',
          evidence: 'Журнал',
          proposedResponse: 'court_referral',
          response: 'court_referral',
          responseReasons: 'Кайталанган',
          recordedBy: ids['pr.officer']!,
        })
        .returning();
      await test.database.db.insert(probationBreachReports).values({
        violationId: violation!.id,
        orderId,
        personId,
        status: 'outcome_recorded',
        writtenBy: ids['pr.officer']!,
        outcome: 'warning',
        outcomeOn: '2020-04-01',
      });
    }
  }
  for (const name of ['Айгүлова', 'Нурзатова']) await order(await client(name, osh, '2004-01-01', 'female'));
  await order(await client('Карасуулуков', karaSuu, '1970-01-01', 'male', 'PROBATION_KARASUU'), 'PROBATION_KARASUU');
  // Six reports for courts decided in 2020 at the Osh office, about men living in Osh city: five followed, one
  // partly; and one about a man living outside the project locations, which no table counts.
  for (const followed of ['followed', 'followed', 'followed', 'followed', 'followed', 'partly', 'not_followed'] as const)
    await test.database.db.insert(courtReports).values({
      personId: await client('Сотов', followed === 'not_followed' ? elsewhere : osh, '1995-01-01', 'male'),
      officeId: oshOffice,
      officerId: ids['pr.officer']!,
      courtName: 'Ош шаардык соту',
      judge: 'Судья',
      caseNumber: '1-20',
      receivedOn: '2020-05-01',
      deadline: '2020-05-20',
      questions: 'Суроолор',
      status: 'decided',
      decidedOn: '2020-06-01',
      sentence: 'conditional_sentence',
      followed,
      createdBy: ids['pr.officer']!,
    });
  outsider = await client('Сырттаев', elsewhere, '1990-06-01', 'male');
  await order(outsider);
});
afterAll(() => test.close());

const page = (who: string, query = '?from=01.01.2020&to=31.12.2020') =>
  test.app.inject({ url: `/probation/reports${query}`, headers: { cookie: cookies[who]! } });

/** The cells of one row of one table's section, as the page shows them. */
function row(html: string, table: string, section: string, key: string): string[] {
  const start = html.indexOf(`id="report-${table}"`);
  const from = html.indexOf(`data-section="${section}"`, start);
  const rowStart = html.indexOf(`data-key="${key}"`, from);
  const rowHtml = html.slice(rowStart, html.indexOf('</tr>', rowStart));
  return [...rowHtml.matchAll(/<td[^>]*>(?:<span aria-hidden="true">)?([^<]*)/g)].map((match) => match[1]!.replace('&lt;', '<'));
}

describe('the counts of the probation reports', () => {
  it('counts open orders by probation type, contacts on time and missed, violations, outcomes and referrals, for project locations only', async () => {
    const counts = await probationReportCounts(test.database.db, { officeIds: null, ...PERIOD, today: '2026-01-01' });
    const sum = (list: { column: string; count: number; location: string }[], column: string, location = 'KG-GO') =>
      list.filter((entry) => entry.column === column && entry.location === location).reduce((total, entry) => total + entry.count, 0);
    expect(sum(counts.caseload, 'executive')).toBe(7);
    expect(counts.caseload.every((entry) => entry.location !== null)).toBe(true);
    // Each man: 15.01 met on time (10.01), then due 24.01 and missed; the girls came never: 15.01 missed.
    expect(sum(counts.contacts, 'on_time')).toBe(5);
    expect(sum(counts.contacts, 'missed')).toBe(7);
    expect(sum(counts.violations, 'court_referral')).toBe(1);
    expect(sum(counts.outcomes, 'warning')).toBe(1);
    const referred = await referralCountsByPartner(test.database.db, { referringUnitIds: null, ...PERIOD });
    expect(referred.counts.filter((entry) => entry.column === 'sent').reduce((total, entry) => total + entry.count, 0)).toBe(5);
    expect(referred.partners.map((partner) => partner.code)).toEqual(['DEMO_PARTNER_OSH_WOMEN']);
    // The man living outside the project locations has an order at the Osh office, and is in none of the counts.
    const osh = counts.caseload.filter((entry) => entry.location === 'KG-GO').reduce((total, entry) => total + entry.count, 0);
    expect(osh).toBe(7);
  });
});

describe('the probation reports page', () => {
  it('shows the counts by project location, sex and age band, hiding counts of one to four as "<5"', async () => {
    const response = await page('pr.manager');
    expect(response.statusCode).toBe(200);
    // Columns: pre-trial, executive, penitentiary, post-penitentiary, total.
    expect(row(response.body, 'caseload', 'location', 'KG-GO')).toEqual(['0', '7', '0', '0', '7']);
    expect(row(response.body, 'caseload', 'sex', 'female')).toEqual(['0', '<5', '0', '0', '<5']);
    expect(row(response.body, 'caseload', 'ageBand', '25_34')).toEqual(['0', '5', '0', '0', '5']);
    expect(row(response.body, 'caseload', 'ageBand', 'under_18')).toEqual(['0', '<5', '0', '0', '<5']);
    // Contacts: on time, late, missed, due; violations: warning, additional condition, court, total.
    expect(row(response.body, 'contacts', 'location', 'KG-GO')).toEqual(['5', '0', '7', '12']);
    expect(row(response.body, 'violations', 'location', 'KG-GO')).toEqual(['0', '0', '<5', '<5']);
    // Referrals: sent, accepted, declined, in progress, completed, withdrawn, total.
    expect(row(response.body, 'referrals', 'partner', 'DEMO_PARTNER_OSH_WOMEN')).toEqual(['5', '0', '0', '0', '0', '0', '5']);
    // The note under the period explains the mark (escaped in the page's HTML).
    expect(response.body).toContain('«&lt;5»');
    expect(response.body).not.toContain('Сырттаев');
  });

  it('shows the followed court recommendations by the office’s project location, with the rate (none without reports)', async () => {
    // Columns: followed, partly, not followed, decided, rate.
    expect(row((await page('pr.manager')).body, 'court', 'location', 'KG-GO')).toEqual(['5', '<5', '0', '6', '83,3 %']);
    expect(row((await page('pr.far')).body, 'court', 'location', 'KG-GO')).toEqual(['0', '0', '0', '0', '—']);
    // By the person's sex and age band too, like every other table (25–34 on the period's last day in 2020).
    const body = (await page('pr.manager')).body;
    expect(row(body, 'court', 'sex', 'male')).toEqual(['5', '<5', '0', '6', '83,3 %']);
    expect(row(body, 'court', 'sex', 'female')).toEqual(['0', '0', '0', '0', '—']);
    expect(row(body, 'court', 'ageBand', '25_34')).toEqual(['5', '<5', '0', '6', '83,3 %']);
  });

  it('gives the same suppressed tables as CSV, in Russian, and audits the export with its period', async () => {
    const response = await test.app.inject({
      url: '/probation/reports.csv?from=01.01.2020&to=31.12.2020',
      headers: { cookie: cookies['pr.russian']! },
    });
    expect(response.statusCode).toBe(200);
    const lines = response.body.split('\r\n');
    expect(lines).toContain('caseload,sex,female,Женский,executive,<5');
    expect(lines).toContain('court,location,KG-GO,город Ош,rate,83.3');
    const events = await test.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.requestId, String(response.headers['x-request-id'])));
    expect(events.map((event) => event.action)).toEqual(['probation.reports.export']);
  });

  it("shows a manager only their own offices' orders, and an M&E officer every office", async () => {
    expect(row((await page('pr.manager')).body, 'caseload', 'sex', 'male')).toEqual(['0', '5', '0', '0', '5']);
    const far = (await page('pr.far')).body;
    expect(row(far, 'caseload', 'location', 'KG-GO')).toEqual(['0', '0', '0', '0', '0']);
    expect(row(far, 'referrals', 'location', 'KG-GO')).toEqual(['0', '0', '0', '0', '0', '0', '0']);
    const national = (await page('pr.me')).body;
    expect(row(national, 'caseload', 'location', 'KG-GO')).toEqual(['0', '7', '0', '0', '7']);
    expect(row(national, 'caseload', 'sex', 'male')).toEqual(['0', '6', '0', '0', '6']);
  });

  it('refuses a probation officer (403), and audits every view with its period', async () => {
    expect((await page('pr.officer')).statusCode).toBe(403);
    const response = await page('pr.me');
    const events = await test.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.requestId, String(response.headers['x-request-id'])));
    expect(events.map((event) => [event.action, event.outcome])).toEqual([['probation.reports.view', 'success']]);
    expect(events[0]!.details).toMatchObject({ filters: { from: '2020-01-01', to: '2020-12-31' } });
  });

  it('refuses a date that does not exist and a period that ends before it starts, reading nothing', async () => {
    const wrong = await page('pr.manager', '?from=31.02.2020');
    expect(wrong.statusCode).toBe(400);
    expect(wrong.body).toContain('31.02.2020');
    expect((await page('pr.manager', '?from=01.02.2020&to=01.01.2020')).statusCode).toBe(400);
  });
});
