import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, createTestUser, csrfTokenOf, mergeCookies, TEST_PASSWORD, type TestApp } from '../support/app.ts';

let test: TestApp;
beforeAll(async () => {
  test = await createTestApp();
  for (const username of ['th.officer', 'th.reset', 'th.victim', 'th.audited'])
    await createTestUser(test, username, [{ role: 'prison_officer', unitCode: 'PRISON_47' }]);
});
afterAll(() => test.close());

async function attempt(username: string, password: string, remoteAddress: string) {
  const page = await test.app.inject({ url: '/sign-in', remoteAddress });
  return test.app.inject({
    method: 'POST',
    url: '/sign-in',
    remoteAddress,
    headers: { cookie: mergeCookies('', page), 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams({ _csrf: csrfTokenOf(page.body), username, password }).toString(),
  });
}

/** A page with the per-request parts (CSRF token, typed username) taken out, to compare two answers. */
const comparable = (html: string, username: string) => html.replace(/value="[^"]*"/g, '').replaceAll(username, '');

describe('sign-in throttling', () => {
  it('blocks an account name after five failures with the same answer whether or not the account exists', async () => {
    for (let index = 0; index < 5; index += 1) {
      expect((await attempt('th.officer', 'wrong-password-1', `10.1.0.${index}`)).statusCode).toBe(400);
      expect((await attempt('th.nobody', 'wrong-password-1', `10.2.0.${index}`)).statusCode).toBe(400);
    }
    const existing = await attempt('th.officer', 'wrong-password-1', '10.1.0.99');
    const unknown = await attempt('th.nobody', 'wrong-password-1', '10.2.0.99');
    expect(existing.statusCode).toBe(429);
    expect(unknown.statusCode).toBe(429);
    expect(existing.body).toContain('Ийгиликсиз аракеттер өтө көп болду.');
    expect(comparable(existing.body, 'th.officer')).toBe(comparable(unknown.body, 'th.nobody'));
    // While blocked the password is not even checked: the right one is refused the same way.
    const right = await attempt('th.officer', TEST_PASSWORD, '10.1.0.100');
    expect(right.statusCode).toBe(429);
    expect(right.cookies.find((cookie) => cookie.name === 'kadam_session')).toBeUndefined();
  });

  it('lets the account in again once the block has run out', async () => {
    await test.database.pool.query(
      `UPDATE sign_in_throttle SET blocked_until = now() - interval '1 second' WHERE key = 'account:th.officer'`,
    );
    expect((await attempt('th.officer', TEST_PASSWORD, '10.1.0.101')).statusCode).toBe(303);
  });

  it('blocks an address after twenty failures, for every account, while other addresses still get in', async () => {
    for (let index = 0; index < 20; index += 1) {
      expect((await attempt(`th.guess${index}`, 'wrong-password-1', '10.3.0.1')).statusCode).toBe(400);
    }
    expect((await attempt('th.victim', TEST_PASSWORD, '10.3.0.1')).statusCode).toBe(429);
    expect((await attempt('th.victim', TEST_PASSWORD, '10.3.0.2')).statusCode).toBe(303);
  });

  it('starts the account count again after a successful sign-in', async () => {
    for (let index = 0; index < 4; index += 1) await attempt('th.reset', 'wrong-password-1', `10.4.0.${index}`);
    expect((await attempt('th.reset', TEST_PASSWORD, '10.4.1.0')).statusCode).toBe(303);
    for (let index = 0; index < 4; index += 1) await attempt('th.reset', 'wrong-password-1', `10.4.2.${index}`);
    expect((await attempt('th.reset', TEST_PASSWORD, '10.4.3.0')).statusCode).toBe(303);
  });

  it('audits success, failure and throttled attempts, with the attempted name for an unknown account', async () => {
    await attempt('th.audited', TEST_PASSWORD, '10.5.0.1');
    await attempt('th.audited', 'wrong-password-1', '10.5.0.1');
    const { rows } = await test.database.pool.query<{
      outcome: string;
      reason: string | null;
      user_id: string | null;
      username: string | null;
    }>(
      `SELECT outcome, reason, user_id, username FROM audit_events
        WHERE action = 'auth.sign_in' AND (username = 'th.audited' OR resource_id = (SELECT id::text FROM users WHERE username = 'th.audited'))
        ORDER BY seq`,
    );
    expect(rows.map((row) => [row.outcome, row.reason])).toEqual([
      ['success', null],
      ['failure', 'wrong_password'],
    ]);
    expect(rows[0]!.user_id).not.toBeNull();
    const unknown = await test.database.pool.query<{ outcome: string; reason: string; user_id: string | null; source_address: string }>(
      `SELECT outcome, reason, user_id, source_address FROM audit_events WHERE action = 'auth.sign_in' AND details->>'username' = 'th.nobody' ORDER BY seq`,
    );
    expect(unknown.rows[0]).toEqual({ outcome: 'failure', reason: 'unknown_account', user_id: null, source_address: '10.2.0.0' });
    expect(unknown.rows.at(-1)).toMatchObject({ outcome: 'denied', reason: 'throttled' });
  });
});
