import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import { sql } from 'drizzle-orm';
import type { Registry } from 'prom-client';
import type { Database } from '../db/pool.ts';
import { RETRY_AFTER_SECONDS } from '../http/error-handler.tsx';
import type { BuildInfo } from './build-info.ts';

const DATABASE_CHECK_TIMEOUT_MS = 2_000;

async function checkDatabase(db: Database, log: FastifyBaseLogger): Promise<{ status: 'up' | 'down'; latencyMs: number }> {
  const started = performance.now();
  try {
    await Promise.race([
      db.execute(sql`select 1`),
      new Promise((_, reject) => setTimeout(() => reject(new Error('timed out')), DATABASE_CHECK_TIMEOUT_MS).unref()),
    ]);
    return { status: 'up', latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    // The reason goes to the log, not to the public endpoint: it can name hosts and ports.
    log.warn({ err: { message: (error as Error).message } }, 'health check: database unreachable');
    return { status: 'down', latencyMs: Math.round(performance.now() - started) };
  }
}

/** Operations endpoints: public, JSON (or Prometheus text), and free of personal data. */
export async function healthRoutes(app: FastifyInstance, deps: { db: Database; metrics: Registry; buildInfo: BuildInfo }) {
  const config = { public: true } as const;
  app.get('/ping', { config, logLevel: 'warn' }, async () => 'pong');

  app.get('/health', { config, logLevel: 'warn' }, async (request, reply) => {
    const database = await checkDatabase(deps.db, request.log);
    const healthy = database.status === 'up';
    if (!healthy) reply.header('Retry-After', String(RETRY_AFTER_SECONDS));
    return reply.status(healthy ? 200 : 503).send({
      status: healthy ? 'ok' : 'unavailable',
      components: { database, process: { status: 'up', uptimeSeconds: Math.round(process.uptime()) } },
    });
  });

  app.get('/info', { config }, async () => deps.buildInfo);

  app.get('/metrics', { config, logLevel: 'warn' }, async (_request, reply) =>
    reply.type(deps.metrics.contentType).send(await deps.metrics.metrics()),
  );
}
