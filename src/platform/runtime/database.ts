import type { Logger } from 'pino';
import type { AppConfig } from '../config/config.ts';
import { ensureDatabaseExists, redactDatabaseUrl } from '../db/database-url.ts';
import { type EmbeddedServer, startEmbeddedPostgres } from '../db/embedded.ts';
import { createDatabase, type DatabaseHandle } from '../db/pool.ts';

export const EMBEDDED_DATABASE_NAME = 'kadam';

export type OpenDatabase = DatabaseHandle & {
  /** Where the data lives, without secrets, for the start-up message. */
  description: string;
  embedded: EmbeddedServer | undefined;
  /** Closes the pool, then stops the embedded server if Kadam started one. */
  shutdown: () => Promise<void>;
};

/** DATABASE_URL if set; otherwise the embedded PostgreSQL with its data under DATA_DIR. */
export async function openDatabase(
  config: AppConfig,
  logger: Logger,
  onProgress: (message: string) => void = () => {},
): Promise<OpenDatabase> {
  let embedded: EmbeddedServer | undefined;
  let url = config.databaseUrl;
  let description: string;
  if (url) {
    description = redactDatabaseUrl(url);
  } else {
    embedded = await startEmbeddedPostgres({
      dataDir: config.dataDir,
      port: config.embeddedPgPort,
      onProgress,
      onLog: (line) => logger.debug({ postgres: line.trim() }, 'embedded postgres'),
    });
    await ensureDatabaseExists(embedded.connectionString(), EMBEDDED_DATABASE_NAME);
    url = embedded.connectionString(EMBEDDED_DATABASE_NAME);
    description = `embedded PostgreSQL, data in ${config.dataDir}`;
  }
  const handle = createDatabase({ connectionString: url, max: config.dbPoolMax, logger });
  return {
    ...handle,
    description,
    embedded,
    shutdown: async () => {
      await handle.close();
      await embedded?.stop();
    },
  };
}
