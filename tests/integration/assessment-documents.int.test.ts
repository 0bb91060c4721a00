import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assessments, assessmentSteps, instruments, instrumentVersions } from '../../src/modules/assessments/assessments.tables.ts';
import { challenges, classifications } from '../../src/modules/assessments/classification.tables.ts';
import type { InstrumentDefinition } from '../../src/modules/assessments/instruments/instrument.definition.ts';
import { auditEvents } from '../../src/platform/audit/audit.tables.ts';
import { createTestApp, createTestUser, signIn, type TestApp } from '../support/app.ts';
import { pdfText } from '../support/pdf-text.ts';
import { answersFor, classificationContent, insertPerson } from './assessment-documents.fixture.ts';

let test: TestApp;
const cookies: Record<string, string> = {};
const ids: Record<string, string> = {};
let definition: InstrumentDefinition;

beforeAll(async () => {
  test = await createTestApp();
  const db = test.database.db;
  ids.person = await insertPerson(db, 'Өмүрбеков', 'PRISON_47', '21705199100123');
  ids.far = await insertPerson(db, 'Сыдыков', 'PRISON_16', null);
  for (const [username, role] of [
    ['doc.officer', 'prison_officer'],
    ['doc.reviewer', 'psychologist'],
    ['doc.committee', 'classification_member'],
    ['doc.facilitator', 'programme_facilitator'],
  ] as const) {
    ids[username] = (await createTestUser(test, username, [{ role, unitCode: 'PRISON_47' }])).id;
    cookies[username] = await signIn(test.app, username);
  }
  const [version] = await db
    .select({ id: instrumentVersions.id, definition: instrumentVersions.definition })
    .from(instrumentVersions)
    .innerJoin(instruments, eq(instruments.id, instrumentVersions.instrumentId))
    .where(and(eq(instruments.code, 'KADAM_VE'), eq(instrumentVersions.status, 'published')));
  definition = version!.definition;
  const judgement = definition.outcome.judgements[0]!.code;
  const [assessment] = await db
    .insert(assessments)
    .values({
      personId: ids.person,
      instrumentVersionId: version!.id,
      status: 'approved',
      reason: 'admission',
      answers: answersFor(definition),
      assessorId: ids['doc.officer']!,
      contributorIds: [ids['doc.officer']!],
      submittedAt: new Date('2026-02-02T05:00:00Z'),
      reviewerId: ids['doc.reviewer']!,
      reviewedAt: new Date('2026-02-03T05:00:00Z'),
      reviewOutcome: 'overridden',
      overrideJudgements: { [judgement]: 'high' },
      overrideReason: 'Жаңы маалымат бар',
      nextReviewDate: '2026-08-03',
    })
    .returning({ id: assessments.id });
  ids.assessment = assessment!.id;
  await db.insert(assessmentSteps).values([
    { assessmentId: ids.assessment, action: 'start', toStatus: 'draft', actorId: ids['doc.officer']! },
    { assessmentId: ids.assessment, action: 'override', toStatus: 'approved', comment: 'Жаңы маалымат бар', actorId: ids['doc.reviewer']! },
  ]);
  const [classification] = await db
    .insert(classifications)
    .values({
      personId: ids.person,
      status: 'overridden',
      basisAssessmentIds: [ids.assessment],
      proposal: classificationContent({}),
      proposedBy: ids['doc.officer']!,
      decision: classificationContent({ placement: 'concentration' }),
      decisionReason: 'Мекеменин саясаты',
      decidedBy: ids['doc.committee']!,
      decidedAt: new Date('2026-02-10T05:00:00Z'),
      nextReviewDate: '2026-08-03',
    })
    .returning({ id: classifications.id });
  ids.classification = classification!.id;
  await db.insert(challenges).values({
    subjectType: 'classification',
    subjectId: ids.classification,
    personId: ids.person,
    receivedOn: '2026-02-15',
    grounds: 'Туура эмес деп эсептейм',
    recordedBy: ids['doc.officer']!,
    response: 'Негиздер каралды',
    outcome: 'not_upheld',
    respondedBy: ids['doc.committee']!,
    respondedAt: new Date('2026-02-20T05:00:00Z'),
  });
}, 60_000);
afterAll(() => test.close());

const get = (url: string, as = 'doc.officer') => test.app.inject({ url, headers: { cookie: cookies[as]! } });
const assessmentUrl = (lang: string, person = ids.person) => `/people/${person}/assessments/${ids.assessment}/document.pdf?lang=${lang}`;
const classificationUrl = (lang: string, person = ids.person) =>
  `/people/${person}/placement/${ids.classification}/document.pdf?lang=${lang}`;

/** The PDF's text with its wrapped lines joined, so a sentence reads whole wherever the page broke it. */
async function documentText(url: string) {
  const response = await get(url);
  expect(response.statusCode).toBe(200);
  expect(response.headers['content-type']).toBe('application/pdf');
  expect(response.headers['cache-control']).toBe('no-store');
  return pdfText(response.rawPayload).replace(/\s+/g, ' ');
}

describe('the assessment document', () => {
  it('says in Kyrgyz who was assessed, with what, every rating and its evidence, the override and the history', async () => {
    const text = await documentText(assessmentUrl('ky'));
    const indicator = definition.sections[0]!.indicators[0]!;
    for (const expected of [
      'Тобокелдиктерди баалоо',
      'Өмүрбеков Үсөн Таңатарович',
      '21705199100123',
      '17.05.1991',
      definition.name.ky,
      'Бекитилди',
      'Текшерүүчүнүн өзгөртүүсү менен бекитилди',
      'Өзгөртүүнүн себеби Жаңы маалымат бар',
      definition.sections[0]!.title.ky,
      indicator.title.ky,
      `Далил ${indicator.code}`,
      'Булактар Маек',
      'Факторлордун байланышы',
      'Адамдын өз пикири Мен макул эмесмин',
      'Кийинки кайра кароо 03.08.2026',
      'Test doc.reviewer',
      'беттин 1-бети',
    ])
      expect(text).toContain(expected);
  });

  it('is offered in Kyrgyz and Russian on the assessment page', async () => {
    const page = await get(`/people/${ids.person}/assessments/${ids.assessment}`);
    expect(page.statusCode).toBe(200);
    for (const lang of ['ky', 'ru']) expect(page.body).toContain(`href="${assessmentUrl(lang).replace(/&/g, '&amp;')}"`);
  });

  it('is in Russian when Russian is asked for', async () => {
    const text = await documentText(assessmentUrl('ru'));
    for (const expected of ['Оценка рисков', definition.name.ru, definition.sections[0]!.title.ru, 'Причина изменения', 'Источники Беседа'])
      expect(text).toContain(expected);
    expect(text).not.toContain('Тобокелдиктерди баалоо');
  });

  it('records each download with its language', async () => {
    await get(assessmentUrl('ru'));
    const events = await test.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'assessment.document'), eq(auditEvents.personId, ids.person!)))
      .orderBy(auditEvents.seq);
    expect(events.at(-1)).toMatchObject({ outcome: 'success', details: { resource: 'assessment', id: ids.assessment, language: 'ru' } });
  });
});

describe('the classification decision document', () => {
  it('sets the proposal beside the decision, with the reason, who decided, and the challenge and its outcome', async () => {
    const text = await documentText(classificationUrl('ky'));
    for (const expected of [
      'Классификациялоо боюнча чечим',
      'Комиссия тарабынан өзгөртүлдү',
      'Kadam сунушу',
      'Өзгөртүүнүн себеби Мекеменин саясаты',
      'Чечкен Test doc.committee',
      'Туура эмес деп эсептейм',
      'Канааттандырылган жок',
      definition.name.ky,
    ])
      expect(text).toContain(expected);
  });

  it('is in Russian when Russian is asked for', async () => {
    const text = await documentText(classificationUrl('ru'));
    for (const expected of ['Решение о классификации', 'Предложение Kadam', 'Рассредоточение', 'Концентрация', 'Не удовлетворено'])
      expect(text).toContain(expected);
  });
});

describe('who may download', () => {
  it('answers 404 for a person outside the user’s units, and for a record of another person', async () => {
    expect((await get(assessmentUrl('ky', ids.far))).statusCode).toBe(404);
    expect((await get(classificationUrl('ky', ids.far))).statusCode).toBe(404);
    expect((await get(`/people/${ids.person}/assessments/not-an-id/document.pdf?lang=ky`)).statusCode).toBe(404);
    expect((await get(`/people/${ids.person}/placement/${ids.assessment}/document.pdf?lang=ky`)).statusCode).toBe(404);
  });

  it('answers 403 to a user who may not read assessments, and 400 to a language other than Kyrgyz or Russian', async () => {
    expect((await get(assessmentUrl('ky'), 'doc.facilitator')).statusCode).toBe(403);
    expect((await get(classificationUrl('en'))).statusCode).toBe(400);
  });
});
