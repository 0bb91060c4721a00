import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classifications } from '../../src/modules/assessments/classification.tables.ts';
import { auditEvents } from '../../src/platform/audit/audit.tables.ts';
import { createTestApp, createTestUser, signIn, type TestApp } from '../support/app.ts';
import { bishkekDay, insertApprovedAssessment, insertPerson } from './classification.fixture.ts';

let test: TestApp;
let member: string;
const ids: Record<string, string> = {};

beforeAll(async () => {
  test = await createTestApp();
  ids.member = (await createTestUser(test, 'wl.member', [{ role: 'classification_member', unitCode: 'PRISON_47' }])).id;
  ids.assessor = (await createTestUser(test, 'wl.assessor', [{ role: 'psychologist', unitCode: 'PRISON_47' }])).id;
  member = await signIn(test.app, 'wl.member');
});
afterAll(() => test.close());

const assessed = async (name: string, due: string, unit = 'PRISON_47') => {
  const personId = await insertPerson(test, name, { unit });
  const judgements = { VIOLENCE: 'low', INFLUENCE: 'low', VULNERABILITY: 'low' } as const;
  const assessmentId = await insertApprovedAssessment(test, {
    personId,
    instrument: 'KADAM_VE',
    judgements,
    nextReviewDate: due,
    assessorId: ids.assessor!,
    reviewerId: ids.member!,
  });
  return { personId, assessmentId };
};

/** The table row of one item on the worklist page. */
const rowOf = (html: string, id: string) => new RegExp(`<tr[^>]*data-item="${id}"[^>]*>([\\s\\S]*?)</tr>`).exec(html);

describe('the worklist of reviews due', () => {
  it('lists overdue reviews first with a red Overdue tag, then those due within 30 days, and leaves out later ones', async () => {
    const overdue = await assessed('Кечигүүлөв', bishkekDay(-3));
    const soon = await assessed('Жакындаев', bishkekDay(10));
    const later = await assessed('Алыскыев', bishkekDay(60));
    const page = await test.app.inject({ url: '/assessments/reviews', headers: { cookie: member } });
    expect(page.statusCode).toBe(200);
    const overdueRow = rowOf(page.body, overdue.assessmentId)?.[0] ?? '';
    expect(overdueRow).toContain('data-overdue="true"');
    expect(overdueRow).toContain('govuk-tag--red');
    expect(overdueRow).toContain('Мөөнөтү өттү');
    expect(overdueRow).toContain(`href="/people/${overdue.personId}"`);
    expect(rowOf(page.body, soon.assessmentId)?.[0]).toContain('data-overdue="false"');
    expect(page.body.indexOf(overdue.assessmentId)).toBeLessThan(page.body.indexOf(soon.assessmentId));
    expect(page.body).not.toContain(later.assessmentId);
  });

  it('shows submitted and returned assessments and proposals waiting for the committee, each linking to the item', async () => {
    const inputs = {
      instrument: 'KADAM_RNR',
      judgements: { REOFFENDING: 'low' },
      nextReviewDate: bishkekDay(300),
      assessorId: ids.assessor!,
      reviewerId: ids.member!,
    } as const;
    const waiting = await insertPerson(test, 'Күтүүчүев');
    const waitingId = await insertApprovedAssessment(test, { ...inputs, personId: waiting, status: 'submitted' });
    const returned = await insertPerson(test, 'Кайтарылганов');
    const returnedId = await insertApprovedAssessment(test, { ...inputs, personId: returned, status: 'returned' });
    const proposed = await insertPerson(test, 'Сунушталганов');
    const content = {
      category: 'general',
      violence: 'low',
      influence: 'low',
      vulnerability: 'low',
      reoffending: null,
      placement: 'dispersal',
      intensity: null,
    } as const;
    const [proposal] = await test.database.db
      .insert(classifications)
      .values({ personId: proposed, basisAssessmentIds: [], proposal: content, proposedBy: ids.assessor! })
      .returning({ id: classifications.id });
    const page = await test.app.inject({ url: '/assessments/reviews', headers: { cookie: member } });
    const section = (key: string) => new RegExp(`data-worklist="${key}"[\\s\\S]*?</section>`).exec(page.body)?.[0] ?? '';
    expect(section('submitted')).toContain(`href="/people/${waiting}/assessments/${waitingId}"`);
    expect(section('returned')).toContain(`href="/people/${returned}/assessments/${returnedId}"`);
    expect(section('proposals')).toContain(`href="/people/${proposed}/placement"`);
    expect(section('proposals')).toContain(proposal!.id);
    expect(section('due')).not.toContain(waitingId);
  });

  it('shows only the people of the user’s units, and the view is audited', async () => {
    const far = await assessed('Алыскыбөлүмов', bishkekDay(-10), 'PRISON_16');
    const page = await test.app.inject({ url: '/assessments/reviews', headers: { cookie: member } });
    expect(page.body).not.toContain(far.assessmentId);
    expect(page.body).not.toContain('Алыскыбөлүмов');
    const events = await test.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'assessments.worklist.view'), eq(auditEvents.userId, ids.member!)));
    expect(events.length).toBeGreaterThan(0);
  });
});
