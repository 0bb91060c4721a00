import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ABSOLUTE_TIMEOUT_MS, createSession, IDLE_TIMEOUT_MS, resolveSession } from '../../src/platform/auth/sessions.ts';
import { disableUser } from '../../src/platform/auth/users.service.ts';
import { createTestApp, createTestUser, csrfTokenOf, mergeCookies, signIn, TEST_PASSWORD, type TestApp } from '../support/app.ts';

let test: TestApp;
let userId: string;
beforeAll(async () => {
  test = await createTestApp();
  userId = (await createTestUser(test, 's.officer', [{ role: 'prison_officer', unitCode: 'PRISON_47' }])).id;
});
afterAll(() => test.close());

const minutes = (count: number) => count * 60 * 1000;

describe('sessions', () => {
  it('end after 15 minutes without a request', async () => {
    const start = new Date('2026-01-10T08:00:00Z');
    const token = await createSession(test.database.db, userId, start);
    expect((await resolveSession(test.database.db, token, new Date(start.getTime() + minutes(14)))).status).toBe('active');
    const late = new Date(start.getTime() + minutes(14) + IDLE_TIMEOUT_MS + 1000);
    expect((await resolveSession(test.database.db, token, late)).status).toBe('expired');
    expect((await resolveSession(test.database.db, token, late)).status).toBe('none');
  });

  it('end after 12 hours however active they are', async () => {
    const start = new Date('2026-01-10T08:00:00Z');
    const token = await createSession(test.database.db, userId, start);
    for (let at = minutes(10); at < ABSOLUTE_TIMEOUT_MS; at += minutes(10)) {
      expect((await resolveSession(test.database.db, token, new Date(start.getTime() + at))).status).toBe('active');
    }
    expect((await resolveSession(test.database.db, token, new Date(start.getTime() + ABSOLUTE_TIMEOUT_MS + 1000))).status).toBe('expired');
  });

  it('all end at once when the user is disabled', async () => {
    const cookies = await signIn(test.app, 's.officer');
    expect((await test.app.inject({ url: '/', headers: { cookie: cookies } })).statusCode).toBe(200);
    await disableUser(test.database.db, 's.officer');
    const after = await test.app.inject({ url: '/', headers: { cookie: cookies } });
    expect(after.statusCode).toBe(303);
    expect(after.headers.location).toMatch(/^\/sign-in/);
  });

  it('tell the user their session has ended when they come back after it expired', async () => {
    await createTestUser(test, 's.back', [{ role: 'prison_officer', unitCode: 'PRISON_47' }]);
    const cookies = await signIn(test.app, 's.back');
    await test.database.pool.query(`UPDATE sessions SET last_seen_at = now() - interval '1 hour'`);
    const response = await test.app.inject({ url: '/reference', headers: { cookie: cookies } });
    expect(response.headers.location).toBe('/sign-in?returnTo=%2Freference&expired=1');
    const page = await test.app.inject({ url: response.headers.location as string });
    expect(page.body).toContain('Сессияңыз аяктады. Кайра кириңиз.');
  });
});

describe('session cookie in production', () => {
  it('is __Host- prefixed, Secure, HttpOnly and SameSite=Lax', async () => {
    const production = await createTestApp({ env: 'production' });
    try {
      await createTestUser(production, 'p.officer', [{ role: 'prison_officer', unitCode: 'PRISON_47' }]);
      const page = await production.app.inject({ url: '/sign-in' });
      const csrf = page.cookies.find((cookie) => cookie.name === '__Host-kadam_csrf');
      expect(csrf).toMatchObject({ secure: true, httpOnly: true, sameSite: 'Lax', path: '/' });
      const response = await production.app.inject({
        method: 'POST',
        url: '/sign-in',
        headers: { cookie: mergeCookies('', page), 'content-type': 'application/x-www-form-urlencoded' },
        payload: new URLSearchParams({ _csrf: csrfTokenOf(page.body), username: 'p.officer', password: TEST_PASSWORD }).toString(),
      });
      expect(response.statusCode).toBe(303);
      const session = response.cookies.find((cookie) => cookie.name === '__Host-kadam_session');
      expect(session).toMatchObject({ secure: true, httpOnly: true, sameSite: 'Lax', path: '/' });
    } finally {
      await production.close();
    }
  });
});
