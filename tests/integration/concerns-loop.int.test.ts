import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assessments } from '../../src/modules/assessments/assessments.tables.ts';
import { reviewDateChanges } from '../../src/modules/assessments/classification.tables.ts';
import { concerns } from '../../src/modules/concerns/concerns.tables.ts';
import { people, personAlerts } from '../../src/modules/people/people.tables.ts';
import { messages } from '../../src/messages.ts';
import { createI18n } from '../../src/platform/i18n/translator.ts';
import { createTestApp, createTestUser, signIn, type TestApp } from '../support/app.ts';
import { bishkekDay, insertApprovedAssessment, insertPerson, typed } from './classification.fixture.ts';
import { concernIdOf, concernRow, historyEvents, postStep, reportAbout } from './concerns.fixture.ts';

let test: TestApp;
let officer: string;
let lead: string;
let psychologist: string;
const ids: Record<string, string> = {};

beforeAll(async () => {
  test = await createTestApp();
  ids.officer = (await createTestUser(test, 'loop.officer', [{ role: 'prison_officer', unitCode: 'PRISON_47' }])).id;
  ids.lead = (await createTestUser(test, 'loop.lead', [{ role: 'facility_manager', unitCode: 'PRISON_47' }])).id;
  ids.psychologist = (await createTestUser(test, 'loop.psy', [{ role: 'psychologist', unitCode: 'PRISON_47' }])).id;
  officer = await signIn(test.app, 'loop.officer');
  lead = await signIn(test.app, 'loop.lead');
  psychologist = await signIn(test.app, 'loop.psy');
});
afterAll(() => test.close());

/** A person and an officer's report about them: the concern waits for triage. */
async function reported(name: string) {
  const personId = await insertPerson(test, name);
  const response = await reportAbout(test, officer, personId);
  expect(response.statusCode).toBe(303);
  return { personId, concernId: concernIdOf(response.headers.location) };
}

/** Triage into an investigation and findings recorded: the concern waits for a decision. */
async function investigated(name: string) {
  const concern = await reported(name);
  const step = (name: string, fields: Record<string, string>) => postStep(test, lead, concern.personId, concern.concernId, name, fields);
  expect((await step('triage', { outcome: 'investigate', note: 'Коркутуу тууралуу эки билдирүү бар' })).statusCode).toBe(303);
  expect((await step('investigate', { findings: 'Үч кызматкер жана камерадагы эки адам коркутууну ырастады.' })).statusCode).toBe(303);
  return { ...concern, step };
}

describe('the concern loop', () => {
  it('runs from report to closure: triage, findings, a decision for a plan, the plan, a review, closure', async () => {
    const { personId, concernId, step } = await investigated('Циклов');
    expect((await step('decide', { decision: 'plan', reasons: 'Коркутуу ырасталды, көзөмөл керек' })).statusCode).toBe(303);
    const early = await step('close', { reason: 'Эрте жабуу' });
    expect(early.statusCode).toBe(409);
    expect(early.body).toContain('Чечим план түзүү жөнүндө болчу');
    const plan = await step('plan', {
      action0: 'Психолог менен жумасына бир жолу маек',
      responsible0: 'Психология кызматы',
      target0: typed(bishkekDay(21)),
      reviewDate: typed(bishkekDay(14)),
    });
    expect(plan.statusCode).toBe(303);
    expect(await concernRow(test, concernId)).toMatchObject({ status: 'planned', nextReviewDate: bishkekDay(14) });
    expect((await step('review', { summary: 'Коркутуулар токтоду', nextReviewDate: typed(bishkekDay(30)) })).statusCode).toBe(303);
    expect((await step('close', { reason: 'План аткарылды, тобокелдик азайды' })).statusCode).toBe(303);
    const closed = await concernRow(test, concernId);
    expect(closed).toMatchObject({ status: 'closed', closeReason: 'План аткарылды, тобокелдик азайды', closedBy: ids.lead });
    expect(await historyEvents(test, concernId)).toEqual(['report', 'triage', 'investigate', 'decide', 'plan', 'review', 'close']);

    const leadPage = await test.app.inject({ url: `/people/${personId}/concerns/${concernId}`, headers: { cookie: lead } });
    expect(leadPage.body).toContain('Үч кызматкер жана камерадагы эки адам коркутууну ырастады.');
    expect(leadPage.body).toContain('Психолог менен жумасына бир жолу маек');
    // The reporter sees what was done, not the findings nor the reasons.
    const reporterPage = await test.app.inject({ url: `/people/${personId}/concerns/${concernId}`, headers: { cookie: officer } });
    expect(reporterPage.statusCode).toBe(200);
    expect(reporterPage.body).toContain('Чаралар планы түзүлдү');
    expect(reporterPage.body).toContain('Жабылды');
    expect(reporterPage.body).not.toContain('Үч кызматкер');
    expect(reporterPage.body).not.toContain('Коркутуу ырасталды, көзөмөл керек');
  });

  it('puts the person’s assessment on the psychologist’s worklist when the decision is a reassessment', async () => {
    const { personId, concernId, step } = await investigated('Кайрабаалоев');
    const assessmentId = await insertApprovedAssessment(test, {
      personId,
      instrument: 'KADAM_VE',
      judgements: { VIOLENCE: 'low', INFLUENCE: 'moderate', VULNERABILITY: 'low' },
      nextReviewDate: bishkekDay(200),
      assessorId: ids.psychologist!,
      reviewerId: ids.lead!,
    });
    const before = await test.app.inject({ url: '/worklist', headers: { cookie: psychologist } });
    expect(before.body).not.toContain(`/people/${personId}/assessments/${assessmentId}`);

    expect((await step('decide', { decision: 'reassessment', reasons: 'Башкаларды тартууга аракет ырасталды' })).statusCode).toBe(303);
    const [assessment] = await test.database.db.select().from(assessments).where(eq(assessments.id, assessmentId));
    expect(assessment!.nextReviewDate).toBe(bishkekDay(0));
    const [change] = await test.database.db.select().from(reviewDateChanges).where(eq(reviewDateChanges.subjectId, assessmentId));
    expect(change).toMatchObject({ trigger: 'concern_report', reason: 'Башкаларды тартууга аракет ырасталды', changedBy: ids.lead });
    expect(await historyEvents(test, concernId)).toContain('review_requested');

    const after = await test.app.inject({ url: '/worklist', headers: { cookie: psychologist } });
    const section = /data-worklist="assessments\.reviews"[\s\S]*?<\/section>/.exec(after.body)?.[0] ?? '';
    expect(section).toContain(`/people/${personId}/assessments/${assessmentId}`);
  });

  it('raises the chosen alert on the person when the decision is an alert, and needs the alert chosen', async () => {
    const { personId, step } = await investigated('Эскертүүлүү');
    const missing = await step('decide', { decision: 'alert', reasons: 'Тартуу коркунучу', alertType: '' });
    expect(missing.statusCode).toBe(400);
    expect(missing.body).toContain('Кайсы эскертүүнү коюу керектигин тандаңыз.');
    expect(missing.body).toContain('Тартуу коркунучу'); // the reasons are kept
    expect(
      (await step('decide', { decision: 'alert', reasons: 'Тартуу коркунучу', alertType: 'vulnerable_to_recruitment' })).statusCode,
    ).toBe(303);
    const alerts = await test.database.db.select().from(personAlerts).where(eq(personAlerts.personId, personId));
    expect(alerts.map((alert) => [alert.type, alert.reason])).toEqual([['vulnerable_to_recruitment', 'Тартуу коркунучу']]);
  });

  it('refuses a step from a form opened before another lead’s step, and a step the concern is not at', async () => {
    const { personId, concernId } = await reported('Эскиформов');
    const first = await postStep(test, lead, personId, concernId, 'triage', { outcome: 'investigate', note: 'Биринчи', rowVersion: '1' });
    expect(first.statusCode).toBe(303);
    const stale = await postStep(test, lead, personId, concernId, 'triage', {
      outcome: 'no_further_action',
      note: 'Экинчи',
      rowVersion: '1',
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.body).toContain('Сиз баракты ачкандан кийин бул билдирүүнү башка бирөө өзгөрттү.');
    const skipped = await postStep(test, lead, personId, concernId, 'decide', {
      decision: 'no_further_action',
      reasons: 'Өткөрүп жиберүү',
    });
    expect(skipped.statusCode).toBe(409);
    expect(await concernRow(test, concernId)).toMatchObject({ status: 'investigating', triageNote: 'Биринчи', decision: null });
  });

  it('ends a concern at triage with no further action only with a reason', async () => {
    const { personId, concernId } = await reported('Жабылуучу');
    const bare = await postStep(test, lead, personId, concernId, 'triage', { outcome: 'no_further_action', note: '' });
    expect(bare.statusCode).toBe(400);
    expect(bare.body).toContain('value="no_further_action" checked');
    expect((await concernRow(test, concernId)).status).toBe('reported');
    const done = await postStep(test, lead, personId, concernId, 'triage', {
      outcome: 'no_further_action',
      note: 'Жүрүм-турум эмес, ишеним жөнүндө билдирүү',
    });
    expect(done.statusCode).toBe(303);
    expect(await concernRow(test, concernId)).toMatchObject({ status: 'closed', closeReason: 'Жүрүм-турум эмес, ишеним жөнүндө билдирүү' });
    const reporterPage = await test.app.inject({ url: `/people/${personId}/concerns/${concernId}`, headers: { cookie: officer } });
    expect(reporterPage.body).toContain('Жетекчилер карап чыкты: кошумча чара көрүлбөйт');
    expect(reporterPage.body).not.toContain('ишеним жөнүндө билдирүү');
  });
});

describe('the leads’ lists', () => {
  it('puts reports waiting for triage on the leads’ worklist, overdue ones marked, and on the open concerns list', async () => {
    const late = await reported('Кечиккенов');
    await test.database.db
      .update(concerns)
      .set({ triageDueAt: sql`now() - interval '2 hours'` })
      .where(eq(concerns.id, late.concernId));
    const worklist = await test.app.inject({ url: '/worklist', headers: { cookie: lead } });
    const section = /data-worklist="concerns\.triage"[\s\S]*?<\/section>/.exec(worklist.body)?.[0] ?? '';
    const item = new RegExp(
      `<li data-due="[^"]*" data-overdue="true">\\s*<a[^>]*href="/people/${late.personId}/concerns/${late.concernId}"`,
    ).exec(section);
    expect(item).not.toBeNull();
    const officerWorklist = await test.app.inject({ url: '/worklist', headers: { cookie: officer } });
    expect(officerWorklist.body).not.toContain('data-worklist="concerns.triage"');

    const list = await test.app.inject({ url: '/concerns', headers: { cookie: lead } });
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain(`/people/${late.personId}/concerns/${late.concernId}`);
    expect(list.body).toContain('Мөөнөтү өткөн');
    expect((await test.app.inject({ url: '/concerns', headers: { cookie: officer } })).statusCode).toBe(403);
  });

  it('shows a concern about a record later merged into the person on the survivor’s tab, and lets the loop go on', async () => {
    const survivor = await insertPerson(test, 'Калгануулуу');
    const { personId: mergedId, concernId } = await reported('Бириктирилген');
    await test.database.db.update(people).set({ mergedIntoId: survivor }).where(eq(people.id, mergedId));
    const tab = await test.app.inject({ url: `/people/${survivor}/concerns`, headers: { cookie: lead } });
    expect(tab.body).toContain(`/people/${survivor}/concerns/${concernId}`);
    const list = await test.app.inject({ url: '/concerns', headers: { cookie: lead } });
    expect(list.body).toContain(`/people/${survivor}/concerns/${concernId}`);
    const triage = await postStep(test, lead, survivor, concernId, 'triage', { outcome: 'investigate', note: 'Бириктирүүдөн кийин' });
    expect(triage.statusCode).toBe(303);
  });

  it('shows concerns on the timeline of the leads only, and in the subject access export', async () => {
    const { personId } = await reported('Убакытов');
    const leadTimeline = await test.app.inject({ url: `/people/${personId}/timeline`, headers: { cookie: lead } });
    expect(leadTimeline.body).toContain('Тынчсыздануу тууралуу билдирүү');
    const officerTimeline = await test.app.inject({ url: `/people/${personId}/timeline`, headers: { cookie: officer } });
    expect(officerTimeline.body).not.toContain('Тынчсыздануу тууралуу билдирүү');
    const exported = await test.app.inject({ url: `/people/${personId}/subject-access.json`, headers: { cookie: lead } });
    expect(exported.statusCode).toBe(200);
    const sections = (JSON.parse(exported.body) as { sections: Record<string, unknown> }).sections;
    expect(sections.concerns).toEqual([
      expect.objectContaining({ status: 'reported', indicators: ['pressure_or_threats', 'recruitment_attempts'] }),
    ]);
    // Every field of the section has its label in Kyrgyz and Russian for the PDF.
    for (const locale of ['ky', 'ru'] as const) {
      const i18n = createI18n(messages, locale);
      for (const field of Object.keys((sections.concerns as Record<string, unknown>[])[0]!)) {
        expect(i18n.t(`subjectAccess.field.${field}` as never), `${locale} ${field}`).not.toBe(`subjectAccess.field.${field}`);
      }
    }
  });
});
