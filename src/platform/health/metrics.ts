import type { FastifyInstance } from 'fastify';
import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';

/** One registry per app instance, so tests that build several apps in one process do not collide. */
export function registerMetrics(app: FastifyInstance): Registry {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'kadam_' });
  const duration = new Histogram({
    name: 'kadam_http_request_duration_seconds',
    help: 'Time to answer an HTTP request, by route pattern (never by URL, which can hold identifiers).',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  const outages = new Counter({
    name: 'kadam_http_unavailable_total',
    help: 'Requests answered 503: database unreachable, overload or shutting down.',
    registers: [registry],
  });
  app.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? 'unmatched';
    duration.observe({ method: request.method, route, status: String(reply.statusCode) }, reply.elapsedTime / 1000);
    if (reply.statusCode === 503) outages.inc();
  });
  return registry;
}
