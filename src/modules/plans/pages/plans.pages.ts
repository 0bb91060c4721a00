import type { FastifyInstance } from 'fastify';
import type { PersonPageDeps } from '../../people/people.service.ts';
import { planActionRoutes } from './actions/actions.handler.tsx';
import { planAgreementRoutes } from './agreement/agreement.handler.tsx';
import { planCloseRoutes } from './close/close.handler.tsx';
import { planEnrolRoutes } from './enrol/enrol.handler.tsx';
import { planHistoryRoutes } from './history/history.handler.tsx';
import { planObjectiveRoutes } from './objectives/objectives.handler.tsx';
import { planTabRoutes } from './plan/plan.handler.tsx';
import { planReviewRoutes } from './review/review.handler.tsx';

/** The plan tab of the person page and the pages of each step of a plan. */
export async function planPageRoutes(app: FastifyInstance, deps: PersonPageDeps) {
  await app.register(planTabRoutes, deps);
  await app.register(planObjectiveRoutes, deps);
  await app.register(planActionRoutes, deps);
  await app.register(planEnrolRoutes, deps);
  await app.register(planAgreementRoutes, deps);
  await app.register(planReviewRoutes, deps);
  await app.register(planCloseRoutes, deps);
  await app.register(planHistoryRoutes, deps);
}
