import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Executor } from '../../../../platform/db/pool.ts';
import type { FieldError } from '../../../../platform/views/components.tsx';
import { assessmentsInForce } from '../../../assessments/assessments.service.ts';
import { peopleActorOf, todayInBishkek } from '../../../people/people.service.ts';
import { decideReport, submitReport } from '../../courtreports.approval.ts';
import { refusalOf } from '../../courtreports.errors.ts';
import { historyOf, interviewsOf, type ReportRow } from '../../courtreports.repository.ts';
import { field, rowVersionOf } from '../forms.ts';
import { type CourtReportPageDeps, showReportPage } from '../report-page.tsx';
import { ReportView } from './report.view.tsx';

type Params = { reportId: string };
type Body = Record<string, unknown>;
const DONE = ['requested', 'request', 'interview', 'inquiry', 'recommendation', 'submit', 'approve', 'return', 'courtDecision'] as const;

/** What the report page shows besides the report: interviews, history, the linked screening, whether the user may decide. */
async function loadReport(tx: Executor, report: ReportRow, request: FastifyRequest) {
  const user = request.user!;
  const screening = report.screeningAssessmentId
    ? ((await assessmentsInForce(tx, report.personId)).find((assessment) => assessment.id === report.screeningAssessmentId) ?? null)
    : null;
  return {
    interviews: await interviewsOf(tx, report.id),
    history: await historyOf(tx, report.id),
    screening: screening ? { instrumentCode: screening.instrumentCode, reviewedAt: screening.reviewedAt } : null,
    mayApprove:
      user.permissions.has('court_reports:approve') && ![report.officerId, report.recommendedBy, report.submittedBy].includes(user.id),
    today: todayInBishkek(),
  };
}

/**
 * The report's own page, sending it for approval (`court_reports:write`) and the manager's decision
 * (`court_reports:approve`). A refused step comes back on the page with its reason, nothing saved.
 */
export async function reportRoutes(app: FastifyInstance, deps: CourtReportPageDeps) {
  const render = (
    request: FastifyRequest,
    reply: FastifyReply,
    state: { notice?: string; errors?: FieldError[]; status?: number; comment?: string },
  ) =>
    showReportPage(deps, request, reply, {
      name: 'report',
      status: state.status,
      load: (tx, report) => loadReport(tx, report, request),
      render: (context, data) => <ReportView context={context} page={{ ...data, ...state }} />,
    });

  app.get<{ Params: Params; Querystring: { done?: string } }>(
    '/court-reports/:reportId',
    { config: { permission: 'court_reports:write' } },
    (request, reply) => {
      const done = DONE.find((value) => value === request.query.done);
      return render(request, reply, { notice: done ? request.i18n.t(`courtReports.page.done.${done}`) : undefined });
    },
  );

  app.post<{ Params: Params; Body: Body }>(
    '/court-reports/:reportId/submit',
    { config: { permission: 'court_reports:write' } },
    async (request, reply) => {
      const refusal = await refusalOf(() =>
        submitReport(deps.db, peopleActorOf(request), { reportId: request.params.reportId, rowVersion: rowVersionOf(request.body ?? {}) }),
      );
      if (refusal)
        return render(request, reply, {
          errors: [{ field: 'submit', message: request.i18n.t(refusal.messageKey) }],
          status: refusal.status,
        });
      return reply.redirect(`/court-reports/${request.params.reportId}?done=submit`, 303);
    },
  );

  app.post<{ Params: Params; Body: Body }>(
    '/court-reports/:reportId/decision',
    { config: { permission: 'court_reports:approve' } },
    async (request, reply) => {
      const body = request.body ?? {};
      const decision = field(body, 'decision', 10);
      const comment = field(body, 'comment');
      if (decision !== 'approve' && decision !== 'return') {
        const message = request.i18n.t('courtReports.page.decisionRequired');
        return render(request, reply, { errors: [{ field: 'decision', message }], status: 400, comment });
      }
      const refusal = await refusalOf(() =>
        decideReport(deps.db, peopleActorOf(request), {
          reportId: request.params.reportId,
          rowVersion: rowVersionOf(body),
          decision,
          comment,
        }),
      );
      if (refusal) {
        const anchor = refusal.refusal === 'comment_required' ? 'comment' : 'decision';
        return render(request, reply, {
          errors: [{ field: anchor, message: request.i18n.t(refusal.messageKey) }],
          status: refusal.status,
          comment,
        });
      }
      return reply.redirect(`/court-reports/${request.params.reportId}?done=${decision}`, 303);
    },
  );
}
