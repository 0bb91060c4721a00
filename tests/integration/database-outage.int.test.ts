import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { createApp } from '../../src/app.ts';
import { createDependencies } from '../../src/dependencies.ts';
import { loadConfig } from '../../src/platform/config/config.ts';
import { startEmbeddedPostgres, type EmbeddedServer } from '../../src/platform/db/embedded.ts';
import { createDatabase, type DatabaseHandle } from '../../src/platform/db/pool.ts';
import { runMigrations } from '../../src/platform/db/migrate.ts';
import { createLogger } from '../../src/platform/logging/logger.ts';
import { createUser } from '../../src/platform/auth/users.service.ts';
import { loadReferenceData } from '../../src/modules/reference/reference.seeds.ts';
import { freePort } from '../support/global-database.ts';
import { signIn, TEST_PASSWORD } from '../support/app.ts';

// This file stops and restarts a PostgreSQL server, so it has one of its own rather than the shared one.
let server: EmbeddedServer;
let database: DatabaseHandle;
let app: FastifyInstance;
let dataDir: string;
let cookies: string;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'kadam-outage-'));
  server = await startEmbeddedPostgres({ dataDir, port: await freePort() });
  const logger = createLogger({ level: 'silent' });
  database = createDatabase({ connectionString: server.connectionString(), max: 4, logger });
  await runMigrations(database.db);
  await loadReferenceData(database.db);
  await createUser(database.db, {
    username: 'outage.officer',
    displayName: 'Officer',
    password: TEST_PASSWORD,
    roles: [{ role: 'prison_officer', unitCode: 'PRISON_47' }],
    mustChangePassword: false,
  });
  app = await createApp(createDependencies({ config: loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' }), db: database.db, logger }));
  cookies = await signIn(app, 'outage.officer');
});

afterAll(async () => {
  await app.close();
  await database.close();
  await server.stop();
  await rm(dataDir, { recursive: true, force: true });
});

describe('when the database stops while the server runs', () => {
  it('serves pages before the outage', async () => {
    expect((await app.inject({ url: '/reference', headers: { cookie: cookies } })).statusCode).toBe(200);
  });

  it('answers 503 with Retry-After in the user language, stays up, and recovers once the database is back', async () => {
    await server.stop();

    const page = await app.inject({ url: '/reference', headers: { cookie: cookies, accept: 'text/html' } });
    expect(page.statusCode).toBe(503);
    expect(page.headers['retry-after']).toBe('30');
    expect(page.body).toContain('Кечиресиз, кызмат азыр иштебей турат');

    const api = await app.inject({ url: '/api/v1/reference/org-units', headers: { cookie: cookies } });
    expect(api.statusCode).toBe(503);
    expect(api.json()).toMatchObject({ error: { code: 'service_unavailable' } });

    const health = await app.inject({ url: '/health' });
    expect(health.statusCode).toBe(503);
    expect(health.json()).toMatchObject({ status: 'unavailable', components: { database: { status: 'down' } } });

    // The process is still answering what needs no database.
    expect((await app.inject({ url: '/ping' })).statusCode).toBe(200);

    await server.start();

    expect((await app.inject({ url: '/health' })).statusCode).toBe(200);
    expect((await app.inject({ url: '/reference', headers: { cookie: cookies } })).statusCode).toBe(200);
  });
});
