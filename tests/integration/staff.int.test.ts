import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../../src/platform/audit/audit.tables.ts';
import { createTestApp, createTestUser, signIn, type TestApp } from '../support/app.ts';

let test: TestApp;
let managerCookies: string;
let officerCookies: string;
let serviceManagerCookies: string;

beforeAll(async () => {
  test = await createTestApp();
  await createTestUser(test, 'staff.manager47', [{ role: 'facility_manager', unitCode: 'PRISON_47' }]);
  await createTestUser(test, 'staff.officer47', [{ role: 'prison_officer', unitCode: 'PRISON_47' }]);
  await createTestUser(test, 'staff.officer16', [{ role: 'prison_officer', unitCode: 'PRISON_16' }]);
  await createTestUser(test, 'staff.sps', [{ role: 'facility_manager', unitCode: 'PRISON_SERVICE' }]);
  managerCookies = await signIn(test.app, 'staff.manager47');
  officerCookies = await signIn(test.app, 'staff.officer47');
  serviceManagerCookies = await signIn(test.app, 'staff.sps');
});
afterAll(() => test.close());

const get = (url: string, cookies: string) => test.app.inject({ url, headers: { cookie: cookies, accept: 'text/html' } });

describe('staff of a manager’s units', () => {
  it('lists only the people holding roles in the manager’s facility, with role names in Kyrgyz', async () => {
    const response = await get('/staff', managerCookies);
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('staff.officer47');
    expect(response.body).not.toContain('staff.officer16');
    expect(response.body).toContain('Түрмө кызматкери');
  });

  it('covers the whole subtree for a role held at the agency', async () => {
    const response = await get('/staff', serviceManagerCookies);
    expect(response.body).toContain('staff.officer47');
    expect(response.body).toContain('staff.officer16');
  });

  it('opens a staff member of the facility and audits the view', async () => {
    const response = await get('/staff/staff.officer47', managerCookies);
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('Test staff.officer47');
    const views = await test.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'staff.view'), eq(auditEvents.resourceId, 'staff.officer47')));
    expect(views).toHaveLength(1);
  });

  it('answers a staff member of another facility exactly like one who does not exist', async () => {
    const outside = await get('/staff/staff.officer16', managerCookies);
    const absent = await get('/staff/nobody.here', managerCookies);
    expect(outside.statusCode).toBe(404);
    expect(absent.statusCode).toBe(404);
    const strip = (html: string) => html.replace(/value="[^"]+"/g, '').replace(/staff\.officer16|nobody\.here/g, 'X');
    expect(strip(outside.body)).toBe(strip(absent.body));
  });

  it('refuses the staff list to a prison officer with 403', async () => {
    expect((await get('/staff', officerCookies)).statusCode).toBe(403);
  });
});
