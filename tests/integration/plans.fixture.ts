import { and, desc, eq } from 'drizzle-orm';
import { assessments, instruments, instrumentVersions } from '../../src/modules/assessments/assessments.tables.ts';
import { classifications } from '../../src/modules/assessments/classification.tables.ts';
import { planActions, planHistory, planObjectives, plans } from '../../src/modules/plans/plans.tables.ts';
import type { TestApp } from '../support/app.ts';
import { bishkekDay, insertPerson, postForm } from './classification.fixture.ts';

/**
 * Shared set-up for the plans tests: a person with an approved general assessment (Kadam's shipped RNR
 * instrument) whose needs are rated as given, so the tests are about the plan, not about assessing.
 */
export async function assessedPerson(
  test: TestApp,
  familyName: string,
  input: {
    ratings: Record<string, 'some' | 'major'>;
    assessorId: string;
    reviewerId: string;
    unit?: string;
    legalStatus?: 'convicted' | 'probation';
  },
): Promise<string> {
  const personId = await insertPerson(test, familyName, { unit: input.unit, legalStatus: input.legalStatus });
  const db = test.database.db;
  const [version] = await db
    .select({ id: instrumentVersions.id })
    .from(instrumentVersions)
    .innerJoin(instruments, eq(instruments.id, instrumentVersions.instrumentId))
    .where(and(eq(instruments.code, 'KADAM_RNR'), eq(instrumentVersions.status, 'published')))
    .orderBy(desc(instrumentVersions.version))
    .limit(1);
  const ratings = Object.fromEntries(
    Object.entries(input.ratings).map(([code, rating]) => [
      code,
      { rating, evidence: `Маалымат ${code}`, sources: ['interview' as const], confidence: 'medium' as const },
    ]),
  );
  await db.insert(assessments).values({
    personId,
    instrumentVersionId: version!.id,
    status: 'approved',
    reason: 'periodic',
    answers: { ratings, freeText: {}, judgements: { REOFFENDING: 'moderate' }, formulation: 'Формулировка', overallReasons: 'Себептер' },
    assessorId: input.assessorId,
    contributorIds: [input.assessorId],
    submittedAt: new Date(),
    reviewerId: input.reviewerId,
    reviewedAt: new Date(),
    reviewOutcome: 'approved',
    nextReviewDate: bishkekDay(180),
  });
  return personId;
}

/** A decided classification for a probation client, with the supervision intensity given. */
export async function classifyForSupervision(test: TestApp, personId: string, intensity: 'low' | 'medium' | 'high', deciderId: string) {
  const content = {
    category: 'general',
    violence: 'low',
    influence: 'low',
    vulnerability: 'low',
    reoffending: 'moderate',
    placement: null,
    intensity,
  } as const;
  await test.database.db.insert(classifications).values({
    personId,
    status: 'confirmed',
    basisAssessmentIds: [],
    proposal: content,
    decision: content,
    proposedBy: deciderId,
    decidedBy: deciderId,
    decidedAt: new Date(),
    nextReviewDate: bishkekDay(180),
  });
}

export async function planOf(test: TestApp, personId: string) {
  const [row] = await test.database.db.select().from(plans).where(eq(plans.personId, personId)).orderBy(desc(plans.createdAt)).limit(1);
  return row;
}

export const objectivesOfPlan = (test: TestApp, planId: string) =>
  test.database.db.select().from(planObjectives).where(eq(planObjectives.planId, planId)).orderBy(planObjectives.createdAt);

export const actionsOfPlan = (test: TestApp, planId: string) =>
  test.database.db.select().from(planActions).where(eq(planActions.planId, planId)).orderBy(planActions.createdAt);

export const historyOfPlan = (test: TestApp, planId: string) =>
  test.database.db.select().from(planHistory).where(eq(planHistory.planId, planId)).orderBy(planHistory.at);

/** Posts a plan form from the plan tab (for its CSRF token), with the plan's current row version unless given. */
export async function postPlanForm(test: TestApp, cookies: string, personId: string, path: string, fields: Record<string, string>) {
  const plan = await planOf(test, personId);
  const rowVersion = fields.rowVersion ?? String(plan?.rowVersion ?? 0);
  return postForm(test, cookies, `/people/${personId}/plan`, `/people/${personId}/plan${path}`, { ...fields, rowVersion });
}

/** Starts a sentence plan (or the kind given) through the tab's form. */
export async function startPlanFor(test: TestApp, cookies: string, personId: string, kind = 'sentence') {
  return postForm(test, cookies, `/people/${personId}/plan`, `/people/${personId}/plan`, { kind });
}
