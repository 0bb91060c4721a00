import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '../../src/platform/auth/auth.tables.ts';
import { createTestApp, createTestUser, formSession, signIn, type TestApp } from '../support/app.ts';

let test: TestApp;
let cookies: string;

beforeAll(async () => {
  test = await createTestApp();
  await createTestUser(test, 'tamper.officer', [{ role: 'prison_officer', unitCode: 'PRISON_47' }]);
  await test.database.db.update(users).set({ locale: 'ru' }).where(eq(users.username, 'tamper.officer'));
  cookies = await signIn(test.app, 'tamper.officer');
});
afterAll(() => test.close());

const replaceCookie = (jar: string, name: string, value: string) =>
  jar
    .split('; ')
    .map((pair) => (pair.startsWith(`${name}=`) ? `${name}=${value}` : pair))
    .join('; ');

describe('tampered requests', () => {
  it('treats a forged session cookie as no session at all: sign in again, nothing revealed', async () => {
    const forged = replaceCookie(cookies, 'kadam_session', 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA');
    const page = await test.app.inject({ url: '/reference', headers: { cookie: forged, accept: 'text/html' } });
    expect(page.statusCode).toBe(303);
    expect(page.headers.location).toBe('/sign-in?returnTo=%2Freference');
    const api = await test.app.inject({ url: '/api/v1/reference/org-units', headers: { cookie: forged } });
    expect(api.statusCode).toBe(401);
  });

  it('refuses a form whose signed CSRF cookie was altered, in the user’s language, saving nothing', async () => {
    const session = await formSession(test.app, cookies, '/account/password');
    const csrfCookie = session.cookies.split('; ').find((pair) => pair.startsWith('kadam_csrf='))!;
    const altered = replaceCookie(session.cookies, 'kadam_csrf', `${csrfCookie.slice('kadam_csrf='.length)}x`);
    const before = await test.database.db.select({ hash: users.passwordHash }).from(users).where(eq(users.username, 'tamper.officer'));
    const response = await test.app.inject({
      method: 'POST',
      url: '/account/password',
      headers: { cookie: altered, 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
      payload: new URLSearchParams({
        _csrf: session.csrf,
        currentPassword: 'correct-horse-battery-staple',
        newPassword: 'a-brand-new-long-passphrase',
        confirmPassword: 'a-brand-new-long-passphrase',
      }).toString(),
    });
    expect(response.statusCode).toBe(403);
    expect(response.body).toContain('Срок действия формы истёк. Ничего не сохранено.');
    const after = await test.database.db.select({ hash: users.passwordHash }).from(users).where(eq(users.username, 'tamper.officer'));
    expect(after).toEqual(before);
  });

  it('answers an oversized form with 413 in the user’s language', async () => {
    const session = await formSession(test.app, cookies, '/account/password');
    const response = await test.app.inject({
      method: 'POST',
      url: '/account/password',
      headers: { cookie: session.cookies, 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
      payload: `_csrf=${session.csrf}&currentPassword=${'x'.repeat(test.config.bodyLimit + 10)}`,
    });
    expect(response.statusCode).toBe(413);
    expect(response.body).toContain('Отправленные данные слишком велики');
  });
});
