import type { FastifyInstance } from 'fastify';
import type { Database } from '../../../platform/db/pool.ts';
import type { PageContextFactory } from '../../../platform/http/page-context.ts';
import { registerSubjectAccessSection, registerTimelineSource } from '../../people/people.service.ts';
import { placementSection, placementTimeline } from '../placement.person-record.ts';
import { registerSeparationWorklist } from '../separation.worklist.ts';
import { facilityPageRoutes } from './facilities.handler.tsx';
import { personCellRoutes } from './person-cell.handler.tsx';

export type PlacementPageDeps = { db: Database; pageContext: PageContextFactory };

/**
 * Every page of the placement module; its worklist section (separation limits), the person's timeline entries
 * and subject access section are registered here too, once per app (registering again keeps one).
 */
export async function placementPageRoutes(app: FastifyInstance, deps: PlacementPageDeps) {
  registerSeparationWorklist();
  registerTimelineSource('placement', placementTimeline);
  registerSubjectAccessSection(placementSection);
  await app.register(facilityPageRoutes, deps);
  await app.register(personCellRoutes, deps);
}
