import { and, desc, eq } from 'drizzle-orm';
import { assessments, instruments, instrumentVersions } from '../../src/modules/assessments/assessments.tables.ts';
import { classifications } from '../../src/modules/assessments/classification.tables.ts';
import { people } from '../../src/modules/people/people.tables.ts';
import { searchTextOf } from '../../src/modules/people/people.transliteration.ts';
import { orgUnits } from '../../src/platform/org/org.tables.ts';
import { formSession, type TestApp } from '../support/app.ts';

/**
 * Shared set-up for the classification, review-date, challenge and worklist tests: people straight into the
 * table, and approved assessments with Kadam's shipped instruments (installed in every test database), so the
 * tests are about classification and not about filling in an assessment.
 */

export const unitIdOf = async (test: TestApp, code: string) =>
  (await test.database.db.select({ id: orgUnits.id }).from(orgUnits).where(eq(orgUnits.code, code)))[0]!.id;

export async function insertPerson(
  test: TestApp,
  familyName: string,
  options: { unit?: string; legalStatus?: 'convicted' | 'probation' | 'remand' } = {},
): Promise<string> {
  const [row] = await test.database.db
    .insert(people)
    .values({
      familyName,
      givenName: 'Бакыт',
      dateOfBirth: '1992-03-04',
      sex: 'male',
      noPinReason: 'unknown',
      unitId: await unitIdOf(test, options.unit ?? 'PRISON_47'),
      legalStatus: options.legalStatus ?? 'convicted',
      searchText: searchTextOf([familyName, 'Бакыт']),
    })
    .returning({ id: people.id });
  return row!.id;
}

/**
 * An approved assessment with the current published version of a shipped instrument, as a reviewer left it
 * (or one still waiting for review, or returned, when `status` says so).
 */
export async function insertApprovedAssessment(
  test: TestApp,
  input: {
    personId: string;
    instrument: 'KADAM_VE' | 'KADAM_RNR';
    judgements: Record<string, 'low' | 'moderate' | 'high'>;
    nextReviewDate: string;
    assessorId: string;
    reviewerId: string;
    status?: 'approved' | 'submitted' | 'returned';
  },
): Promise<string> {
  const approved = (input.status ?? 'approved') === 'approved';
  const db = test.database.db;
  const [version] = await db
    .select({ id: instrumentVersions.id })
    .from(instrumentVersions)
    .innerJoin(instruments, eq(instruments.id, instrumentVersions.instrumentId))
    .where(and(eq(instruments.code, input.instrument), eq(instrumentVersions.status, 'published')))
    .orderBy(desc(instrumentVersions.version))
    .limit(1);
  const [row] = await db
    .insert(assessments)
    .values({
      personId: input.personId,
      instrumentVersionId: version!.id,
      status: input.status ?? 'approved',
      reason: 'periodic',
      answers: { ratings: {}, freeText: {}, judgements: input.judgements, formulation: 'Формулировка', overallReasons: 'Себептер' },
      assessorId: input.assessorId,
      contributorIds: [input.assessorId],
      submittedAt: new Date(),
      reviewerId: approved ? input.reviewerId : null,
      reviewedAt: approved ? new Date() : null,
      reviewOutcome: approved ? 'approved' : null,
      nextReviewDate: approved ? input.nextReviewDate : null,
    })
    .returning({ id: assessments.id });
  return row!.id;
}

/** Posts a form as the signed-in user would, with the CSRF token of the page the form is on. */
export async function postForm(test: TestApp, cookies: string, page: string, url: string, fields: Record<string, string>) {
  const session = await formSession(test.app, cookies, page);
  return test.app.inject({
    method: 'POST',
    url,
    headers: { cookie: session.cookies, 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams({ _csrf: session.csrf, ...fields }).toString(),
  });
}

export async function classificationsOfPerson(test: TestApp, personId: string) {
  return test.database.db.select().from(classifications).where(eq(classifications.personId, personId)).orderBy(classifications.proposedAt);
}

/** Today in Bishkek and days from it, as yyyy-mm-dd (the tests' dates move with the calendar). */
export function bishkekDay(offsetDays = 0): string {
  const now = new Date(Date.now() + 6 * 3600_000 + offsetDays * 86_400_000);
  return now.toISOString().slice(0, 10);
}

/** yyyy-mm-dd as staff type it: dd.mm.yyyy. */
export const typed = (isoDate: string) => isoDate.split('-').reverse().join('.');
