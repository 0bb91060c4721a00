import path from 'node:path';
import { z } from 'zod';

/**
 * Every environment variable Kadam reads is declared here, and only here. The README's configuration table
 * lists the same names; `config.test.ts` checks the two stay in step.
 */
const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

export const DEV_SESSION_SECRET = 'kadam-development-secret-change-me-0000000000';

const environmentSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  DATABASE_URL: z.string().url().optional(),
  DATA_DIR: z.string().min(1).default('./data'),
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1024).max(65535).default(54329),
  DB_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
  SESSION_SECRET: z.string().min(32).default(DEV_SESSION_SECRET),
  DEMO_DATA: booleanFlag.optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  BODY_LIMIT: z.coerce.number().int().min(1024).default(1_048_576),
  TRUST_PROXY: booleanFlag.default(false),
  COMMIT_SHA: z.string().optional(),
  AUDIT_SEAL_INTERVAL_MS: z.coerce.number().int().min(100).max(3_600_000).default(5000),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(10).max(1_000_000).default(600),
  EVENT_LOOP_DELAY_LIMIT_MS: z.coerce.number().int().min(1).max(60_000).default(2_000),
  HANDOVER_DAYS_BEFORE_RELEASE: z.coerce.number().int().min(1).max(180).default(30),
  CONCERN_TRIAGE_WORKING_DAYS: z.coerce.number().int().min(1).max(10).default(1),
  SEPARATION_LIMIT_DAYS: z.coerce.number().int().min(1).max(15).default(15),
  SEPARATION_WARN_DAYS: z.coerce.number().int().min(0).max(14).default(3),
  SEPARATION_BREAK_DAYS: z.coerce.number().int().min(1).max(30).default(2),
});

export type AppConfig = {
  env: 'development' | 'production' | 'test';
  host: string;
  port: number;
  databaseUrl: string | undefined;
  dataDir: string;
  embeddedPgPort: number;
  dbPoolMax: number;
  sessionSecret: string;
  loadDemoData: boolean;
  logLevel: z.infer<typeof environmentSchema>['LOG_LEVEL'];
  bodyLimit: number;
  trustProxy: boolean;
  commitSha: string | undefined;
  /** How often the server seals new audit events into the hash chain. */
  auditSealIntervalMs: number;
  /** Requests one client address may make per minute (assets and health checks apart). */
  rateLimitPerMinute: number;
  /** Above this event-loop lag the server sheds load: new requests answer 503 until it recovers. */
  eventLoopDelayLimitMs: number;
  /** How many days before the release date the handover to probation must be sent. */
  handoverDaysBeforeRelease: number;
  /** Working days the security or psychology lead has to triage a concern report. */
  concernTriageWorkingDays: number;
  /** Consecutive days in separation allowed before an approved extension is needed (Mandela Rule 44: at most 15). */
  separationLimitDays: number;
  /** How many days before that limit the worklist warns. */
  separationWarnDays: number;
  /** A gap out of separation shorter than this many days does not end the run of consecutive days. */
  separationBreakDays: number;
};

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** The names the configuration reads, for the README check. */
export const CONFIG_VARIABLES = Object.keys(environmentSchema.shape);

export function loadConfig(environment: NodeJS.ProcessEnv = process.env): AppConfig {
  // Empty strings mean "not set": .env files and CI often export empty variables.
  const present = Object.fromEntries(Object.entries(environment).filter(([, value]) => value !== ''));
  const parsed = environmentSchema.safeParse(present);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  }
  const values = parsed.data;
  const production = values.NODE_ENV === 'production';
  if (production && values.SESSION_SECRET === DEV_SESSION_SECRET) {
    throw new ConfigError(
      'Refusing to start in production with the default SESSION_SECRET: set SESSION_SECRET to a random value of at least 32 characters.',
    );
  }
  if (production && values.DEMO_DATA === true) {
    throw new ConfigError('Refusing to load demo data in production: unset DEMO_DATA.');
  }
  return {
    env: values.NODE_ENV,
    host: values.HOST,
    port: values.PORT,
    databaseUrl: values.DATABASE_URL,
    dataDir: path.resolve(values.DATA_DIR),
    embeddedPgPort: values.EMBEDDED_PG_PORT,
    dbPoolMax: values.DB_POOL_MAX,
    sessionSecret: values.SESSION_SECRET,
    loadDemoData: values.DEMO_DATA ?? !production,
    logLevel: values.LOG_LEVEL,
    bodyLimit: values.BODY_LIMIT,
    trustProxy: values.TRUST_PROXY,
    commitSha: values.COMMIT_SHA,
    auditSealIntervalMs: values.AUDIT_SEAL_INTERVAL_MS,
    rateLimitPerMinute: values.RATE_LIMIT_PER_MINUTE,
    eventLoopDelayLimitMs: values.EVENT_LOOP_DELAY_LIMIT_MS,
    handoverDaysBeforeRelease: values.HANDOVER_DAYS_BEFORE_RELEASE,
    concernTriageWorkingDays: values.CONCERN_TRIAGE_WORKING_DAYS,
    separationLimitDays: values.SEPARATION_LIMIT_DAYS,
    separationWarnDays: values.SEPARATION_WARN_DAYS,
    separationBreakDays: values.SEPARATION_BREAK_DAYS,
  };
}
