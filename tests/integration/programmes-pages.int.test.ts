import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHIPPED_CATALOGUE } from '../../src/modules/programmes/programmes.service.ts';
import {
  programmeAttendance,
  programmeEnrolments,
  programmeGroups,
  programmes,
  programmeSessions,
} from '../../src/modules/programmes/programmes.tables.ts';
import { auditEvents } from '../../src/platform/audit/audit.tables.ts';
import { permissionsOf, type Role } from '../../src/platform/auth/roles.ts';
import type { SessionUser } from '../../src/platform/auth/sessions.ts';
import { worklistSections } from '../../src/platform/worklists/worklist-sources.ts';
import { createTestApp, createTestUser, signIn, type TestApp } from '../support/app.ts';
import { postForm, typed } from './classification.fixture.ts';
import { bishkekDay, insertGroup, insertPerson, unitIdOf } from './programmes.fixture.ts';

let test: TestApp;
const ids: Record<string, string> = {};
const cookies: Record<string, string> = {};

beforeAll(async () => {
  test = await createTestApp();
  for (const [name, role] of [
    ['facilitator', 'programme_facilitator'],
    ['other', 'programme_facilitator'],
    ['officer', 'prison_officer'],
    ['manager', 'facility_manager'],
  ] as const) {
    ids[name] = (await createTestUser(test, `pp.${name}`, [{ role, unitCode: 'PRISON_47' }])).id;
    cookies[name] = await signIn(test.app, `pp.${name}`);
  }
});
afterAll(() => test.close());

const get = (url: string, as: string) => test.app.inject({ url, headers: { cookie: cookies[as]!, accept: 'text/html' } });
const post = (as: string, page: string, url: string, fields: Record<string, string>) => postForm(test, cookies[as]!, page, url, fields);

describe('the catalogue', () => {
  it('lists every shipped programme in Kyrgyz, the PBF training modules marked as such', async () => {
    const response = await get('/programmes', 'officer');
    expect(response.statusCode).toBe(200);
    for (const entry of SHIPPED_CATALOGUE) expect(response.body).toContain(entry.title.ky);
    expect(response.body).toContain('Камактагы жоокер экстремисттерди реабилитациялоо (окуу модулу)');
    expect(response.body).toContain('ТКФ долбоору');
  });

  it('lets a manager edit a programme, and refuses a stale edit with the conflict message', async () => {
    const [before] = await test.database.db.select().from(programmes).where(eq(programmes.code, 'LIFE_SKILLS'));
    const fields = {
      titleKy: 'Турмуштук көндүмдөр (жаңыланган)',
      titleRu: before!.title.ru,
      titleEn: before!.title.en,
      descriptionKy: before!.description.ky,
      descriptionRu: before!.description.ru,
      descriptionEn: before!.description.en,
      targetNeeds: 'RNR_LEISURE, rnr_finances',
      deliveryLanguages: 'ky',
      sessionCount: '12',
      defaultCapacity: '10',
      status: 'active',
      version: String(before!.version),
    };
    const saved = await post('manager', '/programmes/LIFE_SKILLS/edit', '/programmes/LIFE_SKILLS/edit', fields);
    expect(saved.statusCode).toBe(303);
    const [after] = await test.database.db.select().from(programmes).where(eq(programmes.code, 'LIFE_SKILLS'));
    expect(after).toMatchObject({ sessionCount: 12, targetNeeds: ['RNR_LEISURE', 'RNR_FINANCES'], deliveryLanguages: ['ky'], version: 2 });
    const stale = await post('manager', '/programmes/LIFE_SKILLS/edit', '/programmes/LIFE_SKILLS/edit', { ...fields, sessionCount: '14' });
    expect(stale.statusCode).toBe(409);
    expect(stale.body).toContain('Сиз түзөтүп жатканда башка бирөө өзгөртүү сактады');
    expect(stale.body).toContain('value="14"');
  });

  it('refuses the edit to a facilitator', async () => {
    expect((await get('/programmes/LIFE_SKILLS/edit', 'facilitator')).statusCode).toBe(403);
  });
});

describe('starting a group', () => {
  const fields = () => ({
    programmeCode: 'DISENGAGEMENT',
    facilitatorId: ids.facilitator!,
    room: 'Китепкана',
    roomPlaces: '8',
    capacity: '',
    language: 'ky',
    sessions: `${typed(bishkekDay(3))} 10:00-11:30\n${typed(bishkekDay(10))} 10:00-11:30`,
  });

  it('refuses more places than the room allows, keeps what was typed and saves nothing', async () => {
    const unitId = await unitIdOf(test, 'PRISON_47');
    const response = await post('manager', '/programmes/groups/new', '/programmes/groups/new', { ...fields(), unitId, capacity: '12' });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('Бөлмөдө 8 орун бар: топто андан көп болбойт');
    expect(response.body).toContain('value="Китепкана"');
    expect(await test.database.db.select().from(programmeGroups).where(eq(programmeGroups.room, 'Китепкана'))).toHaveLength(0);
  });

  it('refuses a schedule line that is not a date and times in order', async () => {
    const unitId = await unitIdOf(test, 'PRISON_47');
    const response = await post('manager', '/programmes/groups/new', '/programmes/groups/new', {
      ...fields(),
      unitId,
      sessions: `${typed(bishkekDay(3))} 10:00-11:30\n${typed(bishkekDay(4))} 12:00-11:00`,
    });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('Жадыбалдын 2-сабы');
  });

  it('creates the group with its sessions, the capacity defaulting to the catalogue’s within the room', async () => {
    const unitId = await unitIdOf(test, 'PRISON_47');
    const response = await post('manager', '/programmes/groups/new', '/programmes/groups/new', { ...fields(), unitId });
    expect(response.statusCode).toBe(303);
    const groupId = String(response.headers.location).split('/')[3]!.split('?')[0]!;
    const [group] = await test.database.db.select().from(programmeGroups).where(eq(programmeGroups.id, groupId));
    expect(group).toMatchObject({ capacity: 8, roomPlaces: 8, startsOn: bishkekDay(3), facilitatorId: ids.facilitator });
    expect(await test.database.db.select().from(programmeSessions).where(eq(programmeSessions.groupId, groupId))).toHaveLength(2);
    const audit = await test.database.db.select().from(auditEvents).where(eq(auditEvents.action, 'programme.group.create'));
    expect(audit.map((event) => event.resourceId)).toContain(groupId);
  });
});

describe('the person’s programmes tab', () => {
  it('offers the open groups with their places, enrols with one button and then shows the place', async () => {
    const personId = await insertPerson(test, 'Табдагы');
    const { groupId } = await insertGroup(test, { facilitatorId: ids.facilitator!, capacity: 4, days: [5] });
    const page = await get(`/people/${personId}/programmes`, 'officer');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(`name="groupId" value="${groupId}"`);
    const response = await post('officer', `/people/${personId}/programmes`, `/people/${personId}/programmes`, { groupId });
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe(`/people/${personId}/programmes?done=enrolled`);
    const after = await get(`/people/${personId}/programmes?done=enrolled`, 'officer');
    expect(after.body).toContain('Топко катталды.');
    expect(after.body).toContain('Катталган');
  });

  it('shows why a person cannot join a group, and refuses the enrolment with the reasons', async () => {
    const personId = await insertPerson(test, 'Орусча', { languages: ['uz'] });
    const { groupId } = await insertGroup(test, { facilitatorId: ids.facilitator!, capacity: 4, days: [5] });
    const page = await get(`/people/${personId}/programmes`, 'officer');
    expect(page.body).toContain('Адам топ окутулган тилди билбейт.');
    const response = await post('officer', `/people/${personId}/programmes`, `/people/${personId}/programmes`, { groupId });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('Бул адам бул топко кошула албайт. Адам топ окутулган тилди билбейт.');
    expect(await test.database.db.select().from(programmeEnrolments).where(eq(programmeEnrolments.personId, personId))).toHaveLength(0);
  });
});

describe('the facilitator’s session day', () => {
  it('lists today’s sessions of the facilitator’s own groups with large present/absent radios', async () => {
    const personId = await insertPerson(test, 'Бүгүнкү');
    const { groupId } = await insertGroup(test, { facilitatorId: ids.facilitator!, capacity: 4, days: [0, 7] });
    const [enrolment] = await test.database.db
      .insert(programmeEnrolments)
      .values({ groupId, programmeId: await programmeOf(groupId), personId, status: 'enrolled', createdBy: ids.officer! })
      .returning();
    const mine = await get('/programmes/sessions/today', 'facilitator');
    expect(mine.statusCode).toBe(200);
    expect(mine.body).toContain(`name="mark-${enrolment!.id}"`);
    expect(mine.body).toContain('govuk-radios govuk-radios--inline');
    expect(mine.body).not.toContain('govuk-radios--small');
    const others = await get('/programmes/sessions/today', 'other');
    expect(others.body).not.toContain(`mark-${enrolment!.id}`);
  });

  it('records attendance, refusing an absence without a reason first', async () => {
    const present = await insertPerson(test, 'Келген');
    const absent = await insertPerson(test, 'Келбеген');
    const { groupId, sessionIds } = await insertGroup(test, { facilitatorId: ids.facilitator!, capacity: 4, days: [0] });
    const programmeId = await programmeOf(groupId);
    const rows = await test.database.db
      .insert(programmeEnrolments)
      .values(
        [present, absent].map((personId) => ({ groupId, programmeId, personId, status: 'enrolled' as const, createdBy: ids.officer! })),
      )
      .returning();
    const [first, second] = [rows.find((row) => row.personId === present)!, rows.find((row) => row.personId === absent)!];
    const url = `/programmes/sessions/${sessionIds[0]}`;
    const missing = await post('facilitator', url, url, {
      [`mark-${first.id}`]: 'present',
      [`mark-${second.id}`]: 'absent',
      notes: 'Жакшы өттү',
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.body).toContain('эмне үчүн келбегенин тандаңыз');
    expect(missing.body).toContain('Жакшы өттү');
    expect(await test.database.db.select().from(programmeAttendance).where(eq(programmeAttendance.sessionId, sessionIds[0]!))).toHaveLength(
      0,
    );
    const saved = await post('facilitator', url, url, {
      [`mark-${first.id}`]: 'present',
      [`mark-${second.id}`]: 'absent',
      [`reason-${second.id}`]: 'illness',
      [`note-${second.id}`]: 'Медпунктта',
      notes: 'Жакшы өттү',
    });
    expect(saved.statusCode).toBe(303);
    const marks = await test.database.db.select().from(programmeAttendance).where(eq(programmeAttendance.sessionId, sessionIds[0]!));
    expect(marks.map((mark) => [mark.enrolmentId, mark.attended, mark.absenceReason]).sort()).toEqual(
      [
        [first.id, true, null],
        [second.id, false, 'illness'],
      ].sort(),
    );
    const [session] = await test.database.db.select().from(programmeSessions).where(eq(programmeSessions.id, sessionIds[0]!));
    expect(session).toMatchObject({ status: 'held', notes: 'Жакшы өттү', recordedBy: ids.facilitator });
  });

  it('refuses attendance for a session that has not happened yet', async () => {
    const personId = await insertPerson(test, 'Эртеңки');
    const { groupId, sessionIds } = await insertGroup(test, { facilitatorId: ids.facilitator!, capacity: 4, days: [2] });
    const [place] = await test.database.db
      .insert(programmeEnrolments)
      .values({ groupId, programmeId: await programmeOf(groupId), personId, status: 'enrolled', createdBy: ids.officer! })
      .returning();
    const url = `/programmes/sessions/${sessionIds[0]}`;
    const response = await post('facilitator', url, url, { [`mark-${place!.id}`]: 'present' });
    expect(response.statusCode).toBe(409);
    expect(response.body).toContain('Боло элек сабак үчүн катышууну белгилөөгө болбойт.');
    expect(await test.database.db.select().from(programmeAttendance).where(eq(programmeAttendance.enrolmentId, place!.id))).toHaveLength(0);
  });

  it('answers 404 to a facilitator who does not run the group', async () => {
    const { sessionIds } = await insertGroup(test, { facilitatorId: ids.facilitator!, capacity: 4, days: [0] });
    expect((await get(`/programmes/sessions/${sessionIds[0]}`, 'other')).statusCode).toBe(404);
  });
});

describe('the person’s record elsewhere', () => {
  it('shows the place on the timeline and in the subject access export', async () => {
    const personId = await insertPerson(test, 'Тарыхы');
    const { groupId } = await insertGroup(test, { facilitatorId: ids.facilitator!, capacity: 4, days: [5] });
    await post('officer', `/people/${personId}/programmes`, `/people/${personId}/programmes`, { groupId });
    const timeline = await get(`/people/${personId}/timeline`, 'officer');
    expect(timeline.body).toContain('«Билим берүү жана сабаттуулук» программасына катталды');
    const exported = await get(`/people/${personId}/subject-access.json`, 'manager');
    const data = JSON.parse(exported.body) as { sections: Record<string, unknown[]> };
    const places = data.sections.programmes as { status: string; programme: { en: string } }[];
    expect(places.map((place) => [place.status, place.programme.en])).toEqual([['enrolled', 'Education and literacy']]);
  });
});

describe('the worklist', () => {
  const userOf = async (name: string, role: Role): Promise<SessionUser> => ({
    id: ids[name]!,
    sessionId: 'test',
    username: `pp.${name}`,
    displayName: name,
    locale: 'en',
    homeUnitId: null,
    homeUnitName: null,
    roles: [{ role, orgUnitId: await unitIdOf(test, 'PRISON_47'), unitCode: 'PRISON_47' }],
    permissions: permissionsOf([role]),
    mustChangePassword: false,
  });
  const sectionsOf = async (user: SessionUser) =>
    test.database.db.transaction((tx) => worklistSections({ tx, user, today: bishkekDay(), t: (key) => key }));

  it('puts the facilitator’s sessions of today on their worklist, and the waiting lists on the officer’s', async () => {
    const { groupId, sessionIds } = await insertGroup(test, { facilitatorId: ids.facilitator!, capacity: 1, days: [0, 7] });
    const programmeId = await programmeOf(groupId);
    for (const [index, name] of ['Орундуу', 'Күтүүчү'].entries())
      await test.database.db.insert(programmeEnrolments).values({
        groupId,
        programmeId,
        personId: await insertPerson(test, name),
        status: index === 0 ? 'enrolled' : 'waiting',
        createdBy: ids.officer!,
      });
    const facilitators = await sectionsOf(await userOf('facilitator', 'programme_facilitator'));
    const today = facilitators.find((section) => section.key === 'programmes.sessionsToday');
    expect(today?.items.map((item) => item.href)).toContain(`/programmes/sessions/${sessionIds[0]}`);
    const officers = await sectionsOf(await userOf('officer', 'prison_officer'));
    const waiting = officers.find((section) => section.key === 'programmes.enrolmentsWaiting');
    expect(waiting?.items.map((item) => item.href)).toContain(`/programmes/groups/${groupId}`);
    expect(officers.find((section) => section.key === 'programmes.sessionsToday')).toBeUndefined();
  });
});

async function programmeOf(groupId: string): Promise<string> {
  const [row] = await test.database.db
    .select({ id: programmeGroups.programmeId })
    .from(programmeGroups)
    .where(eq(programmeGroups.id, groupId));
  return row!.id;
}
