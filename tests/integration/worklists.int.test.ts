import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../../src/platform/audit/audit.tables.ts';
import { registerWorklistSource } from '../../src/platform/worklists/worklist-sources.ts';
import { createTestApp, createTestUser, signIn, type TestApp } from '../support/app.ts';
import { bishkekDay, insertApprovedAssessment, insertPerson } from './classification.fixture.ts';

let test: TestApp;
const cookies: Record<string, string> = {};
const ids: Record<string, string> = {};

/** A source of this test only: it answers for one user, with items out of order and an empty section. */
registerWorklistSource('worklists-test', ({ user, today }) =>
  Promise.resolve(
    user.username !== 'wl.officer47'
      ? []
      : [
          {
            key: 'test.sessions',
            title: 'worklists.title',
            items: [
              { href: '/later', title: 'Кийинки', detail: 'Кийин', due: '2099-01-02', overdue: false },
              { href: '/undated', title: 'Күнү жок', detail: null, due: null, overdue: false },
              { href: '/late', title: 'Кечиккен', detail: 'Мурун', due: '2020-01-01', overdue: '2020-01-01' < today },
              { href: '/soon', title: 'Жакынкы', detail: null, due: '2098-05-05', overdue: false },
            ],
          },
          { key: 'test.empty', title: 'worklists.title', items: [] },
        ],
  ),
);

const page = (as: string, url = '/worklist') => test.app.inject({ url, headers: { cookie: cookies[as]!, accept: 'text/html' } });
const section = (html: string, key: string) =>
  new RegExp(`data-worklist="${key.replace('.', '\\.')}"[\\s\\S]*?</section>`).exec(html)?.[0] ?? '';

beforeAll(async () => {
  test = await createTestApp();
  for (const [username, role, unitCode] of [
    ['wl.officer47', 'prison_officer', 'PRISON_47'],
    ['wl.psychologist47', 'psychologist', 'PRISON_47'],
    ['wl.officer16', 'prison_officer', 'PRISON_16'],
    ['wl.auditor', 'auditor', 'MINISTRY_OF_JUSTICE'],
  ] as const) {
    ids[username] = (await createTestUser(test, username, [{ role, unitCode }])).id;
    cookies[username] = await signIn(test.app, username);
  }
});
afterAll(() => test.close());

describe('the worklist page', () => {
  it('shows each section with its count, overdue items first and marked, then by due date, undated last', async () => {
    const response = await page('wl.officer47');
    expect(response.statusCode).toBe(200);
    const sessions = section(response.body, 'test.sessions');
    expect(sessions).toContain('4 иш');
    const hrefs = [...sessions.matchAll(/href="(\/[a-z]+)"/g)].map((match) => match[1]);
    expect(hrefs).toEqual(['/late', '/soon', '/later', '/undated']);
    expect(sessions).toMatch(/data-overdue="true">[\s\S]*?Кечиккен[\s\S]*?Мөөнөтү өттү/);
    expect(sessions).toContain('Мөөнөтү: 02.01.2099');
  });

  it('hides sections with nothing in them, and says plainly when nothing at all is due', async () => {
    expect((await page('wl.officer47')).body).not.toContain('data-worklist="test.empty"');
    const empty = await page('wl.officer16');
    expect(empty.statusCode).toBe(200);
    expect(empty.body).toContain('data-worklist="nothing-due"');
    expect(empty.body).toContain('Мөөнөтү келген иш жок.');
  });

  it('lists the assessment reviews due in the user’s own units only, and the view is audited', async () => {
    const personId = await insertPerson(test, 'Мөөнөтбеков', { unit: 'PRISON_47' });
    const assessmentId = await insertApprovedAssessment(test, {
      personId,
      instrument: 'KADAM_VE',
      judgements: { VIOLENCE: 'low', INFLUENCE: 'low', VULNERABILITY: 'low' },
      nextReviewDate: bishkekDay(-2),
      assessorId: ids['wl.psychologist47']!,
      reviewerId: ids['wl.officer47']!,
    });
    const reviews = section((await page('wl.psychologist47')).body, 'assessments.reviews');
    expect(reviews).toContain(`href="/people/${personId}/assessments/${assessmentId}"`);
    expect(reviews).toContain('Мөөнөтбеков');
    expect(reviews).toContain('data-overdue="true"');
    expect((await page('wl.officer16')).body).not.toContain(assessmentId);
    const events = await test.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'worklist.view'), eq(auditEvents.username, 'wl.psychologist47')));
    expect(events.map((event) => event.outcome)).toEqual(['success']);
  });

  it('is for staff who work with people: the auditor neither has it in the menu nor may open it', async () => {
    expect((await page('wl.auditor')).statusCode).toBe(403);
    expect((await page('wl.auditor', '/')).body).not.toContain('href="/worklist"');
    expect((await page('wl.officer47', '/')).body).toContain('href="/worklist"');
  });
});

describe('the home page summary', () => {
  it('counts the worklist’s items and the overdue ones, and links to the list', async () => {
    const home = await page('wl.officer47', '/');
    expect(home.body).toMatch(/data-worklist-summary="\d+"/);
    expect(home.body).toContain('Иш тизмемди ачуу');
    expect(home.body).toMatch(/Алардын \d+ мөөнөтү өттү/);
    // Names stay on the worklist page, whose view is audited.
    expect(home.body).not.toContain('Кечиккен');
  });
});
