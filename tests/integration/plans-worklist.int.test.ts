import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planInForce } from '../../src/modules/plans/plans.service.ts';
import { plans } from '../../src/modules/plans/plans.tables.ts';
import { planWorklist } from '../../src/modules/plans/plans.worklist.ts';
import type { Role } from '../../src/platform/auth/roles.ts';
import type { SessionUser } from '../../src/platform/auth/sessions.ts';
import { createTestApp, createTestUser, signIn, type TestApp } from '../support/app.ts';
import { bishkekDay, insertPerson, typed, unitIdOf } from './classification.fixture.ts';
import { assessedPerson, planOf, postPlanForm, startPlanFor } from './plans.fixture.ts';

let test: TestApp;
let officer: string;
const ids: Record<string, string> = {};

beforeAll(async () => {
  test = await createTestApp();
  ids.officer = (await createTestUser(test, 'wk.officer', [{ role: 'prison_officer', unitCode: 'PRISON_47' }])).id;
  ids.manager = (await createTestUser(test, 'wk.manager', [{ role: 'facility_manager', unitCode: 'PRISON_47' }])).id;
  officer = await signIn(test.app, 'wk.officer');
});
afterAll(() => test.close());

/** The user as the worklists module hands them to a source: roles at units, nothing else needed here. */
async function sessionUser(id: string, role: Role, unitCode: string): Promise<SessionUser> {
  return {
    id,
    sessionId: 'test',
    username: id,
    displayName: id,
    locale: 'ky',
    homeUnitId: null,
    homeUnitName: null,
    roles: [{ role, orgUnitId: await unitIdOf(test, unitCode), unitCode }],
    permissions: new Set(),
    mustChangePassword: false,
  };
}

const worklistOf = async (user: SessionUser) =>
  planWorklist({ tx: test.database.db, user, today: bishkekDay(0), t: (key, params) => `${key} ${JSON.stringify(params ?? {})}` });

/** An approved plan whose next review is on the day given, straight into the table. */
async function planDue(name: string, due: string, unit = 'PRISON_47') {
  const personId = await insertPerson(test, name, { unit });
  await test.database.db.insert(plans).values({
    personId,
    kind: 'sentence',
    status: 'approved',
    createdBy: ids.officer!,
    approvedBy: ids.manager!,
    approvedAt: new Date(),
    nextReviewDate: due,
  });
  return personId;
}

describe('the plans worklist', () => {
  it('lists plan reviews within 14 days or past, overdue first, and leaves out later ones and other units', async () => {
    const overdue = await planDue('Өтүпкеткенов', bishkekDay(-2));
    const soon = await planDue('Жакынкыев', bishkekDay(13));
    const later = await planDue('Кийинкиев', bishkekDay(15));
    const elsewhere = await planDue('Башкажердеев', bishkekDay(1), 'PRISON_16');
    const sections = await worklistOf(await sessionUser(ids.officer!, 'prison_officer', 'PRISON_47'));
    const due = sections.find((section) => section.key === 'plans.reviewsDue')!;
    const hrefs = due.items.map((item) => item.href);
    expect(hrefs.indexOf(`/people/${overdue}/plan`)).toBeLessThan(hrefs.indexOf(`/people/${soon}/plan`));
    expect(due.items.find((item) => item.href === `/people/${overdue}/plan`)).toMatchObject({ overdue: true });
    expect(due.items.find((item) => item.href === `/people/${soon}/plan`)).toMatchObject({ overdue: false });
    expect(hrefs).not.toContain(`/people/${later}/plan`);
    expect(hrefs).not.toContain(`/people/${elsewhere}/plan`);
  });

  it('shows plans awaiting approval to approvers only, never the ones they wrote', async () => {
    const theirs = await insertPerson(test, 'Жөнөтүлгөнов');
    await test.database.db
      .insert(plans)
      .values({ personId: theirs, kind: 'sentence', status: 'submitted', createdBy: ids.officer!, submittedBy: ids.officer! });
    const own = await insertPerson(test, 'Өзүнүкүев');
    await test.database.db
      .insert(plans)
      .values({ personId: own, kind: 'sentence', status: 'submitted', createdBy: ids.manager!, submittedBy: ids.manager! });
    const managerSections = await worklistOf(await sessionUser(ids.manager!, 'facility_manager', 'PRISON_47'));
    const waiting = managerSections.find((section) => section.key === 'plans.awaitingApproval')!;
    expect(waiting.items.map((item) => item.href)).toContain(`/people/${theirs}/plan`);
    expect(waiting.items.map((item) => item.href)).not.toContain(`/people/${own}/plan`);
    const officerSections = await worklistOf(await sessionUser(ids.officer!, 'prison_officer', 'PRISON_47'));
    expect(officerSections.map((section) => section.key)).not.toContain('plans.awaitingApproval');
  });
});

describe('the plan in force, for the release handover', () => {
  it('gives the open plan with its objectives, actions and statuses, and nothing for a person without one', async () => {
    const personId = await assessedPerson(test, 'Бошотулуучуев', {
      ratings: { RNR_EDUCATION_WORK: 'major' },
      assessorId: ids.officer!,
      reviewerId: ids.manager!,
    });
    expect(await planInForce(test.database.db, personId)).toBeUndefined();
    await startPlanFor(test, officer, personId);
    await postPlanForm(test, officer, personId, '/objectives', { key: 'RNR_EDUCATION_WORK', decision: 'accept', wording: '' });
    expect((await planOf(test, personId))!.status).toBe('draft');
    const summaryBefore = (await planInForce(test.database.db, personId))!;
    await postPlanForm(test, officer, personId, `/objectives/${summaryBefore.objectives[0]!.id}/actions`, {
      kind: 'general',
      description: 'Ширетүүчү курсуна жазылуу',
      responsibleUserId: '',
      responsibleAgency: 'Кесиптик лицей',
      targetDate: typed(bishkekDay(90)),
    });
    const summary = (await planInForce(test.database.db, personId))!;
    expect(summary).toMatchObject({ kind: 'sentence', status: 'draft', approval: null });
    expect(summary.objectives).toHaveLength(1);
    expect(summary.objectives[0]!.actions[0]).toMatchObject({
      description: 'Ширетүүчү курсуна жазылуу',
      responsible: 'Кесиптик лицей',
      status: 'planned',
      targetDate: bishkekDay(90),
    });
  });
});
