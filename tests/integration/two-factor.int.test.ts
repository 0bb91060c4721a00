import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { totpCode } from '../../src/platform/auth/totp.ts';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET, loadDemoData } from '../../src/modules/demo/demo.service.ts';
import { createTestApp, createTestUser, csrfTokenOf, mergeCookies, TEST_PASSWORD, TEST_TOTP_SECRET, type TestApp } from '../support/app.ts';

let test: TestApp;
beforeAll(async () => {
  test = await createTestApp();
  await createTestUser(test, 'tf.officer', [{ role: 'prison_officer', unitCode: 'PRISON_47' }]);
  await createTestUser(test, 'tf.manager', [{ role: 'facility_manager', unitCode: 'PRISON_47' }], { totp: false });
});
afterAll(() => test.close());

const form = { 'content-type': 'application/x-www-form-urlencoded' };
const sessionToken = (cookies: string) => /kadam_session=([^;]+)/.exec(cookies)?.[1];

/** Opens a page, then posts its form with the page's CSRF token. */
async function submit(url: string, cookies: string, fields: Record<string, string>) {
  const page = await test.app.inject({ url, headers: { cookie: cookies } });
  const withCsrf = mergeCookies(cookies, page);
  const response = await test.app.inject({
    method: 'POST',
    url,
    headers: { ...form, cookie: withCsrf },
    payload: new URLSearchParams({ _csrf: csrfTokenOf(page.body), ...fields }).toString(),
  });
  return { response, cookies: mergeCookies(withCsrf, response) };
}

/** The first sign-in step only: the password. */
async function password(username: string, secret = TEST_PASSWORD) {
  const { response, cookies } = await submit('/sign-in', '', { username, password: secret });
  expect(response.statusCode).toBe(303);
  return { location: String(response.headers.location), cookies };
}

async function totpSecretOf(username: string): Promise<string> {
  const { rows } = await test.database.pool.query<{ totp_secret: string }>('SELECT totp_secret FROM users WHERE username = $1', [username]);
  return rows[0]!.totp_secret;
}

const inSteps = (steps: number) => new Date(Date.now() + steps * 30_000);
let officerSecret: string;
let officerRecoveryCodes: string[];
let usedCode: string;

describe('two-factor enrolment', () => {
  it('shows a QR code and the text secret, refuses a wrong code in Kyrgyz, and turns TOTP on with the right one', async () => {
    const { cookies } = await password('tf.officer');
    const page = await test.app.inject({ url: '/account/two-factor', headers: { cookie: cookies } });
    expect(page.statusCode).toBe(200);
    expect(page.body).toMatch(/<img src="data:image\/svg\+xml;base64,[A-Za-z0-9+/=]+"/);
    officerSecret = await totpSecretOf('tf.officer');
    expect(page.body).toContain(officerSecret.slice(0, 4));

    const wrong = await submit('/account/two-factor', cookies, { code: '000000' === totpCode(officerSecret) ? '111111' : '000000' });
    expect(wrong.response.statusCode).toBe(400);
    expect(wrong.response.body).toContain('Код туура эмес. Тиркеме азыр көрсөтүп турган 6 санды киргизиңиз.');

    const right = await submit('/account/two-factor', cookies, { code: totpCode(officerSecret) });
    expect(right.response.statusCode).toBe(200);
    officerRecoveryCodes = [...right.response.body.matchAll(/<code>([a-z2-7]{5}-[a-z2-7]{5})<\/code>/g)].map((match) => match[1]!);
    expect(officerRecoveryCodes).toHaveLength(10);

    const stored = await test.database.pool.query<{ code_hash: string }>(
      `SELECT code_hash FROM recovery_codes JOIN users ON users.id = recovery_codes.user_id WHERE username = 'tf.officer'`,
    );
    expect(stored.rows).toHaveLength(10);
    expect(stored.rows.map((row) => row.code_hash)).not.toContain(officerRecoveryCodes[0]);
    const audit = await test.database.pool.query(
      `SELECT outcome FROM audit_events WHERE action = 'auth.two_factor.enrol' AND username = 'tf.officer'`,
    );
    expect(audit.rows.map((row: { outcome: string }) => row.outcome).sort()).toEqual(['failure', 'success']);

    const again = await test.app.inject({ url: '/account/two-factor', headers: { cookie: cookies } });
    expect(again.body).toContain('Сиздин эсебиңиз үчүн эки факторлуу кирүү күйгүзүлгөн.');
    expect(again.body).not.toContain('data:image/svg+xml');
  });
});

describe('two-step sign-in', () => {
  it('asks for a code after the password and lets the user in with it, under a new session token', async () => {
    const { location, cookies } = await password('tf.officer');
    expect(location).toBe('/sign-in/two-factor');
    // The enrolment used this step's code: the next step's code is still inside the window.
    usedCode = totpCode(officerSecret, inSteps(1));
    const { response, cookies: complete } = await submit('/sign-in/two-factor', cookies, { code: usedCode });
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe('/');
    expect(sessionToken(complete)).not.toBe(sessionToken(cookies));
    expect((await test.app.inject({ url: '/', headers: { cookie: complete } })).statusCode).toBe(200);
    expect((await test.app.inject({ url: '/', headers: { cookie: cookies } })).headers.location).toMatch(/^\/sign-in/);
  });

  it('refuses a code that was already used, and an older one, with status 400 and a clear message', async () => {
    const { cookies } = await password('tf.officer');
    for (const code of [usedCode, totpCode(officerSecret, inSteps(-1))]) {
      const { response } = await submit('/sign-in/two-factor', cookies, { code });
      expect(response.statusCode).toBe(400);
      expect(response.body).toContain('Код туура эмес же мурда колдонулган.');
    }
    const audit = await test.database.pool.query(
      `SELECT reason FROM audit_events WHERE action = 'auth.two_factor.verify' AND outcome = 'failure' AND username = 'tf.officer'`,
    );
    expect(audit.rows).toContainEqual({ reason: 'replayed' });
    expect((await test.app.inject({ url: '/', headers: { cookie: cookies } })).headers.location).toBe('/sign-in/two-factor');
  });

  it('accepts a recovery code once and refuses it afterwards', async () => {
    const code = officerRecoveryCodes[3]!;
    const first = await password('tf.officer');
    const used = await submit('/sign-in/two-factor', first.cookies, { code: code.toUpperCase() });
    expect(used.response.statusCode).toBe(303);
    const second = await password('tf.officer');
    const reused = await submit('/sign-in/two-factor', second.cookies, { code });
    expect(reused.response.statusCode).toBe(400);
    const { rows } = await test.database.pool.query(`SELECT count(*)::int AS used FROM recovery_codes WHERE used_at IS NOT NULL`);
    expect(rows[0]).toEqual({ used: 1 });
  });

  it('lets a password-stage session reach no other page and refuses it on the API with 401', async () => {
    const { cookies } = await password('tf.officer');
    for (const url of ['/', '/reference', '/account/password', '/account/two-factor']) {
      const response = await test.app.inject({ url, headers: { cookie: cookies } });
      expect(response.statusCode).toBe(303);
      expect(response.headers.location).toBe('/sign-in/two-factor');
    }
    const api = await test.app.inject({ url: '/api/v1/reference/org-units', headers: { cookie: cookies } });
    expect(api.statusCode).toBe(401);
    // Signing out stays open to it, through the button on the second-step page.
    const page = await test.app.inject({ url: '/sign-in/two-factor', headers: { cookie: cookies } });
    expect(page.body).toContain('action="/sign-out"');
    const signOut = await test.app.inject({
      method: 'POST',
      url: '/sign-out',
      headers: { ...form, cookie: mergeCookies(cookies, page) },
      payload: new URLSearchParams({ _csrf: csrfTokenOf(page.body) }).toString(),
    });
    expect(signOut.headers.location).toBe('/sign-in?signedOut=1');
    expect((await test.app.inject({ url: '/sign-in/two-factor', headers: { cookie: cookies } })).headers.location).toMatch(/^\/sign-in\?/);
  });
});

describe('guessing codes', () => {
  it('pauses the second step after five wrong codes, refusing even the right one with 429', async () => {
    await createTestUser(test, 'tf.guessed', [{ role: 'prison_officer', unitCode: 'PRISON_47' }], { totp: true });
    const { cookies } = await password('tf.guessed');
    const right = totpCode(TEST_TOTP_SECRET);
    const wrong = right === '123456' ? '654321' : '123456';
    for (let index = 0; index < 5; index += 1)
      expect((await submit('/sign-in/two-factor', cookies, { code: wrong })).response.statusCode).toBe(400);
    const blocked = await submit('/sign-in/two-factor', cookies, { code: right });
    expect(blocked.response.statusCode).toBe(429);
    expect(blocked.response.body).toContain('Ийгиликсиз аракеттер өтө көп болду.');
  });
});

describe('two-factor required by role', () => {
  it('sends an unenrolled facility manager to enrolment and nowhere else until it is done', async () => {
    const { location, cookies } = await password('tf.manager');
    expect(location).toBe('/account/two-factor');
    for (const url of ['/', '/reference', '/sign-in/two-factor']) {
      expect((await test.app.inject({ url, headers: { cookie: cookies } })).headers.location).toBe('/account/two-factor');
    }
    expect((await test.app.inject({ url: '/api/v1/reference/org-units', headers: { cookie: cookies } })).statusCode).toBe(401);
    const page = await test.app.inject({ url: '/account/two-factor', headers: { cookie: cookies } });
    expect(page.body).toContain('Сиздин ролуңуз үчүн экинчи фактор милдеттүү.');

    const enrolled = await submit('/account/two-factor', cookies, { code: totpCode(await totpSecretOf('tf.manager')) });
    expect(enrolled.response.statusCode).toBe(200);
    expect(sessionToken(enrolled.cookies)).not.toBe(sessionToken(cookies));
    expect((await test.app.inject({ url: '/reference', headers: { cookie: enrolled.cookies } })).statusCode).toBe(200);

    const next = await password('tf.manager');
    expect(next.location).toBe('/sign-in/two-factor');
  });
});

describe('demo accounts', () => {
  it('enrol the administrator with the documented demo secret, and leave the prison officer without a second step', async () => {
    await loadDemoData(test.database.db);
    const admin = await password('admin', DEMO_PASSWORD);
    expect(admin.location).toBe('/sign-in/two-factor');
    const { response } = await submit('/sign-in/two-factor', admin.cookies, { code: totpCode(DEMO_TOTP_SECRET) });
    expect(response.statusCode).toBe(303);
    expect((await password('officer', DEMO_PASSWORD)).location).toBe('/');
  });
});
