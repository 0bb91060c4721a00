import type { PageContext } from '../../../../platform/views/page-context.ts';
import type { InterviewRow, ReportRow } from '../../courtreports.repository.ts';

/** The interviews held, oldest first, or a line saying there are none yet. */
export function InterviewsTable({ context, interviews }: { context: PageContext; interviews: InterviewRow[] }) {
  const { t, formatDate } = context.i18n;
  if (interviews.length === 0)
    return (
      <p class="govuk-body" safe>
        {t('courtReports.page.noInterviews')}
      </p>
    );
  return (
    <table class="govuk-table">
      <thead class="govuk-table__head">
        <tr class="govuk-table__row">
          {(['interviewee', 'heldOn', 'place', 'summary'] as const).map((name) => (
            <th scope="col" class="govuk-table__header" safe>
              {t(`courtReports.field.${name}`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody class="govuk-table__body">
        {interviews.map((row) => (
          <tr class="govuk-table__row">
            <td class="govuk-table__cell" safe>
              {row.interviewee}
            </td>
            <td class="govuk-table__cell" safe>
              {formatDate(row.heldOn)}
            </td>
            <td class="govuk-table__cell" safe>
              {row.place}
            </td>
            <td class="govuk-table__cell" safe>
              {row.summary}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const Line = ({ label, value }: { label: string; value: string }) => (
  <div class="govuk-summary-list__row">
    <dt class="govuk-summary-list__key" safe>
      {label}
    </dt>
    <dd class="govuk-summary-list__value" safe>
      {value}
    </dd>
  </div>
);

/** The inquiry and the recommendation as written so far, each with its edit link while the report is being written. */
export function ReportSections(props: {
  context: PageContext;
  report: ReportRow;
  screening: { instrumentCode: string; reviewedAt: Date | null } | null;
  writing: boolean;
}) {
  const { t, formatDate } = props.context.i18n;
  const { report } = props;
  const notYet = t('courtReports.page.notYet');
  const text = (value: string | null) => (value && value !== '' ? value : notYet);
  const screening = props.screening
    ? t('courtReports.document.screeningLinked', {
        instrument: props.screening.instrumentCode,
        date: props.screening.reviewedAt ? formatDate(props.screening.reviewedAt) : '—',
      })
    : text(report.screeningNote);
  const edit = (path: string, key: 'courtReports.page.editInquiry' | 'courtReports.page.editRecommendation') =>
    props.writing ? (
      <p class="govuk-body">
        <a class="govuk-link" href={`/court-reports/${report.id}/${path}`} safe>
          {t(key)}
        </a>
      </p>
    ) : (
      ''
    );
  return (
    <>
      <h2 class="govuk-heading-m" safe>
        {t('courtReports.document.inquiry')}
      </h2>
      <dl class="govuk-summary-list">
        <Line label={t('courtReports.field.screening')} value={screening} />
        <Line label={t('courtReports.field.familySituation')} value={text(report.familySituation)} />
        <Line label={t('courtReports.field.employmentSituation')} value={text(report.employmentSituation)} />
        <Line label={t('courtReports.field.needs')} value={text(report.needs)} />
        <Line label={t('courtReports.field.personView')} value={text(report.personView)} />
      </dl>
      {edit('inquiry', 'courtReports.page.editInquiry')}
      <h2 class="govuk-heading-m" safe>
        {t('courtReports.document.recommendation')}
      </h2>
      <dl class="govuk-summary-list">
        <Line
          label={t('courtReports.field.recommendation')}
          value={report.recommendation ? t(`courtReports.recommendation.${report.recommendation}`) : notYet}
        />
        <Line label={t('courtReports.field.reasons')} value={text(report.recommendationReasons)} />
        <Line label={t('courtReports.field.proposedConditions')} value={text(report.proposedConditions)} />
      </dl>
      {edit('recommendation', 'courtReports.page.editRecommendation')}
    </>
  );
}
