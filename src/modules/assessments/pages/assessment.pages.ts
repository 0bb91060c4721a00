import type { FastifyInstance } from 'fastify';
import type { PersonPageDeps } from '../../people/people.service.ts';
import { assessmentWorkspaceRoutes } from './assessment/assessment.handler.tsx';
import { assessmentsTabRoutes } from './assessments-tab/assessments-tab.handler.tsx';

/** The assessment pages on a person's record: the assessments tab and each assessment's workspace. */
export async function assessmentPageRoutes(app: FastifyInstance, deps: PersonPageDeps) {
  await app.register(assessmentsTabRoutes, deps);
  await app.register(assessmentWorkspaceRoutes, deps);
}
