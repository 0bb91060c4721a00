import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, createTestUser, formSession, signIn, type TestApp } from '../support/app.ts';
import { createUser } from '../../src/platform/auth/users.service.ts';

let test: TestApp;
let adminCookies: string;

beforeAll(async () => {
  test = await createTestApp();
  await createTestUser(test, 'tokens.admin', [{ role: 'system_admin', unitCode: 'MINISTRY_OF_JUSTICE' }]);
  adminCookies = await signIn(test.app, 'tokens.admin');
  const account = (username: string, role: string) =>
    createUser(test.database.db, {
      username,
      displayName: username,
      password: '',
      roles: [{ role, unitCode: 'PRISON_47' }],
      serviceAccount: true,
    });
  await account('svc.reader', 'prison_officer');
  await account('svc.partner', 'partner_worker');
});
afterAll(() => test.close());

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

async function accountId(username: string): Promise<string> {
  return (await test.database.pool.query<{ id: string }>('SELECT id FROM users WHERE username = $1', [username])).rows[0]!.id;
}

async function createToken(fields: { name: string; username: string; expiresOn: string }) {
  const session = await formSession(test.app, adminCookies, '/admin/api-tokens');
  const response = await test.app.inject({
    method: 'POST',
    url: '/admin/api-tokens',
    headers: { cookie: session.cookies, 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
    payload: new URLSearchParams({
      _csrf: session.csrf,
      name: fields.name,
      userId: await accountId(fields.username),
      expiresOn: fields.expiresOn,
    }).toString(),
  });
  return { response, token: /id="new-token"[^>]*>\s*(kdm_[\w-]+)/.exec(response.body)?.[1] };
}

const api = (token: string, url = '/api/v1/reference/org-units/PRISON_47') =>
  test.app.inject({ url, headers: { authorization: `Bearer ${token}` } });

describe('API tokens', () => {
  it('shows a new token once, stores only its hash, and lets it reach the API as the service account', async () => {
    const { response, token } = await createToken({ name: 'Statistics', username: 'svc.reader', expiresOn: inDays(30) });
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(token).toMatch(/^kdm_[\w-]{43}$/);
    const stored = await test.database.pool.query('SELECT * FROM api_tokens');
    expect(JSON.stringify(stored.rows)).not.toContain(token!);
    expect(stored.rows[0]).toMatchObject({ name: 'Statistics', prefix: token!.slice(0, 10) });

    const reached = await api(token!);
    expect(reached.statusCode).toBe(200);
    expect(reached.json<{ code: string }>().code).toBe('PRISON_47');
    const list = await test.app.inject({ url: '/admin/api-tokens', headers: { cookie: adminCookies } });
    expect(list.body).not.toContain(token!);
    expect(list.body).toContain(`${token!.slice(0, 10)}…`);
    const audit = await test.database.pool.query("SELECT count(*)::int AS n FROM audit_events WHERE action = 'api_token.create'");
    expect(audit.rows[0]).toEqual({ n: 1 });
  });

  it('stops working on the very next request after it is revoked', async () => {
    const { token } = await createToken({ name: 'To revoke', username: 'svc.reader', expiresOn: inDays(10) });
    expect((await api(token!)).statusCode).toBe(200);
    const { id } = (await test.database.pool.query<{ id: string }>("SELECT id FROM api_tokens WHERE name = 'To revoke'")).rows[0]!;
    const session = await formSession(test.app, adminCookies, '/admin/api-tokens');
    const revoke = await test.app.inject({
      method: 'POST',
      url: `/admin/api-tokens/${id}/revoke`,
      headers: { cookie: session.cookies, 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
      payload: new URLSearchParams({ _csrf: session.csrf }).toString(),
    });
    expect(revoke.statusCode).toBe(303);
    const refused = await api(token!);
    expect(refused.statusCode).toBe(401);
    expect(refused.json<{ error: { code: string } }>().error.code).toBe('unauthorised');
    const audit = await test.database.pool.query(
      "SELECT count(*)::int AS n FROM audit_events WHERE action = 'api_token.revoke' AND resource_id = $1",
      [id],
    );
    expect(audit.rows[0]).toEqual({ n: 1 });
  });

  it('answers 401 for an expired token and for one that was never issued', async () => {
    const { token } = await createToken({ name: 'Short-lived', username: 'svc.reader', expiresOn: inDays(2) });
    await test.database.pool.query("UPDATE api_tokens SET expires_at = now() - interval '1 second' WHERE name = 'Short-lived'");
    expect((await api(token!)).statusCode).toBe(401);
    expect((await api('kdm_not-a-real-token')).statusCode).toBe(401);
  });

  it('answers 403 when the service account’s role lacks the permission', async () => {
    const { token } = await createToken({ name: 'Partner', username: 'svc.partner', expiresOn: inDays(5) });
    expect((await api(token!)).statusCode).toBe(403);
  });

  it('needs no CSRF token for a write sent with a bearer token, which a browser cannot send cross-site', async () => {
    const { token } = await createToken({ name: 'Writer', username: 'svc.reader', expiresOn: inDays(5) });
    const write = (authorization: string) =>
      test.app.inject({
        method: 'PATCH',
        url: '/api/v1/reference/org-units/PRISON_47',
        headers: { authorization, 'content-type': 'application/json', 'if-match': '"1"' },
        payload: { capacity: 10 },
      });
    // Past the CSRF check to the permission check: a prison officer's account may not edit reference data.
    const refused = await write(`Bearer ${token!}`);
    expect(refused.statusCode).toBe(403);
    expect(refused.json<{ error: { code: string } }>().error.code).toBe('forbidden');
    expect((await write('Bearer kdm_not-a-real-token')).statusCode).toBe(401);
  });

  it('records when a token was last used', async () => {
    const { token } = await createToken({ name: 'Used', username: 'svc.reader', expiresOn: inDays(5) });
    await api(token!);
    const row = await test.database.pool.query<{ last_used_at: Date | null }>("SELECT last_used_at FROM api_tokens WHERE name = 'Used'");
    expect(row.rows[0]?.last_used_at).toBeInstanceOf(Date);
  });

  it('refuses an expiry more than a year away, or in the past, in the administrator’s language', async () => {
    const far = await createToken({ name: 'Too long', username: 'svc.reader', expiresOn: inDays(400) });
    expect(far.response.statusCode).toBe(400);
    expect(far.response.body).toContain('Мөөнөтү бүгүндөн баштап бир жылдын ичинде бүтүшү керек');
    const past = await createToken({ name: 'Past', username: 'svc.reader', expiresOn: inDays(-1) });
    expect(past.response.statusCode).toBe(400);
    expect(past.response.body).toContain('value="Past"');
  });

  it('refuses a token for an account that is not a service account', async () => {
    const { response } = await createToken({ name: 'Person', username: 'tokens.admin', expiresOn: inDays(5) });
    expect(response.statusCode).toBe(400);
    expect((await test.database.pool.query("SELECT count(*)::int AS n FROM api_tokens WHERE name = 'Person'")).rows[0]).toEqual({ n: 0 });
  });
});
