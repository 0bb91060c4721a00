import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assessments } from '../../src/modules/assessments/assessments.tables.ts';
import { addMonths } from '../../src/modules/assessments/assessments.review-policy.ts';
import { classifications, reviewDateChanges } from '../../src/modules/assessments/classification.tables.ts';
import { applyReviewTrigger } from '../../src/modules/assessments/review-dates.ts';
import { createTestApp, createTestUser, signIn, type TestApp } from '../support/app.ts';
import { bishkekDay, insertApprovedAssessment, insertPerson, postForm, typed } from './classification.fixture.ts';

let test: TestApp;
let officer: string;
let psychologist: string;
let member: string;
const ids: Record<string, string> = {};

beforeAll(async () => {
  test = await createTestApp();
  ids.officer = (await createTestUser(test, 'rd.officer', [{ role: 'prison_officer', unitCode: 'PRISON_47' }])).id;
  ids.psychologist = (await createTestUser(test, 'rd.psychologist', [{ role: 'psychologist', unitCode: 'PRISON_47' }])).id;
  await createTestUser(test, 'rd.member', [{ role: 'classification_member', unitCode: 'PRISON_47' }]);
  officer = await signIn(test.app, 'rd.officer');
  psychologist = await signIn(test.app, 'rd.psychologist');
  member = await signIn(test.app, 'rd.member');
});
afterAll(() => test.close());

/** A person with an approved assessment and a confirmed classification, both due for review on `due`. */
async function decidedPerson(name: string, due: string) {
  const personId = await insertPerson(test, name);
  const assessmentId = await insertApprovedAssessment(test, {
    personId,
    instrument: 'KADAM_VE',
    judgements: { VIOLENCE: 'moderate', INFLUENCE: 'low', VULNERABILITY: 'low' },
    nextReviewDate: due,
    assessorId: ids.officer!,
    reviewerId: ids.psychologist!,
  });
  const content = {
    category: 'at_risk_of_radicalisation',
    violence: 'moderate',
    influence: 'low',
    vulnerability: 'low',
    reoffending: null,
    placement: 'dispersal',
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
      nextReviewDate: due,
    })
    .returning({ id: classifications.id });
  return { personId, assessmentId, classificationId: row!.id };
}

const dateOf = async (table: typeof assessments | typeof classifications, id: string) =>
  (await test.database.db.select({ date: table.nextReviewDate }).from(table).where(eq(table.id, id)))[0]!.date;
const changesOf = (id: string) => test.database.db.select().from(reviewDateChanges).where(eq(reviewDateChanges.subjectId, id));

describe('changing a review date by hand', () => {
  it('needs a reason, keeping the date typed', async () => {
    const { personId, classificationId } = await decidedPerson('Себепов', bishkekDay(90));
    const url = `/people/${personId}/placement/${classificationId}/review-date`;
    const response = await postForm(test, member, `/people/${personId}/placement`, url, {
      newDate: typed(bishkekDay(40)),
      reviewReason: ' ',
    });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('Кайра кароо күнү эмне үчүн өзгөрүп жатканын жазыңыз');
    expect(response.body).toContain(`value="${typed(bishkekDay(40))}"`);
    expect(await dateOf(classifications, classificationId)).toBe(bishkekDay(90));
  });

  it('refuses a date in the past', async () => {
    const { personId, assessmentId } = await decidedPerson('Өткөнов', bishkekDay(90));
    const url = `/people/${personId}/assessments/${assessmentId}/review-date`;
    const page = `/people/${personId}/assessments/${assessmentId}/safeguards`;
    const response = await postForm(test, psychologist, page, url, { newDate: typed(bishkekDay(-1)), reviewReason: 'Мөөнөт жылды' });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('Кайра кароонун жаңы күнү өткөн күн боло албайт');
    expect(response.body).toContain('Мөөнөт жылды');
    expect(await changesOf(assessmentId)).toEqual([]);
  });

  it('keeps the change with who, from, to and why, and shows it beside the decision', async () => {
    const { personId, assessmentId } = await decidedPerson('Сакталов', bishkekDay(90));
    const url = `/people/${personId}/assessments/${assessmentId}/review-date`;
    const page = `/people/${personId}/assessments/${assessmentId}/safeguards`;
    const response = await postForm(test, psychologist, page, url, {
      newDate: typed(bishkekDay(30)),
      reviewReason: 'Үй-бүлөлүк кырдаал өзгөрдү',
    });
    expect(response.statusCode).toBe(303);
    expect(await dateOf(assessments, assessmentId)).toBe(bishkekDay(30));
    expect(await changesOf(assessmentId)).toEqual([
      expect.objectContaining({
        previousDate: bishkekDay(90),
        newDate: bishkekDay(30),
        reason: 'Үй-бүлөлүк кырдаал өзгөрдү',
        trigger: null,
        changedBy: ids.psychologist,
      }),
    ]);
    const shown = await test.app.inject({ url: String(response.headers.location), headers: { cookie: officer } });
    expect(shown.body).toContain('Үй-бүлөлүк кырдаал өзгөрдү');
    expect(shown.body).toContain('Test rd.psychologist');
  });
});

describe('changes in the person’s circumstances', () => {
  const custody = (personId: string, kind: string, fields: Record<string, string>) =>
    postForm(test, officer, `/people/${personId}/history/custody/${kind}`, `/people/${personId}/history/custody/${kind}`, fields);

  it('bring the reviews forward to today when the person is transferred, keeping the trigger', async () => {
    const { personId, assessmentId, classificationId } = await decidedPerson('Көчүрүлөв', bishkekDay(120));
    expect((await custody(personId, 'admission', { occurredOn: '01.02.2024', facility: 'PRISON_47', basis: 'convicted' })).statusCode).toBe(
      303,
    );
    expect(await dateOf(assessments, assessmentId)).toBe(bishkekDay(120));
    const transfer = await custody(personId, 'transfer', {
      occurredOn: typed(bishkekDay()),
      facility: 'PRISON_16',
      basis: 'convicted',
      reason: 'Коопсуздук',
    });
    expect(transfer.statusCode).toBe(303);
    expect(await dateOf(assessments, assessmentId)).toBe(bishkekDay());
    expect(await dateOf(classifications, classificationId)).toBe(bishkekDay());
    expect((await changesOf(assessmentId)).map((change) => [change.trigger, change.previousDate, change.newDate])).toEqual([
      ['transfer', bishkekDay(120), bishkekDay()],
    ]);
  });

  it('bring the reviews forward when the sentence changes, and never put an earlier review off', async () => {
    const later = await decidedPerson('Өкүмов', bishkekDay(200));
    const overdue = await decidedPerson('Кечиккенов', bishkekDay(-5));
    for (const personId of [later.personId, overdue.personId]) {
      const response = await postForm(test, officer, `/people/${personId}/history/cases/new`, `/people/${personId}/history/cases/new`, {
        caseNumber: `УД-${personId.slice(0, 4)}`,
        articles: '122',
        startOn: '01.03.2024',
        releaseOn: typed(addMonths(bishkekDay(), 24)),
      });
      expect(response.statusCode).toBe(303);
    }
    expect((await changesOf(later.assessmentId)).map((change) => change.trigger)).toEqual(['sentence_change']);
    expect(await dateOf(assessments, later.assessmentId)).toBe(bishkekDay());
    expect(await dateOf(assessments, overdue.assessmentId)).toBe(bishkekDay(-5));
    expect(await changesOf(overdue.assessmentId)).toEqual([]);
  });

  it('set the pre-release review six months before the expected release, unless one is due sooner', async () => {
    const { personId, assessmentId, classificationId } = await decidedPerson('Бошотулов', bishkekDay(400));
    const release = addMonths(bishkekDay(), 9);
    await test.database.db.transaction((tx) =>
      applyReviewTrigger(tx, { personId, userId: null, today: bishkekDay(), trigger: 'pre_release', releaseDate: release }),
    );
    expect(await dateOf(assessments, assessmentId)).toBe(addMonths(release, -6));
    expect((await changesOf(classificationId)).map((change) => change.trigger)).toEqual(['pre_release']);
    await test.database.db.transaction((tx) =>
      applyReviewTrigger(tx, {
        personId,
        userId: null,
        today: bishkekDay(),
        trigger: 'pre_release',
        releaseDate: addMonths(bishkekDay(), 12),
      }),
    );
    expect(await dateOf(assessments, assessmentId)).toBe(addMonths(release, -6));
    const page = await test.app.inject({ url: `/people/${personId}/placement`, headers: { cookie: member } });
    expect(page.body).toContain('Бошотулаардан алты ай мурун кайра кароо');
  });
});
