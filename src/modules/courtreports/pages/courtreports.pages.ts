import type { FastifyInstance } from 'fastify';
import type { MessageTable } from '../../../platform/i18n/translator.ts';
import { reportDocumentRoutes } from './document/document.handler.ts';
import { reportListRoutes } from './list/list.handler.tsx';
import { newRequestRoutes } from './new/new.handler.tsx';
import { outcomesRoutes } from './outcomes/outcomes.handler.tsx';
import type { CourtReportPageDeps } from './report-page.tsx';
import { reportRoutes } from './report/report.handler.tsx';
import { decisionStepRoutes } from './steps/decision-steps.tsx';
import { inquiryStepRoutes } from './steps/inquiry-steps.tsx';

/** Every page of reports for courts: the list, a new request, the report and its steps, the document, the outcomes. */
export async function courtReportRoutes(app: FastifyInstance, deps: CourtReportPageDeps & { messages: MessageTable }) {
  await app.register(reportListRoutes, deps);
  await app.register(newRequestRoutes, deps);
  await app.register(outcomesRoutes, deps);
  await app.register(reportRoutes, deps);
  await app.register(inquiryStepRoutes, deps);
  await app.register(decisionStepRoutes, deps);
  await app.register(reportDocumentRoutes, deps);
}
