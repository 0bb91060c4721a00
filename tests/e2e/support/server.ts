import type { AddressInfo } from 'node:net';
import { createTestApp, createTestUser, type TestApp } from '../../support/app.ts';

export type TestServer = { baseUrl: string; test: TestApp; close: () => Promise<void> };

/** The whole app on its own cloned database, listening on a free port of 127.0.0.1 for a real browser. */
export async function startServer(): Promise<TestServer> {
  const test = await createTestApp();
  await test.app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = test.app.server.address() as AddressInfo;
  return { baseUrl: `http://127.0.0.1:${port}`, test, close: () => test.close() };
}

/** A user with one role in one unit; signs in with TEST_PASSWORD. */
export function addUser(server: TestServer, username: string, role: string, unitCode: string) {
  return createTestUser(server.test, username, [{ role, unitCode }]);
}

export { TEST_PASSWORD } from '../../support/app.ts';
