import type { FastifyInstance } from 'fastify';
import type { Database } from '../../../platform/db/pool.ts';
import type { PageContextFactory } from '../../../platform/http/page-context.ts';
import { registerSubjectAccessSection, registerTimelineSource } from '../../people/people.service.ts';
import { programmeSection } from '../programmes.subject-access.ts';
import { programmeTimeline } from '../programmes.timeline.ts';
import { registerProgrammesWorklist } from '../programmes.worklist.ts';
import { cataloguePageRoutes } from './catalogue/catalogue.handler.tsx';
import { groupPageRoutes } from './groups/groups.handler.tsx';
import { outcomeRoutes } from './groups/outcome.handler.tsx';
import { personProgrammesRoutes } from './person-tab/person-programmes.handler.tsx';
import { sessionDayRoutes } from './session-day/session-day.handler.tsx';

export type ProgrammePageDeps = { db: Database; pageContext: PageContextFactory };

/**
 * Every page of the programmes module; its worklist sections (sessions today, enrolments waiting) and the
 * person's timeline entries and subject access section are registered here too, once per app (registering again keeps one).
 */
export async function programmePageRoutes(app: FastifyInstance, deps: ProgrammePageDeps) {
  registerProgrammesWorklist();
  registerTimelineSource('programmes', programmeTimeline);
  registerSubjectAccessSection(programmeSection);
  // Groups and sessions first: their static paths (`/programmes/groups`, `/programmes/sessions/today`) sit
  // beside the catalogue's `/programmes/:code`, and the router prefers static segments whatever the order.
  await app.register(groupPageRoutes, deps);
  await app.register(outcomeRoutes, deps);
  await app.register(sessionDayRoutes, deps);
  await app.register(cataloguePageRoutes, deps);
  await app.register(personProgrammesRoutes, deps);
}
