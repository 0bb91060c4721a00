import type { FastifyInstance } from 'fastify';
import type { PersonPageDeps } from '../../people/people.service.ts';
import { concernPageRoutes } from './concern/concern.handler.tsx';
import { leadsListRoutes } from './leads/leads.handler.tsx';
import { personConcernRoutes } from './person-tab/person-concerns.handler.tsx';
import { reportRoutes } from './report/report.handler.tsx';

/** The report form, the person's concerns tab, a concern's page with the steps of the loop, the leads' list. */
export async function concernRoutes(app: FastifyInstance, deps: PersonPageDeps) {
  await app.register(reportRoutes, deps);
  await app.register(personConcernRoutes, deps);
  await app.register(concernPageRoutes, deps);
  await app.register(leadsListRoutes, deps);
}
