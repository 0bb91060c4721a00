import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { createApp } from '../../src/app.ts';
import { createDependencies } from '../../src/dependencies.ts';
import { type AppConfig, loadConfig } from '../../src/platform/config/config.ts';
import { createLogger } from '../../src/platform/logging/logger.ts';
import { createUser } from '../../src/platform/auth/users.service.ts';
import { isRole, TWO_FACTOR_REQUIRED_ROLES } from '../../src/platform/auth/roles.ts';
import { totpCode } from '../../src/platform/auth/totp.ts';
import { SECOND_STEP_PAGE } from '../../src/platform/auth/pages/two-factor/two-factor.paths.ts';
import { createTestDatabase, type TestDatabase } from './database.ts';

/** Lets `signIn`, which is given only the app, reach its database (see `freshTotpCode`). */
const databases = new WeakMap<FastifyInstance, TestDatabase>();

export type TestApp = { app: FastifyInstance; database: TestDatabase; config: AppConfig; close: () => Promise<void> };

/** An app on its own cloned database; `configure` may add test-only routes before the app is ready. */
export async function createTestApp(
  overrides: Partial<AppConfig> = {},
  configure?: (app: FastifyInstance, database: TestDatabase) => void,
): Promise<TestApp> {
  const database = await createTestDatabase();
  // Load shedding has its own test (load-shedding.int.test.ts); everywhere else a slow shared machine must make
  // tests slower, not make the app refuse them, so the event-loop limit is set out of reach unless a test asks.
  const config = { ...loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', EVENT_LOOP_DELAY_LIMIT_MS: '60000' }), ...overrides };
  const app = await createApp(createDependencies({ config, db: database.db, logger: createLogger({ level: 'silent' }) }));
  configure?.(app, database);
  await app.ready();
  databases.set(app, database);
  return {
    app,
    database,
    config,
    close: async () => {
      await app.close();
      await database.drop();
    },
  };
}

export const TEST_PASSWORD = 'correct-horse-battery-staple';

/** The authenticator secret every test user who has one is enrolled with (base32, 160 bits). */
export const TEST_TOTP_SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

/**
 * A user with the test password. Users holding a role that requires two-factor sign-in are enrolled with
 * TEST_TOTP_SECRET (so `signIn` can complete the second step), unless `totp: false` leaves them to enrol.
 */
export async function createTestUser(
  test: TestApp,
  username: string,
  roles: { role: string; unitCode: string }[],
  options: { totp?: boolean } = {},
) {
  const created = await createUser(test.database.db, {
    username,
    displayName: `Test ${username}`,
    password: TEST_PASSWORD,
    roles,
    mustChangePassword: false,
  });
  const required = roles.some(({ role }) => isRole(role) && TWO_FACTOR_REQUIRED_ROLES.has(role));
  if (options.totp ?? required) {
    await test.database.pool.query('UPDATE users SET totp_secret = $1, totp_enabled_at = now() WHERE id = $2', [
      TEST_TOTP_SECRET,
      created.id,
    ]);
  }
  return created;
}

/**
 * The current code for TEST_TOTP_SECRET. A code's time step can be used once, and tests sign in many times
 * within 30 seconds, so the user's last accepted step is cleared first; the replay rule has its own test.
 */
export async function freshTotpCode(app: FastifyInstance, username: string): Promise<string> {
  const database = databases.get(app);
  if (!database) throw new Error('not an app made by createTestApp');
  await database.pool.query('UPDATE users SET totp_last_step = NULL WHERE lower(username) = lower($1)', [username]);
  return totpCode(TEST_TOTP_SECRET);
}

/** Cookies from a response, as a `cookie` header value, merged over earlier ones. */
export function mergeCookies(previous: string, response: LightMyRequestResponse): string {
  const jar = new Map(
    previous
      .split('; ')
      .filter(Boolean)
      .map((pair) => [pair.split('=')[0]!, pair] as const),
  );
  for (const cookie of response.cookies) {
    if (cookie.value === '' || (cookie.expires && new Date(cookie.expires) < new Date())) jar.delete(cookie.name);
    else jar.set(cookie.name, `${cookie.name}=${cookie.value}`);
  }
  return [...jar.values()].join('; ');
}

/** The hidden CSRF token of the first form on a page. */
export function csrfTokenOf(html: string): string {
  const match = /name="_csrf" value="([^"]+)"/.exec(html);
  if (!match?.[1]) throw new Error('no CSRF token on the page');
  return match[1];
}

/**
 * Signs in through the real form (and the second step, for a user enrolled with TEST_TOTP_SECRET) and returns
 * the cookie header a browser would then send. A user who must still enrol gets the password-stage session.
 */
export async function signIn(app: FastifyInstance, username: string, password = TEST_PASSWORD): Promise<string> {
  const page = await app.inject({ method: 'GET', url: '/sign-in' });
  let cookies = mergeCookies('', page);
  const response = await app.inject({
    method: 'POST',
    url: '/sign-in',
    headers: { cookie: cookies, 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams({ _csrf: csrfTokenOf(page.body), username, password, returnTo: '/' }).toString(),
  });
  if (response.statusCode !== 303) throw new Error(`sign-in failed with ${response.statusCode}`);
  cookies = mergeCookies(cookies, response);
  if (String(response.headers.location).startsWith(SECOND_STEP_PAGE)) cookies = await completeSecondStep(app, cookies, username);
  return cookies;
}

/** The second sign-in step with the current code of TEST_TOTP_SECRET; returns the complete session's cookies. */
export async function completeSecondStep(app: FastifyInstance, cookies: string, username: string): Promise<string> {
  const page = await app.inject({ url: SECOND_STEP_PAGE, headers: { cookie: cookies } });
  const withCsrf = mergeCookies(cookies, page);
  const response = await app.inject({
    method: 'POST',
    url: SECOND_STEP_PAGE,
    headers: { cookie: withCsrf, 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams({ _csrf: csrfTokenOf(page.body), code: await freshTotpCode(app, username), returnTo: '/' }).toString(),
  });
  if (response.statusCode !== 303) throw new Error(`second sign-in step failed with ${response.statusCode}`);
  return mergeCookies(withCsrf, response);
}

/** A page's CSRF token and cookies for a signed-in user, ready for a form POST. */
export async function formSession(app: FastifyInstance, cookies: string, url = '/') {
  const page = await app.inject({ method: 'GET', url, headers: { cookie: cookies } });
  return { cookies: mergeCookies(cookies, page), csrf: csrfTokenOf(page.body), page };
}
