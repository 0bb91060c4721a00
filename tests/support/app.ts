import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { createApp } from '../../src/app.ts';
import { createDependencies } from '../../src/dependencies.ts';
import { type AppConfig, loadConfig } from '../../src/platform/config/config.ts';
import { createLogger } from '../../src/platform/logging/logger.ts';
import { createUser } from '../../src/platform/auth/users.service.ts';
import { createTestDatabase, type TestDatabase } from './database.ts';

export type TestApp = { app: FastifyInstance; database: TestDatabase; config: AppConfig; close: () => Promise<void> };

/** An app on its own cloned database; `configure` may add test-only routes before the app is ready. */
export async function createTestApp(overrides: Partial<AppConfig> = {}, configure?: (app: FastifyInstance) => void): Promise<TestApp> {
  const database = await createTestDatabase();
  const config = { ...loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' }), ...overrides };
  const app = await createApp(createDependencies({ config, db: database.db, logger: createLogger({ level: 'silent' }) }));
  configure?.(app);
  await app.ready();
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

export async function createTestUser(test: TestApp, username: string, roles: { role: string; unitCode: string }[]) {
  return createUser(test.database.db, {
    username,
    displayName: `Test ${username}`,
    password: TEST_PASSWORD,
    roles,
    mustChangePassword: false,
  });
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

/** Signs in through the real form and returns the cookie header a browser would then send. */
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
  return cookies;
}

/** A page's CSRF token and cookies for a signed-in user, ready for a form POST. */
export async function formSession(app: FastifyInstance, cookies: string, url = '/') {
  const page = await app.inject({ method: 'GET', url, headers: { cookie: cookies } });
  return { cookies: mergeCookies(cookies, page), csrf: csrfTokenOf(page.body), page };
}
