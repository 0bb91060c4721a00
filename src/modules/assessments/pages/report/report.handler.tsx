import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { auditActorOf } from '../../../../platform/audit/audit.service.ts';
import type { Database } from '../../../../platform/db/pool.ts';
import type { PageContextFactory } from '../../../../platform/http/page-context.ts';
import { fairnessCsv } from '../../fairness.csv.ts';
import { parseFairnessFilters, readFairnessReport } from '../../fairness.ts';
import { FairnessReportView } from './report.view.tsx';

type Request = FastifyRequest<{ Querystring: Record<string, string | undefined> }>;
const config = { permission: 'assessments:report' } as const;

/** The query string of the filters as typed, for the export link (empty ones left out). */
function filterQuery(form: { from: string; to: string }): string {
  const params = new URLSearchParams(Object.entries(form).filter(([, value]) => value.trim() !== ''));
  return params.size > 0 ? `?${params.toString()}` : '';
}

/**
 * `/assessments/report`: the fairness report of the user's units, and its CSV export. Both read through
 * `readFairnessReport`, which authorises and audits the read with its filters; neither may be cached.
 */
export async function fairnessReportRoutes(app: FastifyInstance, deps: { db: Database; pageContext: PageContextFactory }) {
  app.get('/assessments/report', { config }, async (request: Request, reply: FastifyReply) => {
    const { form, filters, problems } = parseFairnessFilters(request.query);
    const errors = problems.map(({ field, problem }) => ({ field, message: request.i18n.t(`fairness.problem.${problem}`) }));
    // A rejected filter reads nothing (and so records nothing): the form is shown again with what was typed.
    const report =
      errors.length > 0 ? null : await readFairnessReport(deps.db, { user: request.user!, audit: auditActorOf(request) }, filters, 'view');
    reply.header('cache-control', 'no-store');
    return reply.html(
      <FairnessReportView
        context={deps.pageContext(request, reply)}
        form={form}
        errors={errors}
        report={report}
        exportHref={`/assessments/report.csv${filterQuery(form)}`}
      />,
      errors.length > 0 ? 400 : 200,
    );
  });

  app.get('/assessments/report.csv', { config }, async (request: Request, reply: FastifyReply) => {
    const { form, filters, problems } = parseFairnessFilters(request.query);
    if (problems.length > 0) return reply.redirect(`/assessments/report${filterQuery(form)}`, 303);
    const report = await readFairnessReport(deps.db, { user: request.user!, audit: auditActorOf(request) }, filters, 'export');
    const day = new Date().toISOString().slice(0, 10);
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="kadam-fairness-${day}.csv"`)
      .header('cache-control', 'no-store')
      .send(fairnessCsv(request.i18n, report));
  });
}
