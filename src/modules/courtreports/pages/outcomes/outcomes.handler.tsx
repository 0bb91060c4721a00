import type { FastifyInstance } from 'fastify';
import { authorise } from '../../../../platform/access/authorise.ts';
import { auditActorOf } from '../../../../platform/audit/audit.service.ts';
import { ErrorSummary, type FieldError, TextInput } from '../../../../platform/views/components.tsx';
import { Layout } from '../../../../platform/views/layout.tsx';
import type { PageContext } from '../../../../platform/views/page-context.ts';
import { parseUserDate } from '../../../people/people.service.ts';
import { courtReportOutcomes, type OfficeOutcomes, reportingOfficesOf } from '../../courtreports.outcomes.ts';
import type { CourtReportPageDeps } from '../report-page.tsx';

type Query = { from?: string; to?: string };

const percent = (rate: number | null) => (rate === null ? '—' : `${Math.round(rate * 100)} %`);

function OutcomesView(props: { context: PageContext; rows: OfficeOutcomes[]; query: Query; errors: FieldError[] }) {
  const { t, locale, formatNumber } = props.context.i18n;
  const title = t('courtReports.page.outcomes.title');
  const columns = ['office', 'decided', 'followed', 'partly', 'notFollowed', 'notApplicable', 'followedRate', 'atLeastPartlyRate'] as const;
  return (
    <Layout context={props.context} title={title}>
      <ErrorSummary title={t('error.summaryTitle')} errors={props.errors} />
      <h1 class="govuk-heading-l" safe>
        {title}
      </h1>
      <p class="govuk-body" safe>
        {t('courtReports.page.outcomes.intro')}
      </p>
      <form method="get" action="/court-reports/outcomes" novalidate>
        <TextInput
          name="from"
          label={t('courtReports.page.outcomes.from')}
          hint={t('courtReports.form.dateHint')}
          value={props.query.from ?? ''}
          width={10}
          error={props.errors.find((e) => e.field === 'from')?.message}
        />
        <TextInput
          name="to"
          label={t('courtReports.page.outcomes.to')}
          hint={t('courtReports.form.dateHint')}
          value={props.query.to ?? ''}
          width={10}
          error={props.errors.find((e) => e.field === 'to')?.message}
        />
        <button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button" safe>
          {t('courtReports.page.outcomes.show')}
        </button>
      </form>
      {props.rows.length === 0 ? (
        <p class="govuk-body" safe>
          {t('courtReports.page.outcomes.none')}
        </p>
      ) : (
        <table class="govuk-table">
          <thead class="govuk-table__head">
            <tr class="govuk-table__row">
              {columns.map((column) => (
                <th scope="col" class="govuk-table__header" safe>
                  {t(`courtReports.page.outcomes.column.${column}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody class="govuk-table__body">
            {props.rows.map((row) => (
              <tr class="govuk-table__row">
                <td class="govuk-table__cell" safe>
                  {row.officeName[locale]}
                </td>
                {[row.decided, row.followed, row.partly, row.notFollowed, row.notApplicable].map((value) => (
                  <td class="govuk-table__cell govuk-table__cell--numeric" safe>
                    {formatNumber(value)}
                  </td>
                ))}
                <td class="govuk-table__cell govuk-table__cell--numeric" safe>
                  {percent(row.followedRate)}
                </td>
                <td class="govuk-table__cell govuk-table__cell--numeric" safe>
                  {percent(row.atLeastPartlyRate)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Layout>
  );
}

/**
 * `/court-reports/outcomes` (`probation:report`): for each probation office in the user's units (every office
 * for a national role), how often courts followed its recommendations, for decisions in a chosen period.
 * Counts only, no person; the view is audited with the period.
 */
export async function outcomesRoutes(app: FastifyInstance, deps: CourtReportPageDeps) {
  app.get<{ Querystring: Query }>('/court-reports/outcomes', { config: { permission: 'probation:report' } }, async (request, reply) => {
    const { t } = request.i18n;
    const query = { from: (request.query.from ?? '').trim().slice(0, 20), to: (request.query.to ?? '').trim().slice(0, 20) };
    const errors: FieldError[] = [];
    const dateOf = (name: 'from' | 'to') => {
      if (query[name] === '') return undefined;
      const parsed = parseUserDate(query[name]);
      if (!parsed) errors.push({ field: name, message: t('courtReports.form.date', { field: t(`courtReports.page.outcomes.${name}`) }) });
      return parsed ?? undefined;
    };
    const from = dateOf('from');
    const to = dateOf('to');
    const rows = await deps.db.transaction(async (tx) => {
      await authorise(tx, {
        actor: request.user!,
        audit: auditActorOf(request),
        permission: 'probation:report',
        action: 'court_report.outcomes',
        details: { from: from ?? null, to: to ?? null },
      });
      return courtReportOutcomes(tx, { officeIds: await reportingOfficesOf(tx, request.user!), from, to });
    });
    return reply.html(
      <OutcomesView context={deps.pageContext(request, reply)} rows={rows} query={query} errors={errors} />,
      errors.length > 0 ? 400 : 200,
    );
  });
}
