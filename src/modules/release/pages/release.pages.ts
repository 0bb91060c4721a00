import type { FastifyInstance } from 'fastify';
import type { PersonPageDeps } from '../../people/people.service.ts';
import { handoverRoutes } from './handover/handover.handler.tsx';
import { handoverListRoutes } from './handovers/handovers.handler.tsx';
import { releaseTabRoutes } from './release-tab/release-tab.handler.tsx';

/** Every page of the release module: the person's release tab, the handover package, the lists per office. */
export async function releaseRoutes(app: FastifyInstance, deps: PersonPageDeps) {
  await releaseTabRoutes(app, deps);
  await handoverRoutes(app, deps);
  await handoverListRoutes(app, deps);
}
