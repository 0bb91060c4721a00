import { eq, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authorise } from '../../src/platform/access/authorise.ts';
import { auditActorOf } from '../../src/platform/audit/audit.service.ts';
import { auditEvents } from '../../src/platform/audit/audit.tables.ts';
import { orgUnits } from '../../src/platform/org/org.tables.ts';
import type { TestDatabase } from '../support/database.ts';
import { createTestApp, createTestUser, signIn, type TestApp } from '../support/app.ts';

let test: TestApp;
let officer: { id: string };
let officerCookies: string;
let partnerCookies: string;
let adminCookies: string;

/**
 * A test-only route standing in for a module's record page: a "test_record" that belongs to the unit in the
 * URL, optionally allocated to named users. It reads through `authorise` exactly as a module must.
 */
function recordRoute(app: FastifyInstance, database: TestDatabase) {
  app.get<{ Params: { unit: string; id: string }; Querystring: { allocatedTo?: string } }>('/test/records/:unit/:id', async (request) => {
    const [unit] = await database.db.select({ id: orgUnits.id }).from(orgUnits).where(eq(orgUnits.code, request.params.unit));
    return database.db.transaction(async (tx) => {
      const granted = await authorise(tx, {
        actor: request.user!,
        audit: auditActorOf(request),
        permission: 'reference:read',
        action: 'test_record.view',
        record: {
          resourceType: 'test_record',
          resourceId: request.params.id,
          unitId: unit?.id ?? null,
          ...(request.query.allocatedTo !== undefined
            ? { allocation: { userIds: request.query.allocatedTo.split(',').filter(Boolean) } }
            : {}),
        },
      });
      return { secret: `content of ${request.params.id}`, via: granted.via };
    });
  });
}

const eventsFor = (resourceId: string) =>
  test.database.db.select().from(auditEvents).where(eq(auditEvents.resourceId, resourceId)).orderBy(auditEvents.seq);

beforeAll(async () => {
  test = await createTestApp({}, recordRoute);
  officer = await createTestUser(test, 'scope.officer', [{ role: 'prison_officer', unitCode: 'PRISON_47' }]);
  await createTestUser(test, 'scope.partner', [{ role: 'partner_worker', unitCode: 'CRIME_PREVENTION_OSH' }]);
  await createTestUser(test, 'scope.admin', [{ role: 'system_admin', unitCode: 'MINISTRY_OF_JUSTICE' }]);
  officerCookies = await signIn(test.app, 'scope.officer');
  partnerCookies = await signIn(test.app, 'scope.partner');
  adminCookies = await signIn(test.app, 'scope.admin');
});
afterAll(() => test.close());

const get = (url: string, cookies: string) => test.app.inject({ url, headers: { cookie: cookies, accept: 'text/html' } });

describe('the authorisation function', () => {
  it('gives a record in the user’s unit and writes one success event with the request id', async () => {
    const response = await get('/test/records/PRISON_47/r-in', officerCookies);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ secret: 'content of r-in', via: 'scope' });
    const events = await eventsFor('r-in');
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      action: 'test_record.view',
      outcome: 'success',
      userId: officer.id,
      username: 'scope.officer',
      roles: 'prison_officer@PRISON_47',
      requestId: response.headers['x-request-id'],
    });
  });

  it('answers a record of another facility with 404, as if absent, and audits the refusal', async () => {
    const response = await get('/test/records/PRISON_16/r-out', officerCookies);
    expect(response.statusCode).toBe(404);
    expect(response.body).not.toContain('content of');
    const events = await eventsFor('r-out');
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ outcome: 'denied', reason: 'out_of_scope', action: 'test_record.view' });
  });

  it('answers a missing permission with 403 and audits it', async () => {
    const response = await get('/test/records/CRIME_PREVENTION_OSH/r-partner', partnerCookies);
    expect(response.statusCode).toBe(403);
    const [event] = await eventsFor('r-partner');
    expect(event).toMatchObject({ outcome: 'denied', reason: 'missing_permission' });
    expect(event?.details).toMatchObject({ permission: 'reference:read' });
  });

  it('lets a global-scope role read every unit’s record', async () => {
    const response = await get('/test/records/PRISON_16/r-admin', adminCookies);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ via: 'global' });
  });

  it('requires the case to be allocated to the user where the module allocates cases', async () => {
    expect((await get('/test/records/PRISON_47/r-alloc?allocatedTo=someone-else', officerCookies)).statusCode).toBe(404);
    expect((await get(`/test/records/PRISON_47/r-alloc?allocatedTo=${officer.id}`, officerCookies)).statusCode).toBe(200);
  });

  it('audits a route refused for a missing permission, naming the route', async () => {
    const response = await get('/reference/org-units/PRISON_47/edit', officerCookies);
    expect(response.statusCode).toBe(403);
    const [event] = await test.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, 'access.route'))
      .orderBy(sql`${auditEvents.seq} desc`)
      .limit(1);
    expect(event).toMatchObject({ outcome: 'denied', userId: officer.id });
    expect(event?.details).toMatchObject({ permission: 'reference:edit', route: '/reference/org-units/:code/edit' });
  });

  it('returns no data when the audit event cannot be written', async () => {
    await test.database.db.execute(sql`alter table audit_events add constraint refuse_test check (resource_id <> 'r-fail')`);
    try {
      const response = await get('/test/records/PRISON_47/r-fail', officerCookies);
      expect(response.statusCode).toBe(500);
      expect(response.body).not.toContain('content of');
      expect(await eventsFor('r-fail')).toHaveLength(0);
    } finally {
      await test.database.db.execute(sql`alter table audit_events drop constraint refuse_test`);
    }
  });
});
