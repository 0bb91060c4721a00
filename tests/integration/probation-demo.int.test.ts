import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoProbation } from '../../src/modules/probation/probation.service.ts';
import { probationContacts, probationOrders } from '../../src/modules/probation/probation.tables.ts';
import { cliActor } from '../../src/platform/audit/audit.service.ts';
import { createTestApp, createTestUser, type TestApp } from '../support/app.ts';
import { probationClient } from './probation.fixture.ts';

let test: TestApp;

beforeAll(async () => {
  test = await createTestApp();
  await createTestUser(test, 'probation', [{ role: 'probation_officer', unitCode: 'PROBATION_OSH' }]);
  for (let index = 0; index < 9; index += 1) await probationClient(test, `Ошдемо${index}`);
});
afterAll(() => test.close());

describe('the demo probation orders', () => {
  it('gives the Osh officer a caseload with contacts and leaves two orders to allocate — once', async () => {
    expect(await loadDemoProbation(test.database.db, cliActor('seed demo'))).toBe(8);
    const orders = await test.database.db.select().from(probationOrders);
    expect(orders.filter((order) => order.officerId === null)).toHaveLength(2);
    expect((await test.database.db.select().from(probationContacts)).length).toBe(12);
    expect(await loadDemoProbation(test.database.db, cliActor('seed demo'))).toBe(0);
    expect(await test.database.db.select().from(probationOrders)).toHaveLength(8);
  });
});
