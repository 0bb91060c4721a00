import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RECRUITMENT_EN } from '../../src/modules/manual/content/recruitment.en.ts';
import { RECRUITMENT_KY } from '../../src/modules/manual/content/recruitment.ky.ts';
import { RECRUITMENT_RU } from '../../src/modules/manual/content/recruitment.ru.ts';
import { messages } from '../../src/messages.ts';
import { auditEvents } from '../../src/platform/audit/audit.tables.ts';
import { createTestApp, createTestUser, signIn, type TestApp } from '../support/app.ts';
import { insertPerson } from './classification.fixture.ts';
import { concernIdOf, concernRow, concernsAbout, historyEvents, involvedIn, postFields, reportAbout } from './concerns.fixture.ts';

let test: TestApp;
let officer: string;
let colleague: string;
const ids: Record<string, string> = {};

beforeAll(async () => {
  test = await createTestApp();
  ids.officer = (await createTestUser(test, 'cr.officer', [{ role: 'prison_officer', unitCode: 'PRISON_47' }])).id;
  await createTestUser(test, 'cr.colleague', [{ role: 'prison_officer', unitCode: 'PRISON_47' }]);
  officer = await signIn(test.app, 'cr.officer');
  colleague = await signIn(test.app, 'cr.colleague');
  ids.person = await insertPerson(test, 'Кабарлуулуев');
  ids.cellmate = await insertPerson(test, 'Коңшуев');
  // The same name in another facility: never found, never reportable from Prison 47.
  ids.far = await insertPerson(test, 'Кабарлуулуев', { unit: 'PRISON_16' });
});
afterAll(() => test.close());

const REMINDER = 'Диний ишеним жана аны тутуу — тынчсыздануунун себеби эмес.';
const OUTSIDE = 'Сиз өз бөлүмдөрүңүздө кармалып турган адам жөнүндө гана билдире аласыз.';

describe('the concern report form', () => {
  it('shows the manual’s reminder that religious practice is not a concern, with the person already chosen', async () => {
    const page = await test.app.inject({ url: `/concerns/new?person=${ids.person}`, headers: { cookie: officer } });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(REMINDER);
    expect(page.body).toContain('href="/manual/recruitment_prevention#section-3"');
    expect(page.body).toContain('Кабарлуулуев');
    expect(page.body).toContain(`name="personId" value="${ids.person}"`);
    expect(page.body).toContain('Тартууга аракет кылуу');
  });

  it('links the reminder to the manual’s section that its words name, in every language', async () => {
    const form = await test.app.inject({ url: '/concerns/new', headers: { cookie: officer } });
    const [, href, position, text] =
      /<a class="govuk-link" href="(\/manual\/recruitment_prevention#section-(\d+))">([^<]+)<\/a>/.exec(form.body) ?? [];
    const manual = await test.app.inject({ url: href!.split('#')[0]!, headers: { cookie: officer } });
    const heading = new RegExp(`<section id="section-${position}">\\s*<h2[^>]*>([^<]+)</h2>`).exec(manual.body)?.[1] ?? '';
    const index = Number(position) - 1;
    expect(heading).toBe(`${position}. ${RECRUITMENT_KY[index]!.title}`);
    expect(text!.toLowerCase()).toContain(RECRUITMENT_KY[index]!.title.toLowerCase());
    const otherLanguages = { ru: RECRUITMENT_RU, en: RECRUITMENT_EN };
    for (const [locale, sections] of Object.entries(otherLanguages)) {
      const link = (messages[locale as keyof typeof otherLanguages] as Record<string, string>)['concerns.report.manualLink']!;
      expect(link.toLowerCase()).toContain(sections[index]!.title.toLowerCase());
    }
  });

  it('gives screen readers the hint of the indicators and of each indicator, and the error when nothing was seen', async () => {
    const form = await test.app.inject({ url: `/concerns/new?person=${ids.person}`, headers: { cookie: officer } });
    expect(form.body).toContain('<fieldset class="govuk-fieldset" id="indicators" aria-describedby="indicators-hint">');
    expect(form.body).toMatch(/value="recruitment_attempts"[^>]*aria-describedby="indicators-recruitment_attempts-item-hint"/);
    expect(form.body).toContain('id="indicators-recruitment_attempts-item-hint"');
    const empty = await reportAbout(test, officer, ids.person!, { indicators: [], description: '' });
    expect(empty.body).toContain('aria-describedby="indicators-hint indicators-error"');
    expect(empty.body).toMatch(/<p class="govuk-error-message" id="indicators-error">/);
  });

  it('finds people to report about only in the reporter’s own units', async () => {
    const found = await postFields(test, officer, '/concerns/new', '/concerns/new', { action: 'find_person', personQuery: 'Кабарлуулуев' });
    expect(found.statusCode).toBe(200);
    expect(found.body).toContain(`value="${ids.person}"`);
    expect(found.body).not.toContain(ids.far!);
  });
});

describe('sending a report', () => {
  it('records the indicators, the reporter’s words, the people involved, place and time, with triage due', async () => {
    const response = await reportAbout(test, officer, ids.person!, { involved: [ids.cellmate!] });
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toMatch(new RegExp(`^/people/${ids.person}/concerns/[0-9a-f-]{36}\\?done=reported$`));
    const concern = await concernRow(test, concernIdOf(response.headers.location));
    expect(concern).toMatchObject({ status: 'reported', reportedBy: ids.officer, place: '2-блок, цех' });
    expect(concern.indicators).toEqual(['pressure_or_threats', 'recruitment_attempts']);
    expect(concern.triageDueAt.getTime()).toBeGreaterThan(concern.reportedAt.getTime());
    expect((await involvedIn(test, concern.id)).map((row) => row.personId)).toEqual([ids.cellmate]);
    expect(await historyEvents(test, concern.id)).toEqual(['report']);
    const [audit] = await test.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'concern.report'), eq(auditEvents.personId, ids.person!)));
    expect(audit?.outcome).toBe('success');
  });

  it('refuses a person in another facility with a clear message, the same as for a person who does not exist', async () => {
    const outside = await reportAbout(test, officer, ids.far!);
    const absent = await reportAbout(test, officer, '0b0b0b0b-0000-4000-8000-000000000000');
    for (const response of [outside, absent]) {
      expect(response.statusCode).toBe(400);
      expect(response.body).toContain('govuk-error-summary');
      expect(response.body).toContain(OUTSIDE);
      expect(response.body).toContain('Сосед по камере сказал'); // what was typed is kept
    }
    expect(await concernsAbout(test, ids.far!)).toEqual([]);
    const denied = await test.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'concern.report'), eq(auditEvents.outcome, 'denied')));
    expect(denied).toHaveLength(2);
  });

  it('refuses people involved from outside the reporter’s units, saving nothing', async () => {
    const before = (await concernsAbout(test, ids.cellmate!)).length;
    const response = await reportAbout(test, officer, ids.cellmate!, { involved: [ids.far!] });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('Катышкан деп көрсөтүлгөндөрдүн баары сиздин бөлүмдөрүңүздө болушу керек.');
    expect(await concernsAbout(test, ids.cellmate!)).toHaveLength(before);
  });

  it('refuses a moment in the future and a report with nothing seen, showing the form again as typed', async () => {
    const future = await reportAbout(test, officer, ids.cellmate!, { date: '01.01.2099', description: 'Келечектеги окуя' });
    expect(future.statusCode).toBe(400);
    expect(future.body).toContain('Күнү жана убактысы келечекте болушу мүмкүн эмес.');
    expect(future.body).toContain('Келечектеги окуя');
    const empty = await reportAbout(test, officer, ids.cellmate!, { indicators: [], description: '' });
    expect(empty.statusCode).toBe(400);
    expect(empty.body).toContain('Көргөнүңүздү белгилеңиз же өз сөзүңүз менен жазыңыз.');
    expect(await concernsAbout(test, ids.cellmate!)).toEqual([]);
  });
});

describe('what a reporter sees afterwards', () => {
  it('shows the reporter their own report with its status and the action taken; another officer does not see it', async () => {
    const response = await reportAbout(test, officer, ids.cellmate!);
    const concernId = concernIdOf(response.headers.location);
    const own = await test.app.inject({ url: `/people/${ids.cellmate}/concerns/${concernId}?done=reported`, headers: { cookie: officer } });
    expect(own.statusCode).toBe(200);
    expect(own.body).toContain('Билдирүүңүз жөнөтүлдү. Рахмат.');
    expect(own.body).toContain('Алгачкы баалоону күтүүдө');
    expect(own.body).toContain('Азырынча чечим жок');
    expect(own.body).not.toContain('name="rowVersion"'); // no step forms for a reporter
    const tab = await test.app.inject({ url: `/people/${ids.cellmate}/concerns`, headers: { cookie: officer } });
    expect(tab.body).toContain(`/people/${ids.cellmate}/concerns/${concernId}`);

    const other = await test.app.inject({ url: `/people/${ids.cellmate}/concerns/${concernId}`, headers: { cookie: colleague } });
    expect(other.statusCode).toBe(404);
    const otherTab = await test.app.inject({ url: `/people/${ids.cellmate}/concerns`, headers: { cookie: colleague } });
    expect(otherTab.statusCode).toBe(200);
    expect(otherTab.body).not.toContain(concernId);
    expect(otherTab.body).toContain('Сиз бул адам жөнүндө билдирүү берген эмессиз.');
  });

  it('refuses the steps of the loop to a reporter without concerns:manage', async () => {
    const response = await reportAbout(test, officer, ids.person!);
    const concernId = concernIdOf(response.headers.location);
    const triage = await postFields(test, officer, '/concerns/new', `/people/${ids.person}/concerns/${concernId}/triage`, {
      outcome: 'investigate',
      note: 'Өзүм текшерем',
      rowVersion: '1',
    });
    expect(triage.statusCode).toBe(403);
    expect((await concernRow(test, concernId)).status).toBe('reported');
  });
});
