import type { Logger } from 'pino';
import type { AppConfig } from './platform/config/config.ts';
import type { Database } from './platform/db/pool.ts';
import type { BuildInfo } from './platform/health/build-info.ts';
import { readBuildInfo } from './platform/health/build-info.ts';
import type { MessageTable } from './platform/i18n/translator.ts';
import { messages } from './messages.ts';

/** The composition root: plain values and factories, wired by hand. Tests build the same with their own database. */
export type AppDependencies = {
  config: AppConfig;
  db: Database;
  logger: Logger;
  messages: MessageTable;
  buildInfo: BuildInfo;
};

export function createDependencies(input: { config: AppConfig; db: Database; logger: Logger }): AppDependencies {
  return { ...input, messages, buildInfo: readBuildInfo(input.config.commitSha) };
}
