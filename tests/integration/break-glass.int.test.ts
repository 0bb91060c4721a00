import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authorise } from '../../src/platform/access/authorise.ts';
import { breakGlassGrants } from '../../src/platform/access/access.tables.ts';
import { auditActorOf } from '../../src/platform/audit/audit.service.ts';
import { auditEvents } from '../../src/platform/audit/audit.tables.ts';
import { orgUnits } from '../../src/platform/org/org.tables.ts';
import { createTestApp, createTestUser, formSession, signIn, type TestApp } from '../support/app.ts';

let test: TestApp;
let officerCookies: string;
let auditorCookies: string;

beforeAll(async () => {
  test = await createTestApp({}, (app, database) => {
    // A stand-in for a module's record page that reads through `authorise`, as every module must.
    app.get<{ Params: { id: string } }>('/test/prison-16-records/:id', async (request) => {
      const [unit] = await database.db.select({ id: orgUnits.id }).from(orgUnits).where(eq(orgUnits.code, 'PRISON_16'));
      return database.db.transaction(async (tx) => {
        const record = { resourceType: 'test_record', resourceId: request.params.id, unitId: unit!.id };
        const granted = await authorise(tx, {
          actor: request.user!,
          audit: auditActorOf(request),
          permission: 'reference:read',
          action: 'test_record.view',
          record,
        });
        return { via: granted.via };
      });
    });
  });
  await createTestUser(test, 'glass.officer', [{ role: 'prison_officer', unitCode: 'PRISON_47' }]);
  await createTestUser(test, 'glass.auditor', [{ role: 'auditor', unitCode: 'MINISTRY_OF_JUSTICE' }]);
  officerCookies = await signIn(test.app, 'glass.officer');
  auditorCookies = await signIn(test.app, 'glass.auditor');
});
afterAll(() => test.close());

async function requestBreakGlass(reason: string, resourceId = 'case-1') {
  const url = `/access/break-glass?resourceType=test_record&resourceId=${resourceId}&returnTo=/test/prison-16-records/${resourceId}`;
  const session = await formSession(test.app, officerCookies, url);
  return test.app.inject({
    method: 'POST',
    url: '/access/break-glass',
    headers: { cookie: session.cookies, 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
    payload: new URLSearchParams({
      _csrf: session.csrf,
      resourceType: 'test_record',
      resourceId,
      returnTo: `/test/prison-16-records/${resourceId}`,
      reason,
    }).toString(),
  });
}

describe('break-glass access', () => {
  it('offers emergency access on the 404 page of an out-of-scope record', async () => {
    const response = await test.app.inject({
      url: '/test/prison-16-records/case-1',
      headers: { cookie: officerCookies, accept: 'text/html' },
    });
    expect(response.statusCode).toBe(404);
    expect(response.body).toContain('href="/access/break-glass?resourceType=test_record&resourceId=case-1&returnTo=');
  });

  it('refuses a reason that is too short, in Kyrgyz, keeping what was typed and granting nothing', async () => {
    const response = await requestBreakGlass('тез керек');
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('Себеби кеминде 20 белгиден турушу керек');
    expect(response.body).toContain('тез керек');
    expect(await test.database.db.select().from(breakGlassGrants)).toHaveLength(0);
  });

  it('grants time-limited access with a written reason, and every read under it names the grant', async () => {
    const reason = 'Transfer tonight: the escort needs the alerts now';
    const response = await requestBreakGlass(reason);
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe('/test/prison-16-records/case-1');
    const read = await test.app.inject({ url: '/test/prison-16-records/case-1', headers: { cookie: officerCookies } });
    expect(read.statusCode).toBe(200);
    expect(read.json()).toEqual({ via: 'break_glass' });
    const events = await test.database.db.select().from(auditEvents).where(eq(auditEvents.resourceId, 'case-1')).orderBy(auditEvents.seq);
    expect(events.map((event) => [event.action, event.outcome])).toEqual([
      ['test_record.view', 'denied'],
      ['break_glass.grant', 'success'],
      ['test_record.view', 'success'],
    ]);
    expect(events[2]?.reason).toBe(reason);
    // Only the record asked for: another record of the same unit stays closed.
    expect((await test.app.inject({ url: '/test/prison-16-records/case-2', headers: { cookie: officerCookies } })).statusCode).toBe(404);
  });

  it('closes the record again once the grant has expired', async () => {
    await test.database.db.update(breakGlassGrants).set({ expiresAt: sql`now() - interval '1 second'` });
    expect((await test.app.inject({ url: '/test/prison-16-records/case-1', headers: { cookie: officerCookies } })).statusCode).toBe(404);
  });

  it('lists the grant for the privacy officer, who records a review', async () => {
    const list = await test.app.inject({ url: '/access/break-glass/review', headers: { cookie: auditorCookies } });
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain('Transfer tonight: the escort needs the alerts now');
    expect(list.body).toContain('glass.officer');
    const [grant] = await test.database.db.select().from(breakGlassGrants);
    const session = await formSession(test.app, auditorCookies, '/access/break-glass/review');
    const review = await test.app.inject({
      method: 'POST',
      url: `/access/break-glass/review/${grant!.id}`,
      headers: { cookie: session.cookies, 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ _csrf: session.csrf, note: 'Confirmed with the duty officer' }).toString(),
    });
    expect(review.statusCode).toBe(303);
    const [reviewed] = await test.database.db.select().from(breakGlassGrants);
    expect(reviewed).toMatchObject({ reviewNote: 'Confirmed with the duty officer' });
    const after = await test.app.inject({ url: '/access/break-glass/review', headers: { cookie: auditorCookies } });
    expect(after.body).not.toContain('Transfer tonight');
  });

  it('keeps the review list from staff who are not privacy officers', async () => {
    expect((await test.app.inject({ url: '/access/break-glass/review', headers: { cookie: officerCookies } })).statusCode).toBe(403);
  });
});
