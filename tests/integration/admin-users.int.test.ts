import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../src/platform/auth/passwords.ts';
import { ROLES } from '../../src/platform/auth/roles.ts';
import { roleMessages } from '../../src/platform/auth/roles.messages.ts';

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&#34;');
import {
  createTestApp,
  createTestUser,
  csrfTokenOf,
  formSession,
  mergeCookies,
  signIn,
  TEST_PASSWORD,
  type TestApp,
} from '../support/app.ts';

let test: TestApp;
let adminCookies: string;

beforeAll(async () => {
  test = await createTestApp();
  await createTestUser(test, 'users.admin', [{ role: 'system_admin', unitCode: 'MINISTRY_OF_JUSTICE' }]);
  adminCookies = await signIn(test.app, 'users.admin');
});
afterAll(() => test.close());

async function userIdOf(username: string): Promise<string> {
  const result = await test.database.pool.query<{ id: string }>('SELECT id FROM users WHERE username = $1', [username]);
  return result.rows[0]!.id;
}

/** Posts a form from `pageUrl` (its first form's CSRF token and, when it has one, its version). */
async function post(url: string, fields: Record<string, string>, pageUrl = url, cookies = adminCookies) {
  const session = await formSession(test.app, cookies, pageUrl);
  const version = /name="version" value="(\d+)"/.exec(session.page.body)?.[1];
  return test.app.inject({
    method: 'POST',
    url,
    headers: { cookie: session.cookies, 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
    payload: new URLSearchParams({ _csrf: session.csrf, ...(version ? { version } : {}), ...fields }).toString(),
  });
}

async function isSignedIn(cookies: string): Promise<boolean> {
  return (await test.app.inject({ url: '/', headers: { cookie: cookies } })).statusCode === 200;
}

async function lastAudit(action: string, resourceId: string) {
  const result = await test.database.pool.query<{ changes: { field: string; from: unknown; to: unknown }[] }>(
    'SELECT changes FROM audit_events WHERE action = $1 AND resource_id = $2 ORDER BY seq DESC LIMIT 1',
    [action, resourceId],
  );
  return result.rows[0];
}

const newUser = (username: string, extra: Record<string, string> = {}) => ({
  username,
  displayName: 'Aibek Usenov',
  locale: 'ky',
  password: 'a-long-and-unusual-phrase',
  role: 'prison_officer',
  unitCode: 'PRISON_47',
  ...extra,
});

describe('user administration', () => {
  it('lists users with their roles by name, two-factor state and a search box', async () => {
    await createTestUser(test, 'list.officer', [{ role: 'prison_officer', unitCode: 'PRISON_47' }]);
    const response = await test.app.inject({ url: '/admin/users?q=list.off', headers: { cookie: adminCookies } });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('list.officer');
    expect(response.body).not.toContain('>users.admin<');
    expect(response.body).toContain('Түрмө кызматкери — PRISON_47');
    expect(response.body).toContain('Орнотулган эмес');
    // The administration pages are in the administrator's navigation.
    for (const href of ['/admin/users', '/admin/units', '/admin/roles', '/admin/api-tokens'])
      expect(response.body).toContain(`href="${href}"`);
  });

  it('audits a search of the users list with its words, and each opened account', async () => {
    const { id } = await createTestUser(test, 'seen.officer', [{ role: 'prison_officer', unitCode: 'PRISON_47' }]);
    await test.app.inject({ url: '/admin/users?q=seen.off', headers: { cookie: adminCookies } });
    const search = await test.database.pool.query<{ details: { query: string } }>(
      "SELECT details FROM audit_events WHERE action = 'user.search' ORDER BY seq DESC LIMIT 1",
    );
    expect(search.rows[0]?.details).toEqual({ query: 'seen.off' });
    expect((await test.app.inject({ url: `/admin/users/${id}`, headers: { cookie: adminCookies } })).statusCode).toBe(200);
    expect(await lastAudit('user.view', id)).toBeDefined();
  });

  it('lists every shipped role with its name, description and permissions', async () => {
    const response = await test.app.inject({ url: '/admin/roles', headers: { cookie: adminCookies } });
    expect(response.statusCode).toBe(200);
    for (const role of ROLES) {
      expect(response.body).toContain(`id="role-${role}"`);
      expect(response.body).toContain(escapeHtml(roleMessages.ky[`role.${role}.description`]));
    }
    expect(response.body).toContain('<code>audit:read</code>');
  });

  it('refuses a prison officer with 403 on every administration page', async () => {
    await createTestUser(test, 'nosy.officer', [{ role: 'prison_officer', unitCode: 'PRISON_47' }]);
    const officer = await signIn(test.app, 'nosy.officer');
    for (const url of ['/admin/users', '/admin/users/new', '/admin/roles', '/admin/api-tokens', '/admin/units']) {
      expect((await test.app.inject({ url, headers: { cookie: officer } })).statusCode, url).toBe(403);
    }
  });

  it('creates a user with a temporary password and audits it', async () => {
    const response = await post('/admin/users/new', newUser('new.officer'));
    expect(response.statusCode).toBe(303);
    const id = await userIdOf('new.officer');
    const row = await test.database.pool.query('SELECT must_change_password FROM users WHERE id = $1', [id]);
    expect(row.rows[0]).toEqual({ must_change_password: true });
    expect((await lastAudit('user.create', id))?.changes).toContainEqual({ field: 'roles', from: null, to: ['prison_officer@PRISON_47'] });
  });

  it('refuses a weak temporary password in the administrator’s language and keeps what was typed', async () => {
    const response = await post('/admin/users/new', newUser('weak.one', { password: 'short' }));
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('Жаңы сырсөз кеминде 12 белгиден турушу керек');
    expect(response.body).toContain('value="weak.one"');
    await test.database.pool.query("UPDATE users SET locale = 'ru' WHERE username = 'users.admin'");
    try {
      const russian = await post('/admin/users/new', newUser('weak.two', { password: 'Aibek-Usenov-1234' }));
      expect(russian.body).toContain('Новый пароль не должен содержать ваше имя или имя пользователя');
      const taken = await post('/admin/users/new', newUser('new.officer'));
      expect(taken.body).toContain('Это имя пользователя уже занято');
    } finally {
      await test.database.pool.query("UPDATE users SET locale = 'ky' WHERE username = 'users.admin'");
    }
  });

  it('ends all of the user’s sessions at once when a role is added or removed', async () => {
    await createTestUser(test, 'role.change', [{ role: 'prison_officer', unitCode: 'PRISON_47' }]);
    const id = await userIdOf('role.change');
    const first = await signIn(test.app, 'role.change');
    const second = await signIn(test.app, 'role.change');
    const added = await post(`/admin/users/${id}/roles`, { role: 'psychologist', unitCode: 'PRISON_47' }, `/admin/users/${id}`);
    expect(added.statusCode).toBe(303);
    expect(await isSignedIn(first)).toBe(false);
    expect(await isSignedIn(second)).toBe(false);
    expect((await lastAudit('user.role_add', id))?.changes).toEqual([
      { field: 'roles', from: ['prison_officer@PRISON_47'], to: ['prison_officer@PRISON_47', 'psychologist@PRISON_47'] },
    ]);

    const again = await signIn(test.app, 'role.change');
    const page = await test.app.inject({ url: `/admin/users/${id}`, headers: { cookie: adminCookies } });
    const roleId = /name="roleId" value="([^"]+)"/.exec(page.body)?.[1] ?? '';
    expect((await post(`/admin/users/${id}/roles/remove`, { roleId }, `/admin/users/${id}`)).statusCode).toBe(303);
    expect(await isSignedIn(again)).toBe(false);
  });

  it('ends the sessions on disabling and on a password reset, which must be changed at next sign-in', async () => {
    await createTestUser(test, 'to.disable', [{ role: 'prison_officer', unitCode: 'PRISON_47' }]);
    const id = await userIdOf('to.disable');
    const before = await signIn(test.app, 'to.disable');
    expect((await post(`/admin/users/${id}/disable`, {}, `/admin/users/${id}`)).statusCode).toBe(303);
    expect(await isSignedIn(before)).toBe(false);
    await expect(signIn(test.app, 'to.disable')).rejects.toThrow('400');
    expect((await post(`/admin/users/${id}/enable`, {}, `/admin/users/${id}`)).statusCode).toBe(303);

    const enabled = await signIn(test.app, 'to.disable');
    const reset = await post(`/admin/users/${id}/reset-password`, { password: 'a-fresh-temporary-phrase' }, `/admin/users/${id}`);
    expect(reset.statusCode).toBe(303);
    expect(await isSignedIn(enabled)).toBe(false);
    const after = await signIn(test.app, 'to.disable', 'a-fresh-temporary-phrase');
    expect((await test.app.inject({ url: '/', headers: { cookie: after } })).headers.location).toBe('/account/password');
    const audit = await lastAudit('user.reset_password', id);
    expect(JSON.stringify(audit?.changes)).not.toContain('argon2');
  });

  it('resets two-factor sign-in: the secret and recovery codes are cleared', async () => {
    await createTestUser(test, 'lost.phone', [{ role: 'facility_manager', unitCode: 'PRISON_47' }]);
    const id = await userIdOf('lost.phone');
    await test.database.pool.query("INSERT INTO recovery_codes (user_id, code_hash) VALUES ($1, 'x')", [id]);
    expect((await post(`/admin/users/${id}/reset-two-factor`, {}, `/admin/users/${id}`)).statusCode).toBe(303);
    const row = await test.database.pool.query('SELECT totp_secret, totp_enabled_at FROM users WHERE id = $1', [id]);
    expect(row.rows[0]).toEqual({ totp_secret: null, totp_enabled_at: null });
    const codes = await test.database.pool.query('SELECT count(*)::int AS n FROM recovery_codes WHERE user_id = $1', [id]);
    expect(codes.rows[0]).toEqual({ n: 0 });
  });

  it('refuses an action on a stale page with 409, keeping the role and unit that were chosen', async () => {
    await createTestUser(test, 'stale.user', [{ role: 'prison_officer', unitCode: 'PRISON_47' }]);
    const id = await userIdOf('stale.user');
    const stale = await formSession(test.app, adminCookies, `/admin/users/${id}`);
    const version = /name="version" value="(\d+)"/.exec(stale.page.body)?.[1] ?? '';
    expect((await post(`/admin/users/${id}/reset-two-factor`, {}, `/admin/users/${id}`)).statusCode).toBe(303);
    const response = await test.app.inject({
      method: 'POST',
      url: `/admin/users/${id}/roles`,
      headers: { cookie: stale.cookies, 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
      payload: new URLSearchParams({ _csrf: stale.csrf, version, role: 'trainer', unitCode: 'PRISON_TRAINING_CENTRE' }).toString(),
    });
    expect(response.statusCode).toBe(409);
    expect(response.body).toContain('Бул жазууну башка бирөө өзгөрттү');
    expect(response.body).toMatch(/<option value="trainer" selected/);
    expect(response.body).toMatch(/<option value="PRISON_TRAINING_CENTRE" selected/);
    const roles = await test.database.pool.query("SELECT count(*)::int AS n FROM user_roles WHERE user_id = $1 AND role = 'trainer'", [id]);
    expect(roles.rows[0]).toEqual({ n: 0 });
  });

  it('creates a service account that can never sign in with a password', async () => {
    const response = await post(
      '/admin/users/new',
      { ...newUser('stats.export'), serviceAccount: 'yes', password: '' },
      '/admin/users/new?service=1',
    );
    expect(response.statusCode).toBe(303);
    const known = await hashPassword(TEST_PASSWORD);
    await test.database.pool.query('UPDATE users SET password_hash = $1 WHERE username = $2', [known, 'stats.export']);
    const page = await test.app.inject({ url: '/sign-in' });
    const signInResponse = await test.app.inject({
      method: 'POST',
      url: '/sign-in',
      headers: { cookie: mergeCookies('', page), 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ _csrf: csrfTokenOf(page.body), username: 'stats.export', password: TEST_PASSWORD }).toString(),
    });
    expect(signInResponse.statusCode).toBe(400);
    expect(signInResponse.body).toContain('Колдонуучунун аты же сырсөз туура эмес');
  });
});
