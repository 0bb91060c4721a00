import pg from 'pg';
import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import type { Logger } from 'pino';

export type Database = NodePgDatabase;
/** A transaction handle or the database itself: every repository method takes one. */
export type Executor = Pick<Database, 'select' | 'insert' | 'update' | 'delete' | 'execute'>;

export type DatabaseHandle = {
  pool: pg.Pool;
  db: Database;
  close: () => Promise<void>;
};

export function createDatabase(options: { connectionString: string; max: number; logger: Logger }): DatabaseHandle {
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.max,
    connectionTimeoutMillis: 3_000,
    idleTimeoutMillis: 30_000,
    application_name: 'kadam',
  });
  // Without this listener an idle client's error (e.g. the server restarting) would crash the process.
  pool.on('error', (error) => options.logger.warn({ err: { message: error.message } }, 'idle database client error'));
  let closed = false;
  return {
    pool,
    db: drizzle({ client: pool }),
    close: async () => {
      if (closed) return;
      closed = true;
      await pool.end();
    },
  };
}
