import { existsSync } from 'node:fs';
import { chown, mkdtemp, rm } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../support/global-database.ts';
import { createTestDatabase, type TestDatabase } from '../support/database.ts';
import { runKadam, startKadam } from '../support/process.ts';

let dataDir: string;
beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'kadam-start-'));
});
afterAll(() => rm(dataDir, { recursive: true, force: true }));

describe('kadam serve with the embedded PostgreSQL', { timeout: 120_000 }, () => {
  it('creates the cluster, loads demo data, prints the accounts, serves the Kyrgyz sign-in page and stops cleanly', async () => {
    const port = await freePort();
    const server = await startKadam({ DATA_DIR: dataDir, PORT: String(port), EMBEDDED_PG_PORT: String(await freePort()) });
    expect(server.output()).toContain('Creating a PostgreSQL cluster');
    expect(server.output()).toContain('Loading the fictional demo dataset');
    expect(server.output()).toMatch(/Demo accounts .*password for all: \S+/);
    expect(server.output()).toContain('officer');
    const page = await fetch(`http://127.0.0.1:${port}/sign-in`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<html lang="ky"');
    expect(await server.stop('SIGTERM')).toBe(0);
    // PostgreSQL removes its lock file only when it has shut down.
    expect(existsSync(path.join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);
  });

  it('reuses the data on a second start: no new cluster, no demo data loaded again', async () => {
    const port = await freePort();
    const server = await startKadam({ DATA_DIR: dataDir, PORT: String(port), EMBEDDED_PG_PORT: String(await freePort()) });
    expect(server.output()).not.toContain('Creating a PostgreSQL cluster');
    expect(server.output()).not.toContain('Loading the fictional demo dataset');
    expect((await fetch(`http://127.0.0.1:${port}/health`)).status).toBe(200);
    expect(await server.stop('SIGINT')).toBe(0);
    expect(existsSync(path.join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);
  });
});

describe('kadam serve with DATABASE_URL', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.drop());

  it('uses that server and starts no embedded PostgreSQL', async () => {
    const port = await freePort();
    const server = await startKadam({ DATABASE_URL: database.url, PORT: String(port), DEMO_DATA: 'false' });
    expect(server.output()).not.toContain('embedded PostgreSQL');
    expect(server.output()).toContain('***@127.0.0.1');
    expect((await fetch(`http://127.0.0.1:${port}/health`)).status).toBe(200);
    expect(await server.stop()).toBe(0);
  });

  it('refuses to start in production with the default secret', async () => {
    const result = await runKadam(['serve'], { DATABASE_URL: database.url, NODE_ENV: 'production' });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('default SESSION_SECRET');
  });
});

describe('kadam serve as a normal (non-root) user', () => {
  it('starts the embedded PostgreSQL directly and serves', { timeout: 120_000 }, async () => {
    // As root, run the child as the unprivileged `postgres` account; as a normal user, this is already the case.
    const asRoot = process.getuid?.() === 0;
    const unprivileged = asRoot ? Number(execFileSync('id', ['-u', 'postgres']).toString().trim()) : process.getuid!();
    const dir = await mkdtemp(path.join(os.tmpdir(), 'kadam-user-'));
    if (asRoot) await chown(dir, unprivileged, unprivileged);
    try {
      const port = await freePort();
      const server = await startKadam(
        { DATA_DIR: dir, PORT: String(port), EMBEDDED_PG_PORT: String(await freePort()), DEMO_DATA: 'false', HOME: dir },
        60_000,
        { uid: unprivileged, gid: unprivileged },
      );
      expect((await fetch(`http://127.0.0.1:${port}/health`)).status).toBe(200);
      expect(await server.stop()).toBe(0);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
