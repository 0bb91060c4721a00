import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HistoryRefused, updateCase } from '../../src/modules/people/people.history.ts';
import { criminalCases } from '../../src/modules/people/people.tables.ts';
import { openDuePlans } from '../../src/modules/release/release.service.ts';
import { releaseActions, releasePathways, releasePlans } from '../../src/modules/release/release.tables.ts';
import { auditEvents } from '../../src/platform/audit/audit.tables.ts';
import type { SessionUser } from '../../src/platform/auth/sessions.ts';
import { createTestApp, createTestUser, signIn, type TestApp } from '../support/app.ts';
import { postForm } from './classification.fixture.ts';
import { bishkekDay, insertHeldPerson, monthsFromToday, releaseSections, sessionUserOf, typed } from './release.fixture.ts';

let test: TestApp;
let officer: string;
let officerUser: SessionUser;

beforeAll(async () => {
  test = await createTestApp();
  const created = await createTestUser(test, 'rel.officer47', [{ role: 'prison_officer', unitCode: 'PRISON_47' }]);
  officerUser = await sessionUserOf(test, created.id, 'rel.officer47', 'prison_officer', 'PRISON_47');
  officer = await signIn(test.app, 'rel.officer47');
});
afterAll(() => test.close());

const planOf = async (personId: string) =>
  (await test.database.db.select().from(releasePlans).where(eq(releasePlans.personId, personId)))[0];
const pathwaysOf = (planId: string) => test.database.db.select().from(releasePathways).where(eq(releasePathways.planId, planId));
const auditOf = (action: string, personId: string) =>
  test.database.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.action, action), eq(auditEvents.personId, personId)));
const post = (personId: string, path: string, fields: Record<string, string>) =>
  postForm(test, officer, `/people/${personId}/release`, `/people/${personId}/release${path}`, fields);
const actor = () => ({
  user: officerUser,
  audit: { userId: officerUser.id, username: officerUser.username, roles: null, unitId: null, requestId: null, sourceAddress: null },
});

describe('opening pre-release plans', () => {
  it('opens, in the daily pass, a plan with the six pathways for someone released within six months, audited as Kadam', async () => {
    const soon = await insertHeldPerson(test, 'Жакынбеков', { releaseOn: monthsFromToday(5) });
    const later = await insertHeldPerson(test, 'Алыскулов', { releaseOn: monthsFromToday(7) });
    const released = await insertHeldPerson(test, 'Бошонов', { releaseOn: monthsFromToday(3), legalStatus: 'released' });
    const undated = await insertHeldPerson(test, 'Күнсүзов', { releaseOn: null });
    await openDuePlans(test.database.db, bishkekDay());
    const plan = await planOf(soon);
    expect(plan).toMatchObject({ trigger: 'window', status: 'open', openedBy: null, releaseOn: monthsFromToday(5) });
    expect((await pathwaysOf(plan!.id)).map((row) => row.pathway).sort()).toEqual([
      'accommodation',
      'attitudes_behaviour',
      'education_work',
      'family_community',
      'health_substance',
      'identity_finance',
    ]);
    for (const personId of [later, released, undated]) expect(await planOf(personId)).toBeUndefined();
    const [event] = await auditOf('release.plan.open', soon);
    expect(event).toMatchObject({ username: 'kadam:release-pass', userId: null, resourceId: plan!.id });
    await openDuePlans(test.database.db, bishkekDay());
    expect(await test.database.db.select().from(releasePlans).where(eq(releasePlans.personId, soon))).toHaveLength(1);
  });

  it('opens the plan when a sentence change brings the release within six months, in the same transaction', async () => {
    const personId = await insertHeldPerson(test, 'Өзгөрбаев', { releaseOn: monthsFromToday(12) });
    const [row] = await test.database.db.select().from(criminalCases).where(eq(criminalCases.personId, personId));
    const input = {
      caseNumber: row!.caseNumber,
      court: null,
      verdictOn: null,
      articles: [],
      sentenceType: 'imprisonment' as const,
      sentenceMonths: null,
      sentenceStartOn: row!.sentenceStartOn,
      expectedReleaseOn: monthsFromToday(4),
      notes: null,
    };
    // A refused change (an unknown article) opens nothing: the plan commits with the change or not at all.
    await expect(updateCase(test.database.db, actor(), personId, row!.id, row!.version, { ...input, articles: ['999-9'] })).rejects.toThrow(
      HistoryRefused,
    );
    expect(await planOf(personId)).toBeUndefined();
    await updateCase(test.database.db, actor(), personId, row!.id, row!.version, input);
    expect(await planOf(personId)).toMatchObject({ trigger: 'sentence_change', openedBy: officerUser.id, releaseOn: monthsFromToday(4) });
  });

  it('closes the open plan when the release is recorded, in the same transaction, and opens no new one', async () => {
    const personId = await insertHeldPerson(test, 'Чыгышбеков', { releaseOn: monthsFromToday(2) });
    await openDuePlans(test.database.db, bishkekDay());
    expect(await planOf(personId)).toMatchObject({ status: 'open' });
    const released = await postForm(
      test,
      officer,
      `/people/${personId}/history/custody/release`,
      `/people/${personId}/history/custody/release`,
      { occurredOn: typed(bishkekDay()), releaseType: 'end_of_sentence' },
    );
    expect(released.statusCode).toBe(303);
    expect(await planOf(personId)).toMatchObject({ status: 'closed', closedOn: bishkekDay(), closedBy: officerUser.id });
    await openDuePlans(test.database.db, bishkekDay());
    expect(await test.database.db.select().from(releasePlans).where(eq(releasePlans.personId, personId))).toHaveLength(1);
  });

  it('lets staff start a plan early, but refuses it, in Kyrgyz, for someone without a release date', async () => {
    const early = await insertHeldPerson(test, 'Эртеев', { releaseOn: monthsFromToday(8) });
    expect((await post(early, '/open', {})).statusCode).toBe(303);
    expect(await planOf(early)).toMatchObject({ trigger: 'manual', openedBy: officerUser.id });
    const undated = await insertHeldPerson(test, 'Датасызов', { releaseOn: null });
    const refused = await post(undated, '/open', {});
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('Бошотууга даярдоо планын камакта кармалып турган');
    expect(await planOf(undated)).toBeUndefined();
  });
});

describe('the release route', () => {
  it('refuses a release date before admission, in Kyrgyz, shows what was typed and saves nothing', async () => {
    const personId = await insertHeldPerson(test, 'Кабылов', { releaseOn: monthsFromToday(3), admittedOn: monthsFromToday(-2) });
    await openDuePlans(test.database.db, bishkekDay());
    const plan = await planOf(personId);
    const typedDate = typed(monthsFromToday(-3));
    const response = await post(personId, '/route', {
      version: String(plan!.version),
      releaseOn: typedDate,
      releaseType: 'end_of_sentence',
      supervision: '',
      officeId: '',
    });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('Бошотуу күнү камакка кабыл алынган күндөн мурда боло албайт.');
    expect(response.body).toContain(`value="${typedDate}"`);
    expect(await planOf(personId)).toMatchObject({ releaseType: null, version: plan!.version });
    expect(await auditOf('release.plan.route', personId)).toHaveLength(0);
  });

  it('requires supervision after a conditional early release, and refuses a stale form', async () => {
    const personId = await insertHeldPerson(test, 'Шарттуев', { releaseOn: monthsFromToday(2) });
    await openDuePlans(test.database.db, bishkekDay());
    const plan = await planOf(personId);
    const fields = { version: String(plan!.version), releaseOn: typed(monthsFromToday(2)), releaseType: 'conditional_early_release' };
    const unsupervised = await post(personId, '/route', { ...fields, supervision: '', officeId: '' });
    expect(unsupervised.statusCode).toBe(400);
    expect(unsupervised.body).toContain('пробациянын түрүн тандаңыз');
    const saved = await post(personId, '/route', { ...fields, releaseType: 'end_of_sentence', supervision: '', officeId: '' });
    expect(saved.statusCode).toBe(303);
    expect(await planOf(personId)).toMatchObject({ releaseType: 'end_of_sentence', version: plan!.version + 1 });
    const stale = await post(personId, '/route', { ...fields, releaseType: 'amnesty', supervision: '', officeId: '' });
    expect(stale.statusCode).toBe(409);
    expect((await planOf(personId))?.releaseType).toBe('end_of_sentence');
  });
});

describe('pathways and actions', () => {
  it('saves a pathway’s needs and status with its field changes audited, and refuses a stale one', async () => {
    const personId = await insertHeldPerson(test, 'Жолдошев', { releaseOn: monthsFromToday(4) });
    await openDuePlans(test.database.db, bishkekDay());
    const [housing] = (await pathwaysOf((await planOf(personId))!.id)).filter((row) => row.pathway === 'accommodation');
    const fields = { version: String(housing!.version), needs: 'Үйү жок; агасы менен жашай алат', status: 'in_progress' };
    expect((await post(personId, '/pathways/accommodation', fields)).statusCode).toBe(303);
    const [after] = (await pathwaysOf((await planOf(personId))!.id)).filter((row) => row.pathway === 'accommodation');
    expect(after).toMatchObject({ needs: fields.needs, status: 'in_progress', updatedBy: officerUser.id });
    const [event] = await auditOf('release.pathway.update', personId);
    expect(event?.changes).toEqual(expect.arrayContaining([{ field: 'status', from: 'not_started', to: 'in_progress' }]));
    expect((await post(personId, '/pathways/accommodation', { ...fields, needs: 'эски форма' })).statusCode).toBe(409);
  });

  it('refuses an action without who or a valid date, keeping what was typed, then adds and moves one on', async () => {
    const personId = await insertHeldPerson(test, 'Аракетов', { releaseOn: monthsFromToday(4) });
    await openDuePlans(test.database.db, bishkekDay());
    const refused = await post(personId, '/pathways/identity_finance/actions', { what: 'Паспорт алуу', who: '', targetOn: '31.02.2027' });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('value="Паспорт алуу"');
    expect(refused.body).toContain('href="#who-identity_finance"');
    expect(refused.body).toContain('href="#targetOn-identity_finance"');
    expect(await test.database.db.select().from(releaseActions)).not.toContainEqual(expect.objectContaining({ what: 'Паспорт алуу' }));
    const target = typed(monthsFromToday(2));
    expect(
      (await post(personId, '/pathways/identity_finance/actions', { what: 'Паспорт алуу', who: 'Социалдык кызматкер', targetOn: target }))
        .statusCode,
    ).toBe(303);
    const [action] = await test.database.db.select().from(releaseActions).where(eq(releaseActions.what, 'Паспорт алуу'));
    expect(action).toMatchObject({ who: 'Социалдык кызматкер', targetOn: monthsFromToday(2), status: 'planned' });
    expect((await post(personId, `/actions/${action!.id}`, { version: '1', status: 'done' })).statusCode).toBe(303);
    expect((await post(personId, `/actions/${action!.id}`, { version: '1', status: 'cancelled' })).statusCode).toBe(409);
  });
});

describe('the worklist of releases without a pre-release plan', () => {
  it('lists the user’s people released within six months until work on their plan starts, and no one outside their units', async () => {
    const personId = await insertHeldPerson(test, 'Тизмеев', { releaseOn: monthsFromToday(3) });
    await insertHeldPerson(test, 'Башкаев', { releaseOn: monthsFromToday(3), unit: 'PRISON_16' });
    const titles = async () => (await releaseSections(test, officerUser))['release.without-plan']!.map((item) => item.title);
    expect(await titles()).toContain('Тизмеев Нурлан');
    expect(await titles()).not.toContain('Башкаев Нурлан');
    await openDuePlans(test.database.db, bishkekDay());
    const item = (await releaseSections(test, officerUser))['release.without-plan']!.find((entry) => entry.title === 'Тизмеев Нурлан');
    expect(item?.detail).toContain('план ачылган');
    const [pathway] = await pathwaysOf((await planOf(personId))!.id);
    await post(personId, `/pathways/${pathway!.pathway}`, {
      version: String(pathway!.version),
      needs: 'Иш башталды',
      status: 'in_progress',
    });
    expect(await titles()).not.toContain('Тизмеев Нурлан');
  });

  it('shows the release tab with the plan, its pathways and the forms', async () => {
    const personId = await insertHeldPerson(test, 'Барагов', { releaseOn: monthsFromToday(4) });
    await openDuePlans(test.database.db, bishkekDay());
    const page = await test.app.inject({ url: `/people/${personId}/release`, headers: { cookie: officer } });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Бошотууга даярдоо');
    expect(page.body).toContain('Турак жай');
    expect(page.body).toContain('Көз караштар, ой жүгүртүү жана жүрүм-турум');
    expect(page.body).toContain(`action="/people/${personId}/release/route"`);
  });
});
