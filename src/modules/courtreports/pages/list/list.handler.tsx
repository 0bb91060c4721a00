import type { FastifyInstance } from 'fastify';
import { authorise } from '../../../../platform/access/authorise.ts';
import { auditActorOf } from '../../../../platform/audit/audit.service.ts';
import { Tag } from '../../../../platform/views/components.tsx';
import { Layout } from '../../../../platform/views/layout.tsx';
import type { PageContext } from '../../../../platform/views/page-context.ts';
import { fullName, todayInBishkek } from '../../../people/people.service.ts';
import { type ReportSummary, reportsOfUser } from '../../courtreports.list.ts';
import { deadlineStatus } from '../../courtreports.models.ts';
import type { CourtReportPageDeps } from '../report-page.tsx';

function ListView({ context, reports, today }: { context: PageContext; reports: ReportSummary[]; today: string }) {
  const { t, formatDate, locale } = context.i18n;
  const title = t('courtReports.page.list.title');
  return (
    <Layout context={context} title={title}>
      <h1 class="govuk-heading-l" safe>
        {title}
      </h1>
      <a class="govuk-button" href="/court-reports/new" safe>
        {t('courtReports.page.list.new')}
      </a>
      {reports.length === 0 ? (
        <p class="govuk-body" safe>
          {t('courtReports.page.list.none')}
        </p>
      ) : (
        <table class="govuk-table">
          <thead class="govuk-table__head">
            <tr class="govuk-table__row">
              {(['person', 'court', 'caseNumber', 'deadline', 'status', 'officer'] as const).map((name) => (
                <th scope="col" class="govuk-table__header" safe>
                  {t(`courtReports.field.${name}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody class="govuk-table__body">
            {reports.map((report) => {
              const deadline = deadlineStatus(report, today);
              return (
                <tr class="govuk-table__row">
                  <td class="govuk-table__cell">
                    <a class="govuk-link" href={`/court-reports/${report.id}`} safe>
                      {fullName(report)}
                    </a>
                  </td>
                  <td class="govuk-table__cell" safe>
                    {report.court?.[locale] ?? report.courtName ?? '—'}
                  </td>
                  <td class="govuk-table__cell" safe>
                    {report.caseNumber}
                  </td>
                  <td class="govuk-table__cell">
                    <span safe>{formatDate(report.deadline)}</span>{' '}
                    {deadline === 'overdue' || deadline === 'due' ? (
                      <Tag text={t(`courtReports.deadline.${deadline}`)} colour={deadline === 'overdue' ? 'orange' : 'purple'} />
                    ) : (
                      ''
                    )}
                  </td>
                  <td class="govuk-table__cell" safe>
                    {t(`courtReports.status.${report.status}`)}
                  </td>
                  <td class="govuk-table__cell" safe>
                    {report.officer}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </Layout>
  );
}

/** `/court-reports` (`court_reports:write`): the reports the user works on, with how each stands against its deadline. */
export async function reportListRoutes(app: FastifyInstance, deps: CourtReportPageDeps) {
  app.get('/court-reports', { config: { permission: 'court_reports:write' } }, async (request, reply) => {
    const reports = await deps.db.transaction(async (tx) => {
      await authorise(tx, {
        actor: request.user!,
        audit: auditActorOf(request),
        permission: 'court_reports:write',
        action: 'court_report.list',
      });
      return reportsOfUser(tx, request.user!);
    });
    return reply.html(<ListView context={deps.pageContext(request, reply)} reports={reports} today={todayInBishkek()} />);
  });
}
