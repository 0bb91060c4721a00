import type { FastifyInstance } from 'fastify';
import { publishRoutes } from './publish/publish.handler.tsx';
import { readerRoutes, type ManualPageDeps } from './reader/reader.handler.tsx';
import { manualReportRoutes } from './report/report.handler.tsx';

/** The staff manual library: reading, searching and acknowledging; publishing a version; the not-read report. */
export async function manualRoutes(app: FastifyInstance, deps: ManualPageDeps) {
  await app.register(readerRoutes, deps);
  await app.register(publishRoutes, deps);
  await app.register(manualReportRoutes, deps);
}
