import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { createDatabase, type DatabaseHandle } from '../../src/platform/db/pool.ts';
import { createLogger } from '../../src/platform/logging/logger.ts';
import { TEMPLATE_DATABASE, withDatabaseName } from './global-database.ts';

export type TestDatabase = DatabaseHandle & { url: string; name: string; drop: () => Promise<void> };

/** A fresh database cloned from the migrated template (with reference data), for one test file. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const adminUrl = inject('adminDatabaseUrl');
  const name = `t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DATABASE}`);
  await admin.end();
  const url = withDatabaseName(adminUrl, name);
  const handle = createDatabase({ connectionString: url, max: 5, logger: createLogger({ level: 'silent' }) });
  return {
    ...handle,
    url,
    name,
    drop: async () => {
      await handle.close();
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}
