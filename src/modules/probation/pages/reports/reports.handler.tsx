import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { auditActorOf } from '../../../../platform/audit/audit.service.ts';
import type { Database } from '../../../../platform/db/pool.ts';
import type { PageContextFactory } from '../../../../platform/http/page-context.ts';
import { parseUserDate, todayInBishkek } from '../../../people/people.service.ts';
import { probationReportsCsv } from '../../probation.reports.csv.ts';
import { readProbationReports, type ReportPeriod } from '../../probation.reports.ts';
import { ProbationReportsView, type ReportsForm } from './reports.view.tsx';

type Request = FastifyRequest<{ Querystring: Record<string, string | undefined> }>;
type Problem = { field: keyof ReportsForm; problem: 'date' | 'period' };

/** The period as typed (dd.mm.yyyy, both optional; no end means today), or what is wrong with it. */
export function parseReportPeriod(query: Partial<Record<string, string>>, today: string) {
  const form: ReportsForm = { from: (query.from ?? '').slice(0, 20), to: (query.to ?? '').slice(0, 20) };
  const problems: Problem[] = [];
  const read = (field: keyof ReportsForm) => {
    if (form[field].trim() === '') return null;
    const day = parseUserDate(form[field]);
    if (day === null) problems.push({ field, problem: 'date' });
    return day;
  };
  const period: ReportPeriod = { from: read('from'), to: read('to') ?? today };
  if (problems.length === 0 && period.from && period.from > period.to) problems.push({ field: 'to', problem: 'period' });
  return { form, period, problems };
}

/** The query string of the period as typed, for the CSV link (empty fields left out). */
function filterQuery(form: ReportsForm): string {
  const params = new URLSearchParams(Object.entries(form).filter(([, value]) => value.trim() !== ''));
  return params.size > 0 ? `?${params.toString()}` : '';
}

/**
 * `/probation/reports` (`probation:report`): the probation reports over the user's offices (every office for a
 * national role), and `/probation/reports.csv` the same tables as CSV. `readProbationReports` authorises and
 * audits each view or export with its period; a rejected period
 * reads nothing and shows the form again with what was typed. Never cached.
 */
export async function reportsRoutes(app: FastifyInstance, deps: { db: Database; pageContext: PageContextFactory }) {
  app.get('/probation/reports', { config: { permission: 'probation:report' } }, async (request: Request, reply: FastifyReply) => {
    const today = todayInBishkek();
    const { form, period, problems } = parseReportPeriod(request.query, today);
    const errors = problems.map(({ field, problem }) => ({ field, message: request.i18n.t(`probationReports.problem.${problem}`) }));
    const reports =
      errors.length > 0 ? null : await readProbationReports(deps.db, { user: request.user!, audit: auditActorOf(request) }, period, today);
    reply.header('cache-control', 'no-store');
    return reply.html(
      <ProbationReportsView
        context={deps.pageContext(request, reply)}
        form={form}
        errors={errors}
        reports={reports}
        exportHref={`/probation/reports.csv${filterQuery(form)}`}
      />,
      errors.length > 0 ? 400 : 200,
    );
  });

  app.get('/probation/reports.csv', { config: { permission: 'probation:report' } }, async (request: Request, reply: FastifyReply) => {
    const today = todayInBishkek();
    const { form, period, problems } = parseReportPeriod(request.query, today);
    if (problems.length > 0) return reply.redirect(`/probation/reports${filterQuery(form)}`, 303);
    const actor = { user: request.user!, audit: auditActorOf(request) };
    const reports = await readProbationReports(deps.db, actor, period, today, 'export');
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="kadam-probation-reports-${today}.csv"`)
      .header('cache-control', 'no-store')
      .send(probationReportsCsv(request.i18n, reports));
  });
}
