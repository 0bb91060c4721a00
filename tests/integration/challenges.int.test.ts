import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { challenges, classifications } from '../../src/modules/assessments/classification.tables.ts';
import { createTestApp, createTestUser, signIn, type TestApp } from '../support/app.ts';
import { bishkekDay, insertApprovedAssessment, insertPerson, postForm, typed } from './classification.fixture.ts';

let test: TestApp;
let officer: string;
let psychologist: string;
let member: string;
const ids: Record<string, string> = {};

beforeAll(async () => {
  test = await createTestApp();
  ids.officer = (await createTestUser(test, 'ch.officer', [{ role: 'prison_officer', unitCode: 'PRISON_47' }])).id;
  ids.psychologist = (await createTestUser(test, 'ch.psychologist', [{ role: 'psychologist', unitCode: 'PRISON_47' }])).id;
  await createTestUser(test, 'ch.member', [{ role: 'classification_member', unitCode: 'PRISON_47' }]);
  officer = await signIn(test.app, 'ch.officer');
  psychologist = await signIn(test.app, 'ch.psychologist');
  member = await signIn(test.app, 'ch.member');
});
afterAll(() => test.close());

async function decidedPerson(name: string) {
  const personId = await insertPerson(test, name);
  const assessmentId = await insertApprovedAssessment(test, {
    personId,
    instrument: 'KADAM_VE',
    judgements: { VIOLENCE: 'high', INFLUENCE: 'high', VULNERABILITY: 'low' },
    nextReviewDate: bishkekDay(180),
    assessorId: ids.officer!,
    reviewerId: ids.psychologist!,
  });
  const content = {
    category: 'violent_extremist_offender',
    violence: 'high',
    influence: 'high',
    vulnerability: 'low',
    reoffending: null,
    placement: 'separation',
    intensity: null,
  } as const;
  const [row] = await test.database.db
    .insert(classifications)
    .values({
      personId,
      status: 'confirmed',
      basisAssessmentIds: [assessmentId],
      proposal: content,
      decision: content,
      proposedBy: ids.officer!,
      decidedBy: ids.psychologist!,
      decidedAt: new Date(),
      nextReviewDate: bishkekDay(180),
    })
    .returning({ id: classifications.id });
  return { personId, assessmentId, classificationId: row!.id };
}

const challengesOf = (subjectId: string) => test.database.db.select().from(challenges).where(eq(challenges.subjectId, subjectId));

describe('challenges to a classification', () => {
  it('are recorded in the person’s words, answered by the committee, and the outcome is shown to everyone who sees the decision', async () => {
    const { personId, classificationId } = await decidedPerson('Даттануучуев');
    const page = `/people/${personId}/placement`;
    const recorded = await postForm(test, officer, page, `${page}/${classificationId}/challenges`, {
      receivedOn: typed(bishkekDay(-2)),
      grounds: 'Мен эч кимди тартууга аракет кылган эмесмин',
    });
    expect(recorded.statusCode).toBe(303);
    const [challenge] = await challengesOf(classificationId);
    expect(challenge).toMatchObject({ receivedOn: bishkekDay(-2), grounds: 'Мен эч кимди тартууга аракет кылган эмесмин', outcome: null });
    const answered = await postForm(test, member, page, `${page}/challenges/${challenge!.id}/respond`, {
      rowVersion: String(challenge!.rowVersion),
      response: 'Комиссия далилдерди кайра карап чыкты',
      outcome: 'partly_upheld',
    });
    expect(answered.statusCode).toBe(303);
    const shown = await test.app.inject({ url: page, headers: { cookie: officer } });
    expect(shown.body).toContain('Мен эч кимди тартууга аракет кылган эмесмин');
    expect(shown.body).toContain('Комиссия далилдерди кайра карап чыкты');
    expect(shown.body).toContain('Жарым-жартылай канааттандырылды');
    expect(shown.body).toContain('Test ch.member');
  });

  it('may be answered only by the classification committee', async () => {
    const { personId, classificationId } = await decidedPerson('Укуксузов');
    const page = `/people/${personId}/placement`;
    await postForm(test, officer, page, `${page}/${classificationId}/challenges`, {
      receivedOn: typed(bishkekDay()),
      grounds: 'Макул эмесмин',
    });
    const [challenge] = await challengesOf(classificationId);
    const answer = { rowVersion: '1', response: 'Жооп', outcome: 'not_upheld' };
    expect((await postForm(test, psychologist, page, `${page}/challenges/${challenge!.id}/respond`, answer)).statusCode).toBe(403);
    // Nor through the assessment's route, which a reviewer may use: the challenge's subject decides.
    const sideways = `/people/${personId}/assessments/${classificationId}/challenges/${challenge!.id}/respond`;
    expect((await postForm(test, psychologist, page, sideways, answer)).statusCode).toBe(403);
    expect((await challengesOf(classificationId))[0]).toMatchObject({ outcome: null, response: null });
  });
});

describe('challenges to an assessment', () => {
  it('are reached from the assessment page', async () => {
    const { personId, assessmentId } = await decidedPerson('Шилтемеев');
    const page = await test.app.inject({ url: `/people/${personId}/assessments/${assessmentId}`, headers: { cookie: officer } });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(`href="/people/${personId}/assessments/${assessmentId}/safeguards"`);
  });

  it('need the grounds and a received date not in the future, keeping what was typed', async () => {
    const { personId, assessmentId } = await decidedPerson('Негизсизов');
    const page = `/people/${personId}/assessments/${assessmentId}/safeguards`;
    const url = `/people/${personId}/assessments/${assessmentId}/challenges`;
    const empty = await postForm(test, officer, page, url, { receivedOn: typed(bishkekDay(3)), grounds: '' });
    expect(empty.statusCode).toBe(400);
    expect(empty.body).toContain('Адамдын даттануусунун негиздерин жазыңыз');
    expect(empty.body).toContain('Даттануу келечекте кабыл алынышы мүмкүн эмес');
    expect(empty.body).toContain(`value="${typed(bishkekDay(3))}"`);
    expect(await challengesOf(assessmentId)).toEqual([]);
  });

  it('are answered by a reviewer, not by the officer who wrote them down', async () => {
    const { personId, assessmentId } = await decidedPerson('Жообов');
    const page = `/people/${personId}/assessments/${assessmentId}/safeguards`;
    const base = `/people/${personId}/assessments/${assessmentId}/challenges`;
    expect((await postForm(test, officer, page, base, { receivedOn: typed(bishkekDay()), grounds: 'Баалоо туура эмес' })).statusCode).toBe(
      303,
    );
    const [challenge] = await challengesOf(assessmentId);
    const respond = `${base}/${challenge!.id}/respond`;
    expect((await postForm(test, officer, page, respond, { rowVersion: '1', response: 'Жооп', outcome: 'upheld' })).statusCode).toBe(403);
    const noOutcome = await postForm(test, psychologist, page, respond, {
      rowVersion: '1',
      response: 'Далилдер кайра каралды',
      outcome: '',
    });
    expect(noOutcome.statusCode).toBe(400);
    expect(noOutcome.body).toContain('Даттануунун натыйжасын тандаңыз');
    expect(noOutcome.body).toContain('Далилдер кайра каралды');
    expect(
      (await postForm(test, psychologist, page, respond, { rowVersion: '1', response: 'Далилдер кайра каралды', outcome: 'not_upheld' }))
        .statusCode,
    ).toBe(303);
    const shown = await test.app.inject({ url: page, headers: { cookie: officer } });
    expect(shown.body).toContain('Канааттандырылган жок');
    const stale = await postForm(test, psychologist, page, respond, { rowVersion: '1', response: 'Экинчи жолу', outcome: 'upheld' });
    expect(stale.statusCode).toBe(409);
    expect((await challengesOf(assessmentId))[0]).toMatchObject({ outcome: 'not_upheld', rowVersion: 2 });
  });
});
