import type { FastifyInstance } from 'fastify';
import type { PersonPageDeps } from '../../people/people.service.ts';
import { assessmentSafeguardRoutes } from './challenges/assessment-safeguards.handler.tsx';
import { placementRoutes } from './classification/placement.handler.tsx';
import { classificationSafeguardRoutes } from './classification/placement.safeguards.handler.tsx';
import { worklistRoutes } from './reviews/worklist.handler.tsx';

/**
 * The classification pages: the person's placement tab (classification, Kadam's proposal, the committee's
 * decision), the review dates and challenges beside every decision, and the worklist of reviews due.
 */
export async function classificationPageRoutes(app: FastifyInstance, deps: PersonPageDeps) {
  await placementRoutes(app, deps);
  await classificationSafeguardRoutes(app, deps);
  await assessmentSafeguardRoutes(app, deps);
  await worklistRoutes(app, deps);
}
