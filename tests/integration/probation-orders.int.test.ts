import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { probationOrders } from '../../src/modules/probation/probation.tables.ts';
import { createTestApp, createTestUser, signIn, type TestApp } from '../support/app.ts';
import { postForm, unitIdOf } from './classification.fixture.ts';
import {
  bishkekDay,
  conditionsOfOrder,
  contactsOfOrder,
  insertOrder,
  orderRow,
  postOrderForm,
  probationClient,
  typed,
} from './probation.fixture.ts';

let test: TestApp;
let officer: string;
const ids: Record<string, string> = {};

beforeAll(async () => {
  test = await createTestApp();
  ids.officer = (await createTestUser(test, 'po.officer', [{ role: 'probation_officer', unitCode: 'PROBATION_OSH' }])).id;
  officer = await signIn(test.app, 'po.officer');
});
afterAll(() => test.close());

const orderFields = (overrides: Record<string, string> = {}) => ({
  probationType: 'executive',
  kind: 'community_service',
  court: 'Ош шаардык соту',
  orderedOn: typed(bishkekDay(-10)),
  startsOn: typed(bishkekDay(-5)),
  endsOn: typed(bishkekDay(200)),
  officeId: '',
  officerId: '',
  hoursOwed: '120',
  conditionCodes: 'report_to_office',
  freeCondition: 'Ата-энесинин үйүндө жашоо',
  ...overrides,
});

async function openOrder(personId: string, overrides: Record<string, string> = {}) {
  const officeId = await unitIdOf(test, 'PROBATION_OSH');
  const page = `/people/${personId}/probation/orders/new`;
  return postForm(test, officer, page, page, orderFields({ officeId, ...overrides }));
}

describe('opening an order', () => {
  it('saves the order with its conditions for the order’s whole period and shows it on the probation tab', async () => {
    const personId = await probationClient(test, 'Ачылганов');
    const response = await openOrder(personId, { officerId: ids.officer! });
    expect(response.statusCode).toBe(303);
    const orderId = /orders\/([0-9a-f-]{36})/.exec(String(response.headers.location))![1]!;
    const order = await orderRow(test, orderId);
    expect(order).toMatchObject({ kind: 'community_service', hoursOwed: 120, hoursWorked: 0, officerId: ids.officer, status: 'active' });
    const conditions = await conditionsOfOrder(test, orderId);
    expect(conditions.map((row) => row.conditionCode ?? row.freeText).sort()).toEqual(
      ['report_to_office', 'Ата-энесинин үйүндө жашоо'].sort(),
    );
    expect(conditions.every((row) => row.startsOn === order.startsOn && row.endsOn === order.endsOn)).toBe(true);
    const tab = await test.app.inject({ url: `/people/${personId}/probation`, headers: { cookie: officer } });
    expect(tab.statusCode).toBe(200);
    expect(tab.body).toContain('Коомдук жумуштар');
    expect(tab.body).not.toContain('Бул бөлүм өз модулу менен кошулат');
  });

  it('refuses an end before the start and hours on an order that is not community service, keeping what was typed', async () => {
    const personId = await probationClient(test, 'Жаңылышов');
    const response = await openOrder(personId, { kind: 'conditional_sentence', endsOn: typed(bishkekDay(-8)) });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('Аяктаган датасы башталган датасынан мурун боло албайт.');
    expect(response.body).toContain('Сааттар коомдук жумуштар боюнча чечимде гана болот.');
    expect(response.body).toContain('value="Ош шаардык соту"');
    expect(await test.database.db.select().from(probationOrders).where(eq(probationOrders.personId, personId))).toEqual([]);
  });

  it('lets an officer name only themselves as the responsible officer', async () => {
    const other = await createTestUser(test, 'po.other', [{ role: 'probation_officer', unitCode: 'PROBATION_OSH' }]);
    const personId = await probationClient(test, 'Башкасынов');
    const response = await openOrder(personId, { officerId: other.id });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('Ушул кеңсенин чечимдерин көзөмөлдөгөн кызматкерди тандаңыз.');
  });
});

describe('conditions, hours and contacts of an order', () => {
  it('refuses a condition that ends after the order or starts before it, and adds one inside it', async () => {
    const personId = await probationClient(test, 'Шарттуубеков');
    const orderId = await insertOrder(test, { personId, createdBy: ids.officer!, startsOn: bishkekDay(-30), endsOn: bishkekDay(30) });
    const after = await postOrderForm(test, officer, personId, orderId, 'conditions', {
      conditionCode: 'night_at_home',
      conditionStartsOn: typed(bishkekDay(0)),
      conditionEndsOn: typed(bishkekDay(31)),
    });
    expect(after.statusCode).toBe(400);
    expect(after.body).toContain('Шарт чечим аяктагандан кийин бүтө албайт.');
    const before = await postOrderForm(test, officer, personId, orderId, 'conditions', {
      conditionText: 'Базарга барбоо',
      conditionStartsOn: typed(bishkekDay(-31)),
      conditionEndsOn: typed(bishkekDay(10)),
    });
    expect(before.statusCode).toBe(400);
    expect(before.body).toContain('Базарга барбоо');
    expect(await conditionsOfOrder(test, orderId)).toEqual([]);
    const inside = await postOrderForm(test, officer, personId, orderId, 'conditions', {
      conditionCode: 'night_at_home',
      conditionStartsOn: typed(bishkekDay(0)),
      conditionEndsOn: typed(bishkekDay(30)),
    });
    expect(inside.statusCode).toBe(303);
    expect((await conditionsOfOrder(test, orderId)).map((row) => row.conditionCode)).toEqual(['night_at_home']);
  });

  it('adds hours worked and refuses hours beyond the hours owed, saving nothing', async () => {
    const personId = await probationClient(test, 'Саатбеков');
    const orderId = await insertOrder(test, { personId, createdBy: ids.officer!, kind: 'community_service', hoursOwed: 40 });
    expect((await postOrderForm(test, officer, personId, orderId, 'hours', { version: '1', hours: '30' })).statusCode).toBe(303);
    const beyond = await postOrderForm(test, officer, personId, orderId, 'hours', { version: '2', hours: '11' });
    expect(beyond.statusCode).toBe(400);
    expect(beyond.body).toContain('Бул сааттар милдеттүү сааттардан ашып кетет.');
    expect(await orderRow(test, orderId)).toMatchObject({ hoursWorked: 30, version: 2 });
  });

  it('refuses a stale hours form with a conflict', async () => {
    const personId = await probationClient(test, 'Эскиформов');
    const orderId = await insertOrder(test, { personId, createdBy: ids.officer!, kind: 'community_service', hoursOwed: 40 });
    const stale = await postOrderForm(test, officer, personId, orderId, 'hours', { version: '7', hours: '1' });
    expect(stale.statusCode).toBe(409);
    expect((await orderRow(test, orderId)).hoursWorked).toBe(0);
  });

  it('refuses a contact before the order starts, and a missed contact without its reason', async () => {
    const personId = await probationClient(test, 'Эртелеев');
    const orderId = await insertOrder(test, { personId, createdBy: ids.officer!, startsOn: bishkekDay(-10) });
    const early = await postOrderForm(test, officer, personId, orderId, 'contacts', {
      contactKind: 'office_visit',
      contactOn: typed(bishkekDay(-11)),
      attended: 'yes',
    });
    expect(early.statusCode).toBe(400);
    expect(early.body).toContain('Чечим башталганга чейинки байланышты каттоого болбойт.');
    const noReason = await postOrderForm(test, officer, personId, orderId, 'contacts', {
      contactKind: 'home_visit',
      contactOn: typed(bishkekDay(-1)),
      attended: 'no',
    });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.body).toContain('Адам эмне үчүн келбегенин жазыңыз.');
    expect(await contactsOfOrder(test, orderId)).toEqual([]);
    const recorded = await postOrderForm(test, officer, personId, orderId, 'contacts', {
      contactKind: 'home_visit',
      contactOn: typed(bishkekDay(-1)),
      attended: 'no',
      missedReason: 'Үйдө жок болчу',
    });
    expect(recorded.statusCode).toBe(303);
    expect(await contactsOfOrder(test, orderId)).toMatchObject([{ kind: 'home_visit', attended: false, missedReason: 'Үйдө жок болчу' }]);
  });

  it('answers 404 for an order of another person', async () => {
    const personId = await probationClient(test, 'Өзүнүкүбеков');
    const otherPerson = await probationClient(test, 'Башкабеков');
    const orderId = await insertOrder(test, { personId, createdBy: ids.officer! });
    const response = await test.app.inject({ url: `/people/${otherPerson}/probation/orders/${orderId}`, headers: { cookie: officer } });
    expect(response.statusCode).toBe(404);
  });
});

describe('closing an order', () => {
  it('closes early with the reason and date, ending the conditions still running', async () => {
    const personId = await probationClient(test, 'Аяктаганов');
    const orderId = await insertOrder(test, { personId, createdBy: ids.officer!, startsOn: bishkekDay(-100), endsOn: bishkekDay(100) });
    await postOrderForm(test, officer, personId, orderId, 'conditions', {
      conditionCode: 'report_to_office',
      conditionStartsOn: typed(bishkekDay(-100)),
      conditionEndsOn: typed(bishkekDay(100)),
    });
    const closed = await postOrderForm(test, officer, personId, orderId, 'close', {
      version: '1',
      closeOutcome: 'terminated',
      closedOn: typed(bishkekDay(0)),
      closeReason: 'Сот мөөнөтүнөн мурда токтотту',
    });
    expect(closed.statusCode).toBe(303);
    expect(await orderRow(test, orderId)).toMatchObject({
      status: 'terminated',
      closedOn: bishkekDay(0),
      closeReason: 'Сот мөөнөтүнөн мурда токтотту',
    });
    expect((await conditionsOfOrder(test, orderId)).map((row) => row.endedOn)).toEqual([bishkekDay(0)]);
    const afterClose = await postOrderForm(test, officer, personId, orderId, 'contacts', {
      contactKind: 'phone',
      contactOn: typed(bishkekDay(0)),
      attended: 'yes',
    });
    expect(afterClose.statusCode).toBe(409);
    expect(afterClose.body).toContain('Бул чечим жабылган: ага эч нерсе кошууга болбойт.');
  });

  it('refuses to close before the order starts', async () => {
    const personId = await probationClient(test, 'Эртежабылов');
    const orderId = await insertOrder(test, { personId, createdBy: ids.officer!, startsOn: bishkekDay(-10) });
    const response = await postOrderForm(test, officer, personId, orderId, 'close', {
      version: '1',
      closeOutcome: 'completed',
      closedOn: typed(bishkekDay(-11)),
      closeReason: 'Аяктады',
    });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('Чечим башталганга чейин жабыла албайт.');
    expect((await orderRow(test, orderId)).status).toBe('active');
  });
});
