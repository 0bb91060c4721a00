import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDuePlans } from '../../src/modules/release/release.service.ts';
import { coveringOfficeOf } from '../../src/modules/release/release.repository.ts';
import { releaseHandovers, releasePathways, releasePlans } from '../../src/modules/release/release.tables.ts';
import { auditEvents } from '../../src/platform/audit/audit.tables.ts';
import type { SessionUser } from '../../src/platform/auth/sessions.ts';
import { createTestApp, createTestUser, signIn, type TestApp } from '../support/app.ts';
import { postForm } from './classification.fixture.ts';
import { bishkekDay, insertHeldPerson, monthsFromToday, releaseSections, sessionUserOf, typed, unitIdOf } from './release.fixture.ts';

// A deadline other than the default, to show it is the configured one that applies.
const DAYS_BEFORE_RELEASE = 20;
let test: TestApp;
const cookies: Record<string, string> = {};
const users: Record<string, SessionUser> = {};

beforeAll(async () => {
  test = await createTestApp({ handoverDaysBeforeRelease: DAYS_BEFORE_RELEASE });
  for (const [username, role, unitCode] of [
    ['ho.officer47', 'prison_officer', 'PRISON_47'],
    ['ho.karasuu', 'probation_officer', 'PROBATION_KARASUU'],
    ['ho.osh', 'probation_officer', 'PROBATION_OSH'],
  ] as const) {
    const created = await createTestUser(test, username, [{ role, unitCode }]);
    users[username] = await sessionUserOf(test, created.id, username, role, unitCode);
    cookies[username] = await signIn(test.app, username);
  }
});
afterAll(() => test.close());

const planOf = async (personId: string) =>
  (await test.database.db.select().from(releasePlans).where(eq(releasePlans.personId, personId)))[0]!;
const handoverOf = async (personId: string) =>
  (await test.database.db.select().from(releaseHandovers).where(eq(releaseHandovers.personId, personId)))[0];
const post = (personId: string, path: string, fields: Record<string, string>) =>
  postForm(test, cookies['ho.officer47']!, `/people/${personId}/release`, `/people/${personId}/release${path}`, fields);
const get = (url: string, as: string) => test.app.inject({ url, headers: { cookie: cookies[as]! } });
const acknowledge = (handoverId: string, as: string, fields: Record<string, string>) =>
  postForm(test, cookies[as]!, '/', `/release/handovers/${handoverId}/acknowledge`, fields);

/** A person held at PRISON_47 whose plan is open and routed to supervision by the Kara-Suu office. */
async function routedToKarasuu(familyName: string, releaseOn: string): Promise<string> {
  const personId = await insertHeldPerson(test, familyName, { releaseOn, district: 'KG-O-KARASUU-KARASUU' });
  await openDuePlans(test.database.db, bishkekDay());
  const response = await post(personId, '/route', {
    version: String((await planOf(personId)).version),
    releaseOn: typed(releaseOn),
    releaseType: 'conditional_early_release',
    supervision: 'executive',
    officeId: await unitIdOf(test, 'PROBATION_KARASUU'),
  });
  expect(response.statusCode).toBe(303);
  return personId;
}

const send = async (personId: string) => post(personId, '/handover', { version: String((await planOf(personId)).version) });

describe('the receiving probation office', () => {
  it('is proposed from the address district: the office whose territory covers it, nearest first', async () => {
    const karasuu = await insertHeldPerson(test, 'Карасуулук', { releaseOn: monthsFromToday(3), district: 'KG-O-KARASUU-KARASUU' });
    const bishkek = await insertHeldPerson(test, 'Бишкектик', { releaseOn: monthsFromToday(3), district: 'KG-GB-LENINSKY' });
    expect((await coveringOfficeOf(test.database.db, karasuu))?.code).toBe('PROBATION_KARASUU');
    expect(await coveringOfficeOf(test.database.db, bishkek)).toBeNull();
    await openDuePlans(test.database.db, bishkekDay());
    const page = await get(`/people/${karasuu}/release`, 'ho.officer47');
    expect(page.body).toMatch(new RegExp(`<option value="${await unitIdOf(test, 'PROBATION_KARASUU')}" selected`));
  });
});

describe('sending the handover', () => {
  it('is refused for a release that is not to supervision', async () => {
    const personId = await insertHeldPerson(test, 'Көзөмөлсүзов', { releaseOn: monthsFromToday(2) });
    await openDuePlans(test.database.db, bishkekDay());
    await post(personId, '/route', {
      version: String((await planOf(personId)).version),
      releaseOn: typed(monthsFromToday(2)),
      releaseType: 'end_of_sentence',
      supervision: '',
      officeId: '',
    });
    const response = await send(personId);
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('Өткөрүп берүү пробациянын көзөмөлүнө бошотулганда гана жөнөтүлөт.');
    expect(await handoverOf(personId)).toBeUndefined();
  });

  it('freezes the package when sent, with the configured deadline, and locks the route', async () => {
    const releaseOn = monthsFromToday(2);
    const personId = await routedToKarasuu('Топтомов', releaseOn);
    const plan = await planOf(personId);
    const [housing] = await test.database.db
      .select()
      .from(releasePathways)
      .where(and(eq(releasePathways.planId, plan.id), eq(releasePathways.pathway, 'accommodation')));
    await post(personId, '/pathways/accommodation', {
      version: String(housing!.version),
      needs: 'Атасынын үйүндө жашайт',
      status: 'completed',
    });
    expect((await send(personId)).statusCode).toBe(303);
    const handover = await handoverOf(personId);
    const expectedSendBy = new Date(Date.parse(`${releaseOn}T00:00:00Z`) - DAYS_BEFORE_RELEASE * 86_400_000).toISOString().slice(0, 10);
    expect(handover).toMatchObject({
      status: 'sent',
      releaseOn,
      sendBy: expectedSendBy,
      toOfficeId: await unitIdOf(test, 'PROBATION_KARASUU'),
    });
    expect(handover!.package.person.name).toBe('Топтомов Нурлан');
    expect(handover!.package.release).toMatchObject({ releaseType: 'conditional_early_release', supervision: 'executive' });
    expect(handover!.package.preReleasePlan.pathways[0]).toMatchObject({ pathway: 'accommodation', needs: 'Атасынын үйүндө жашайт' });
    const [after] = await test.database.db.select().from(releasePathways).where(eq(releasePathways.id, housing!.id));
    await post(personId, '/pathways/accommodation', { version: String(after!.version), needs: 'Кийин өзгөрдү', status: 'completed' });
    expect((await handoverOf(personId))!.package.preReleasePlan.pathways[0]!.needs).toBe('Атасынын үйүндө жашайт');
    const locked = await post(personId, '/route', {
      version: String((await planOf(personId)).version),
      releaseOn: typed(releaseOn),
      releaseType: 'amnesty',
      supervision: '',
      officeId: '',
    });
    expect(locked.statusCode).toBe(409);
    expect((await send(personId)).statusCode).toBe(409);
  });
});

describe('acknowledging the handover', () => {
  it('lets only the receiving office open and acknowledge it, once; the package is its door, not the record', async () => {
    const personId = await routedToKarasuu('Ырастоов', monthsFromToday(2));
    await send(personId);
    const handover = (await handoverOf(personId))!;
    const url = `/release/handovers/${handover.id}`;
    expect((await get(url, 'ho.osh')).statusCode).toBe(404);
    expect((await get(url, 'ho.officer47')).statusCode).toBe(403);
    const opened = await get(url, 'ho.karasuu');
    expect(opened.statusCode).toBe(200);
    expect(opened.body).toContain('Ырастоов Нурлан');
    const views = await test.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'release.handover.view'), eq(auditEvents.personId, personId), eq(auditEvents.outcome, 'success')));
    expect(views.map((event) => event.username)).toEqual(['ho.karasuu']);
    expect((await get(`/people/${personId}`, 'ho.karasuu')).statusCode).toBe(404);
    expect((await acknowledge(handover.id, 'ho.osh', { version: '1', note: '' })).statusCode).toBe(404);
    expect((await handoverOf(personId))!.status).toBe('sent');
    expect((await acknowledge(handover.id, 'ho.karasuu', { version: '1', note: 'Кабыл алдык' })).statusCode).toBe(303);
    expect(await handoverOf(personId)).toMatchObject({
      status: 'acknowledged',
      acknowledgedBy: users['ho.karasuu']!.id,
      acknowledgementNote: 'Кабыл алдык',
    });
    expect((await acknowledge(handover.id, 'ho.karasuu', { version: '2', note: '' })).statusCode).toBe(409);
  });
});

describe('overdue handovers', () => {
  it('appear on both sides’ worklists, overdue first: not sent by the deadline, or not acknowledged by the release date', async () => {
    await routedToKarasuu('Кечиккенов', bishkekDay(DAYS_BEFORE_RELEASE - 5));
    await routedToKarasuu('Өзүбакытов', monthsFromToday(3));
    const unacknowledged = await routedToKarasuu('Ырасталбаган', monthsFromToday(2));
    await send(unacknowledged);
    // The release date has since passed without the office acknowledging.
    await test.database.db
      .update(releaseHandovers)
      .set({ releaseOn: bishkekDay(-1) })
      .where(eq(releaseHandovers.personId, unacknowledged));
    const prison = (await releaseSections(test, users['ho.officer47']!))['release.handovers']!;
    const office = (await releaseSections(test, users['ho.karasuu']!))['release.handovers']!;
    const find = (items: typeof prison, name: string) => items.find((item) => item.title === `${name} Нурлан`);
    for (const items of [prison, office]) {
      expect(find(items, 'Кечиккенов')?.overdue).toBe(true);
      expect(find(items, 'Ырасталбаган')?.overdue).toBe(true);
      const overdueFlags = items.map((item) => item.overdue);
      expect(overdueFlags).toEqual([...overdueFlags].sort((a, b) => Number(b) - Number(a)));
    }
    expect(find(prison, 'Өзүбакытов')?.overdue).toBe(false);
    expect(find(office, 'Өзүбакытов')).toBeUndefined();
    const elsewhere = (await releaseSections(test, users['ho.osh']!))['release.handovers']!;
    expect(find(elsewhere, 'Кечиккенов')).toBeUndefined();
    const incoming = await get('/release/handovers/incoming', 'ho.karasuu');
    expect(incoming.body).toContain('Ырасталбаган Нурлан');
    expect(incoming.body).toContain('Мөөнөтү өттү');
    expect((await get('/release/handovers/incoming', 'ho.osh')).body).not.toContain('Ырасталбаган Нурлан');
    expect((await get('/release/handovers/outgoing', 'ho.officer47')).body).toContain('Өзүбакытов Нурлан');
  });
});
