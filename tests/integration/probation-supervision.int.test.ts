import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordPartnerContact } from '../../src/modules/probation/probation.service.ts';
import { probationOfficerCapacities } from '../../src/modules/probation/probation.tables.ts';
import { createTestApp, createTestUser, signIn, type TestApp } from '../support/app.ts';
import { postForm } from './classification.fixture.ts';
import { classifyForSupervision } from './plans.fixture.ts';
import { bishkekDay, contactsOfOrder, insertContact, insertOrder, orderRow, orderUrl, probationClient } from './probation.fixture.ts';

let test: TestApp;
let officer: string;
let manager: string;
const ids: Record<string, string> = {};

beforeAll(async () => {
  test = await createTestApp();
  ids.officer = (await createTestUser(test, 'ps.officer', [{ role: 'probation_officer', unitCode: 'PROBATION_OSH' }])).id;
  ids.colleague = (await createTestUser(test, 'ps.colleague', [{ role: 'probation_officer', unitCode: 'PROBATION_OSH' }])).id;
  ids.faraway = (await createTestUser(test, 'ps.faraway', [{ role: 'probation_officer', unitCode: 'PROBATION_KARAKOL' }])).id;
  ids.manager = (await createTestUser(test, 'ps.manager', [{ role: 'probation_manager', unitCode: 'PROBATION_OSH' }])).id;
  officer = await signIn(test.app, 'ps.officer');
  manager = await signIn(test.app, 'ps.manager');
});
afterAll(() => test.close());

/** A client with an order allocated to the officer, classified at the intensity given, last seen `lastSeen` days ago. */
async function clientOf(name: string, intensity: 'low' | 'medium' | 'high' | null, lastSeen: number, officerId = ids.officer!) {
  const personId = await probationClient(test, name);
  if (intensity) await classifyForSupervision(test, personId, intensity, ids.manager!);
  const orderId = await insertOrder(test, { personId, createdBy: ids.manager!, officerId, startsOn: bishkekDay(-200) });
  await insertContact(test, { orderId, personId, on: bishkekDay(-lastSeen), recordedBy: officerId });
  return { personId, orderId };
}

describe('the schedule on the order page', () => {
  it('shows the next contact one interval after the last attended one, and marks it overdue when past', async () => {
    const { personId, orderId } = await clientOf('Кечиккенов', 'high', 10);
    const page = await test.app.inject({ url: orderUrl(personId, orderId), headers: { cookie: officer } });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Жогорку интенсивдүүлүк: ар бир 7 күндө байланыш');
    expect(page.body).toContain('(3 күн мурун)');
    expect(page.body).toContain('Мөөнөтү өтүп кетти');
  });

  it('does not reset the schedule for a missed contact', async () => {
    const { personId, orderId } = await clientOf('Келбегенов', 'low', 20);
    await insertContact(test, { orderId, personId, on: bishkekDay(-1), recordedBy: ids.officer!, attended: false });
    const page = await test.app.inject({ url: orderUrl(personId, orderId), headers: { cookie: officer } });
    const due = bishkekDay(10).split('-').reverse().join('.');
    expect(page.body).toContain(`Мөөнөтү ${due}`);
  });
});

describe('the caseload', () => {
  it('orders the officer’s cases by intensity, then overdue contacts, and leaves out others’ cases', async () => {
    const low = await clientOf('Төмөнов', 'low', 2);
    const mediumOnTime = await clientOf('Ортоков', 'medium', 2);
    const mediumLate = await clientOf('Ортокечиков', 'medium', 30);
    const high = await clientOf('Жогорков', 'high', 1);
    const others = await clientOf('Башкалардыкы', 'high', 30, ids.colleague);
    const page = await test.app.inject({ url: '/probation/caseload', headers: { cookie: officer } });
    expect(page.statusCode).toBe(200);
    const position = (orderId: string) => page.body.indexOf(`data-order="${orderId}"`);
    expect(position(high.orderId)).toBeGreaterThan(-1);
    expect(position(high.orderId)).toBeLessThan(position(mediumLate.orderId));
    expect(position(mediumLate.orderId)).toBeLessThan(position(mediumOnTime.orderId));
    expect(position(mediumOnTime.orderId)).toBeLessThan(position(low.orderId));
    expect(position(others.orderId)).toBe(-1);
  });
});

describe('allocation', () => {
  it('shows unallocated orders to the manager and allocates one to an officer of the office', async () => {
    const personId = await probationClient(test, 'Бөлүнбөгөнов');
    const orderId = await insertOrder(test, { personId, createdBy: ids.manager! });
    const page = await test.app.inject({ url: '/probation/allocation', headers: { cookie: manager } });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(`id="order-${orderId}"`);
    const response = await postForm(test, manager, '/probation/allocation', `/probation/orders/${orderId}/allocate`, {
      version: '1',
      officerId: ids.colleague!,
    });
    expect(response.statusCode).toBe(303);
    expect(await orderRow(test, orderId)).toMatchObject({ officerId: ids.colleague, allocatedBy: ids.manager, version: 2 });
    const after = await test.app.inject({ url: '/probation/allocation', headers: { cookie: manager } });
    expect(after.body).not.toContain(`id="order-${orderId}"`);
  });

  it('refuses an officer of another office, and a stale allocation', async () => {
    const personId = await probationClient(test, 'Алыстагыев');
    const orderId = await insertOrder(test, { personId, createdBy: ids.manager! });
    const far = await postForm(test, manager, '/probation/allocation', `/probation/orders/${orderId}/allocate`, {
      version: '1',
      officerId: ids.faraway!,
    });
    expect(far.statusCode).toBe(400);
    expect(far.body).toContain('Ушул кеңсенин чечимдерин көзөмөлдөгөн кызматкерди тандаңыз.');
    const stale = await postForm(test, manager, '/probation/allocation', `/probation/orders/${orderId}/allocate`, {
      version: '5',
      officerId: ids.colleague!,
    });
    expect(stale.statusCode).toBe(409);
    expect((await orderRow(test, orderId)).officerId).toBeNull();
  });

  it('shows each officer’s load against their capacity, which the manager sets', async () => {
    const response = await postForm(test, manager, '/probation/allocation', `/probation/officers/${ids.colleague!}/capacity`, {
      capacity: '25',
    });
    expect(response.statusCode).toBe(303);
    const rows = await test.database.db.select().from(probationOfficerCapacities);
    expect(rows).toMatchObject([{ userId: ids.colleague, capacity: 25 }]);
    const page = await test.app.inject({ url: '/probation/allocation', headers: { cookie: manager } });
    expect(page.body).toMatch(/Test ps\.colleague: 25 ичинен \d+ чечим/);
  });

  it('refuses the allocation page to an officer', async () => {
    expect((await test.app.inject({ url: '/probation/allocation', headers: { cookie: officer } })).statusCode).toBe(403);
  });
});

describe('the worklist', () => {
  it('lists the officer’s overdue contacts and the manager’s orders to allocate', async () => {
    const late = await clientOf('Тизмедегиев', 'high', 20);
    const personId = await probationClient(test, 'Күтүүдөгүев');
    await insertOrder(test, { personId, createdBy: ids.manager! });
    const officerList = await test.app.inject({ url: '/worklist', headers: { cookie: officer } });
    expect(officerList.body).toContain(orderUrl(late.personId, late.orderId));
    const managerList = await test.app.inject({ url: '/worklist', headers: { cookie: manager } });
    expect(managerList.body).toContain('Күтүүдөгүев');
  });
});

describe('a partner’s session as a contact', () => {
  it('counts as a contact with a partner when an order is active that day, and not otherwise', async () => {
    const personId = await probationClient(test, 'Өнөктөшов');
    const orderId = await insertOrder(test, { personId, createdBy: ids.manager!, startsOn: bishkekDay(-30), endsOn: bishkekDay(30) });
    const referralId = '11111111-1111-4111-8111-111111111111';
    const input = { personId, attended: true, referralId, recordedBy: ids.officer! };
    expect(await recordPartnerContact(test.database.db, { ...input, sessionOn: bishkekDay(-31) })).toBeNull();
    expect(await recordPartnerContact(test.database.db, { ...input, sessionOn: bishkekDay(-2) })).not.toBeNull();
    expect(await contactsOfOrder(test, orderId)).toMatchObject([{ kind: 'with_partner', contactOn: bishkekDay(-2), referralId }]);
  });
});
