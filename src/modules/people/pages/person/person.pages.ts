import type { FastifyInstance } from 'fastify';
import { personAlertRoutes } from '../alerts/alerts.handler.tsx';
import { personTabRoutes } from '../tabs/tabs.handler.tsx';
import { personTimelineRoutes } from '../timeline/timeline.handler.tsx';
import { personOverviewRoutes } from './person.handler.tsx';
import type { PersonPageDeps } from './person.page.ts';

/** The pages about one person: overview, alerts, timeline, and the sections later modules fill. */
export async function personPageRoutes(app: FastifyInstance, deps: PersonPageDeps) {
  await app.register(personOverviewRoutes, deps);
  await app.register(personAlertRoutes, deps);
  await app.register(personTimelineRoutes, deps);
  await app.register(personTabRoutes, deps);
}
