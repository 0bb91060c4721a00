import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres, type EmbeddedServer } from '../../src/platform/db/embedded.ts';
import { createDatabase } from '../../src/platform/db/pool.ts';
import { runMigrations } from '../../src/platform/db/migrate.ts';
import { createLogger } from '../../src/platform/logging/logger.ts';
import { loadReferenceData } from '../../src/modules/reference/reference.seeds.ts';
import { installShippedInstruments } from '../../src/modules/assessments/assessments.service.ts';
import { installProgrammeCatalogue } from '../../src/modules/programmes/programmes.service.ts';
import { installShippedManuals } from '../../src/modules/manual/manual.service.ts';
import { cliActor } from '../../src/platform/audit/audit.service.ts';

export const TEMPLATE_DATABASE = 'kadam_template';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A connection string to the test server's maintenance database (`postgres`). */
    adminDatabaseUrl: string;
  }
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** With a URL's database swapped, keeping credentials and host. */
export function withDatabaseName(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

/**
 * One PostgreSQL server per test run: TEST_DATABASE_URL if given, else an embedded one in a temporary folder.
 * Migrates a template database and loads reference data and Kadam's published instruments into it once; each
 * test file clones it.
 */
export default async function setup(project: TestProject) {
  let embedded: EmbeddedServer | undefined;
  let dataDir: string | undefined;
  let adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'kadam-test-'));
    embedded = await startEmbeddedPostgres({ dataDir, port: await freePort() });
    adminUrl = embedded.connectionString('postgres');
  }
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DATABASE} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${TEMPLATE_DATABASE}`);
  await admin.end();

  const template = createDatabase({
    connectionString: withDatabaseName(adminUrl, TEMPLATE_DATABASE),
    max: 2,
    logger: createLogger({ level: 'silent' }),
  });
  await runMigrations(template.db);
  await loadReferenceData(template.db);
  await installShippedInstruments(template.db, cliActor('serve'));
  await installProgrammeCatalogue(template.db, cliActor('serve'));
  await installShippedManuals(template.db, cliActor('serve'));
  // Installing audits each load and publication. Every test file starts from an empty audit trail all the
  // same (the chain tests count events from the first), so the template's setup events are cleared here.
  await template.pool.query(
    'ALTER TABLE audit_events DISABLE TRIGGER USER; TRUNCATE audit_events RESTART IDENTITY; ALTER TABLE audit_events ENABLE TRIGGER USER',
  );
  // A template with open connections cannot be cloned.
  await template.close();

  project.provide('adminDatabaseUrl', adminUrl);
  return async () => {
    await embedded?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  };
}
