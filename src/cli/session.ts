import { loadConfig, type AppConfig } from '../platform/config/config.ts';
import { createLogger } from '../platform/logging/logger.ts';
import { openDatabase, type OpenDatabase } from '../platform/runtime/database.ts';
import { progress } from './output.ts';

/** Opens the configured database for one command and always closes it (and the embedded server) after. */
export async function withDatabase<T>(work: (database: OpenDatabase, config: AppConfig) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const logger = createLogger({ level: config.logLevel === 'info' ? 'warn' : config.logLevel });
  const database = await openDatabase(config, logger, progress);
  try {
    return await work(database, config);
  } finally {
    await database.shutdown();
  }
}
