import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoProgrammeGroups } from '../../src/modules/programmes/programmes.service.ts';
import { programmeEnrolments, programmeGroups, programmeSessions } from '../../src/modules/programmes/programmes.tables.ts';
import { cliActor } from '../../src/platform/audit/audit.service.ts';
import { createTestApp, createTestUser, type TestApp } from '../support/app.ts';
import { bishkekDay, insertPerson } from './programmes.fixture.ts';

let test: TestApp;

beforeAll(async () => {
  test = await createTestApp();
  await createTestUser(test, 'facilitator', [{ role: 'programme_facilitator', unitCode: 'PRISON_47' }]);
  await createTestUser(test, 'facilitator.osh', [{ role: 'programme_facilitator', unitCode: 'PROBATION_OSH' }]);
  for (let index = 0; index < 10; index += 1) await insertPerson(test, `Демо${index}`);
  for (let index = 0; index < 3; index += 1) await insertPerson(test, `Ош${index}`, { unit: 'PROBATION_OSH', legalStatus: 'probation' });
});
afterAll(() => test.close());

describe('the demo programme groups', () => {
  it('gives the facilitators groups with a session today, a waiting list, and past sessions held — once', async () => {
    expect(await loadDemoProgrammeGroups(test.database.db, cliActor('seed demo'))).toBe(3);
    const groups = await test.database.db.select().from(programmeGroups);
    expect(groups).toHaveLength(3);
    const today = await test.database.db.select().from(programmeSessions).where(eq(programmeSessions.heldOn, bishkekDay()));
    expect(today.length).toBeGreaterThan(0);
    const places = await test.database.db.select().from(programmeEnrolments);
    expect(places.filter((place) => place.status === 'waiting').length).toBeGreaterThan(0);
    expect(await loadDemoProgrammeGroups(test.database.db, cliActor('seed demo'))).toBe(0);
    expect(await test.database.db.select().from(programmeGroups)).toHaveLength(3);
  });
});
