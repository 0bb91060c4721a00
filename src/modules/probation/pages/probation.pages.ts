import type { FastifyInstance } from 'fastify';
import type { Database } from '../../../platform/db/pool.ts';
import type { PageContextFactory } from '../../../platform/http/page-context.ts';
import type { MessageTable } from '../../../platform/i18n/translator.ts';
import { registerSubjectAccessSection, registerTimelineSource } from '../../people/people.service.ts';
import { probationContactsSection, probationOrdersSection, probationViolationsSection } from '../probation.subject-access.ts';
import { probationTimeline } from '../probation.timeline.ts';
import { registerProbationWorklist } from '../probation.worklist.ts';
import { allocationRoutes } from './allocation/allocation.handler.tsx';
import { breachDocumentRoutes } from './breach-document/breach-document.handler.ts';
import { caseloadRoutes } from './caseload/caseload.handler.tsx';
import { newOrderRoutes } from './order-new/order-new.handler.tsx';
import { orderPageRoutes } from './order/order.handler.tsx';
import { probationTabRoutes } from './person-tab/probation-tab.handler.tsx';
import { reportsRoutes } from './reports/reports.handler.tsx';
import { typeRoutes } from './types/types.handler.tsx';
import { violationRoutes } from './violation/violation.handler.tsx';

export type ProbationPageDeps = { db: Database; pageContext: PageContextFactory; messages: MessageTable };

/**
 * Every page of the probation module; its worklist sections, timeline entries and subject access sections are
 * registered here too, once per app (registering again keeps one).
 */
export async function probationPageRoutes(app: FastifyInstance, deps: ProbationPageDeps) {
  registerProbationWorklist();
  registerTimelineSource('probation', probationTimeline);
  registerSubjectAccessSection(probationOrdersSection);
  registerSubjectAccessSection(probationContactsSection);
  registerSubjectAccessSection(probationViolationsSection);
  await app.register(probationTabRoutes, deps);
  await app.register(newOrderRoutes, deps);
  await app.register(orderPageRoutes, deps);
  await app.register(violationRoutes, deps);
  await app.register(breachDocumentRoutes, deps);
  await app.register(caseloadRoutes, deps);
  await app.register(allocationRoutes, deps);
  await app.register(typeRoutes, deps);
  await app.register(reportsRoutes, deps);
}
