import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, createTestUser, formSession, signIn, TEST_PASSWORD, type TestApp } from '../support/app.ts';
import { runKadam } from '../support/process.ts';

let test: TestApp;
let admin: string;

type AuditRow = {
  username: string | null;
  action: string;
  resource_id: string | null;
  request_id: string | null;
  changes: unknown;
  outcome: string;
};
const lastAudit = async (action: string): Promise<AuditRow | undefined> =>
  (await test.database.pool.query<AuditRow>('SELECT * FROM audit_events WHERE action = $1 ORDER BY seq DESC LIMIT 1', [action])).rows[0];

async function post(url: string, cookies: string, fields: Record<string, string>, pageUrl = url) {
  const session = await formSession(test.app, cookies, pageUrl);
  return test.app.inject({
    method: 'POST',
    url,
    headers: { cookie: session.cookies, 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
    payload: new URLSearchParams({ _csrf: session.csrf, ...fields }).toString(),
  });
}

const editCapacity = async (capacity: string) => {
  const page = await test.app.inject({ url: '/reference/org-units/PRISON_27/edit', headers: { cookie: admin } });
  const field = (name: string) => new RegExp(`name="${name}"[^>]*value="([^"]*)"`).exec(page.body)?.[1] ?? '';
  return post('/reference/org-units/PRISON_27/edit', admin, {
    nameKy: field('nameKy'),
    nameRu: field('nameRu'),
    nameEn: field('nameEn'),
    version: /name="version" value="(\d+)"/.exec(page.body)?.[1] ?? '',
    active: 'yes',
    capacity,
  });
};
const capacityOf = async () =>
  (await test.database.pool.query<{ capacity: number | null }>("SELECT capacity FROM org_units WHERE code = 'PRISON_27'")).rows[0]
    ?.capacity;

beforeAll(async () => {
  test = await createTestApp();
  await createTestUser(test, 'audit.admin', [{ role: 'system_admin', unitCode: 'MINISTRY_OF_JUSTICE' }]);
  await createTestUser(test, 'audit.officer', [{ role: 'prison_officer', unitCode: 'PRISON_47' }]);
  admin = await signIn(test.app, 'audit.admin');
});
afterAll(() => test.close());

describe('the writes Kadam makes today are audited with their field changes', () => {
  it('records an organisation-unit edit on the page and through the API, with the fields that changed', async () => {
    expect((await editCapacity('777')).statusCode).toBe(303);
    const edit = await lastAudit('reference.org_unit.update');
    expect(edit).toMatchObject({ username: 'audit.admin', resource_id: 'PRISON_27', outcome: 'success' });
    expect(edit?.request_id).toBeTruthy();
    expect(edit?.changes).toEqual([{ field: 'capacity', from: null, to: 777 }]); // only what changed, not the names sent unchanged

    const current = await test.app.inject({ url: '/api/v1/reference/org-units/PRISON_27', headers: { cookie: admin } });
    const session = await formSession(test.app, admin, '/');
    const patched = await test.app.inject({
      method: 'PATCH',
      url: '/api/v1/reference/org-units/PRISON_27',
      headers: { cookie: session.cookies, 'x-csrf-token': session.csrf, 'if-match': String(current.headers.etag) },
      payload: { active: false },
    });
    expect(patched.statusCode).toBe(200);
    expect((await lastAudit('reference.org_unit.update'))?.changes).toEqual([{ field: 'active', from: true, to: false }]);
  });

  it('saves no edit when its audit event cannot be written', async () => {
    const before = await capacityOf();
    await test.database.pool.query(`
      CREATE FUNCTION refuse_audit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit store full'; END $$;
      CREATE TRIGGER refuse_audit BEFORE INSERT ON audit_events FOR EACH ROW EXECUTE FUNCTION refuse_audit();`);
    try {
      expect((await editCapacity('1')).statusCode).toBe(500);
    } finally {
      await test.database.pool.query('DROP TRIGGER refuse_audit ON audit_events; DROP FUNCTION refuse_audit();');
    }
    expect(await capacityOf()).toBe(before);
  });

  it("records a user's own password change without any password or hash", async () => {
    const cookies = await signIn(test.app, 'audit.officer');
    const response = await post('/account/password', cookies, {
      currentPassword: TEST_PASSWORD,
      newPassword: 'Жалал-Абад жаңгак токою 2026',
      confirmPassword: 'Жалал-Абад жаңгак токою 2026',
    });
    expect(response.statusCode).toBe(303);
    const change = await lastAudit('user.change_own_password');
    expect(change).toMatchObject({ username: 'audit.officer' });
    expect(JSON.stringify(change)).not.toMatch(/argon2|Жалал/);
  });

  it("records a signed-in user's change of language", async () => {
    const response = await post('/language', admin, { locale: 'ru', returnTo: '/' }, '/');
    expect(response.statusCode).toBe(303);
    expect((await lastAudit('user.change_language'))?.changes).toEqual([{ field: 'locale', from: 'ky', to: 'ru' }]);
  });

  it('records the CLI’s user create, reset-password and disable as the console', async () => {
    const env = { DATABASE_URL: test.database.url };
    expect(
      (await runKadam(['user', 'create', '-u', 'cli.made', '-n', 'Бакыт Осмонов', '-r', 'trainer@PRISON_TRAINING_CENTRE'], env)).code,
    ).toBe(0);
    expect((await runKadam(['user', 'reset-password', 'cli.made'], env)).code).toBe(0);
    expect((await runKadam(['user', 'disable', 'cli.made'], env)).code).toBe(0);
    for (const action of ['user.create', 'user.reset_password', 'user.disable']) {
      const row = await lastAudit(action);
      expect(row?.username, action).toMatch(/^cli:user /);
    }
  });
});
