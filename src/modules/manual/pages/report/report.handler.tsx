import type { FastifyInstance } from 'fastify';
import { authorise } from '../../../../platform/access/authorise.ts';
import { auditActorOf } from '../../../../platform/audit/audit.service.ts';
import { Layout } from '../../../../platform/views/layout.tsx';
import type { PageContext } from '../../../../platform/views/page-context.ts';
import { isManualCode, ManualRefused } from '../../manual.errors.ts';
import { type NotRead, notReadReport } from '../../manual.report.ts';
import { currentVersion, type VersionRow } from '../../manual.repository.ts';
import type { ManualPageDeps } from '../reader/reader.handler.tsx';

/**
 * `/manual/:code/report` (`manual:report`): who in the manager's units has not yet said they read and understood
 * the current version, out of how many staff who should. The view is audited.
 */
export async function manualReportRoutes(app: FastifyInstance, deps: ManualPageDeps) {
  app.get<{ Params: { code: string } }>('/manual/:code/report', { config: { permission: 'manual:report' } }, async (request, reply) => {
    const data = await deps.db.transaction(async (tx) => {
      if (!isManualCode(request.params.code)) throw new ManualRefused('not_found', 404);
      const current = await currentVersion(tx, request.params.code);
      if (!current) throw new ManualRefused('not_found', 404);
      const report = await notReadReport(tx, request.user!, current.id);
      await authorise(tx, {
        actor: request.user!,
        audit: auditActorOf(request),
        permission: 'manual:report',
        action: 'manual.report.view',
        details: { code: current.manualCode, version: current.version, notRead: report.notRead.length },
      });
      return { current, ...report };
    });
    return reply.html(<ReportView context={deps.pageContext(request, reply)} {...data} />);
  });
}

function ReportView(props: { context: PageContext; current: VersionRow; notRead: NotRead[]; staff: number }): JSX.Element {
  const { t, locale } = props.context.i18n;
  return (
    <Layout context={props.context} title={t('manual.report.title')}>
      <a class="govuk-back-link" href={`/manual/${props.current.manualCode}`} safe>
        {props.current.title[locale]}
      </a>
      <h1 class="govuk-heading-l" safe>
        {t('manual.report.title')}
      </h1>
      <p class="govuk-body" id="report-summary" safe>
        {t('manual.report.summary', { version: props.current.version, notRead: props.notRead.length, staff: props.staff })}
      </p>
      {props.notRead.length === 0 ? (
        <p class="govuk-body" safe>
          {t('manual.report.everyone')}
        </p>
      ) : (
        <table class="govuk-table" id="not-read">
          <thead class="govuk-table__head">
            <tr class="govuk-table__row">
              <th scope="col" class="govuk-table__header" safe>
                {t('manual.report.name')}
              </th>
              <th scope="col" class="govuk-table__header" safe>
                {t('manual.report.username')}
              </th>
              <th scope="col" class="govuk-table__header" safe>
                {t('manual.report.units')}
              </th>
            </tr>
          </thead>
          <tbody class="govuk-table__body">
            {props.notRead.map((person) => (
              <tr class="govuk-table__row">
                <td class="govuk-table__cell" safe>
                  {person.displayName}
                </td>
                <td class="govuk-table__cell" safe>
                  {person.username}
                </td>
                <td class="govuk-table__cell" safe>
                  {person.units.map((unit) => unit[locale]).join(', ')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Layout>
  );
}
