import type { MessageKey } from '../../../../platform/i18n/catalog.ts';
import type { I18n } from '../../../../platform/i18n/translator.ts';
import { ErrorSummary, type FieldError, TextInput } from '../../../../platform/views/components.tsx';
import { Layout } from '../../../../platform/views/layout.tsx';
import type { PageContext } from '../../../../platform/views/page-context.ts';
import { groupLabel } from '../../fairness.csv.ts';
import { type Cell, DIMENSIONS, type Rate, type ReportTable } from '../../fairness.report.ts';
import type { FairnessFilterForm, FairnessReport } from '../../fairness.ts';

const CLASSIFICATION_COLUMNS = ['total', 'violent_extremist_offender', 'at_risk_of_radicalisation', 'general', 'confirmed', 'overridden'];
const REVIEW_COLUMNS = ['total', 'approved', 'overridden'];

/** A count, or "<10" with the words for a screen reader: a suppressed number is never in the page. */
function CountCell({ i18n, cell }: { i18n: I18n; cell: Cell | undefined }): JSX.Element {
  if (cell?.shown)
    return (
      <td class="govuk-table__cell govuk-table__cell--numeric" safe>
        {i18n.formatNumber(cell.value)}
      </td>
    );
  return (
    <td class="govuk-table__cell govuk-table__cell--numeric kadam-suppressed">
      <span aria-hidden="true" safe>
        {i18n.t('fairness.suppressed')}
      </span>
      <span class="govuk-visually-hidden" safe>
        {i18n.t('fairness.suppressedLong')}
      </span>
    </td>
  );
}

function RateCell({ i18n, rate }: { i18n: I18n; rate: Rate }): JSX.Element {
  return rate.shown ? (
    <td class="govuk-table__cell govuk-table__cell--numeric" safe>
      {`${i18n.formatNumber(rate.percent)} %`}
    </td>
  ) : (
    <CountCell i18n={i18n} cell={undefined} />
  );
}

function Table(props: { i18n: I18n; report: FairnessReport; name: string; caption: string; data: ReportTable; columns: string[] }) {
  const { i18n } = props;
  const headings = [props.name === 'instrument' ? 'instrument' : 'group', ...props.columns, 'overrideRate'];
  return (
    <table class="govuk-table" id={`fairness-${props.name}`}>
      <caption class="govuk-table__caption govuk-table__caption--m" safe>
        {props.caption}
      </caption>
      <thead class="govuk-table__head">
        <tr class="govuk-table__row">
          {headings.map((column, index) => (
            <th scope="col" class={`govuk-table__header${index > 0 ? ' govuk-table__header--numeric' : ''}`} safe>
              {i18n.t(`fairness.column.${column === 'total' && props.name === 'instrument' ? 'reviewed' : column}` as MessageKey)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody class="govuk-table__body">
        {props.data.rows.map((row) => (
          <tr class="govuk-table__row">
            <th scope="row" class="govuk-table__header" safe>
              {groupLabel(i18n, props.report, props.name, row.key)}
            </th>
            {props.columns.map((column) => (
              <CountCell i18n={i18n} cell={row.cells[column]} />
            ))}
            <RateCell i18n={i18n} rate={row.overrideRate} />
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function FairnessReportView(props: {
  context: PageContext;
  form: FairnessFilterForm;
  errors: FieldError[];
  report: FairnessReport | null;
  exportHref: string;
}): JSX.Element {
  const { i18n } = props.context;
  const { t } = i18n;
  const { report } = props;
  const error = (field: string) => props.errors.find((entry) => entry.field === field)?.message;
  const empty = report !== null && report.classifications.facility.rows.length === 0;
  return (
    <Layout context={props.context} title={t('fairness.title')}>
      <ErrorSummary title={t('error.summaryTitle')} errors={props.errors} />
      <h1 class="govuk-heading-l" safe>
        {t('fairness.title')}
      </h1>
      <p class="govuk-body" safe>
        {t('fairness.intro')}
      </p>
      <form method="get" action="/assessments/report" novalidate>
        <fieldset class="govuk-fieldset">
          <legend class="govuk-fieldset__legend govuk-fieldset__legend--s" safe>
            {t('fairness.filter.legend')}
          </legend>
          <TextInput name="from" label={t('fairness.filter.from')} value={props.form.from} error={error('from')} width={10} />
          <TextInput name="to" label={t('fairness.filter.to')} value={props.form.to} error={error('to')} width={10} />
        </fieldset>
        <button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button" safe>
          {t('fairness.filter.button')}
        </button>
      </form>
      <p class="govuk-inset-text" safe>
        {t('fairness.legend')}
      </p>
      {report === null ? (
        ''
      ) : (
        <>
          <p class="govuk-body">
            <a class="govuk-link" href={props.exportHref} download="" safe>
              {t('fairness.download')}
            </a>
          </p>
          {empty ? (
            <p class="govuk-body" safe>
              {t('fairness.none')}
            </p>
          ) : (
            DIMENSIONS.map((dimension) => (
              <Table
                i18n={i18n}
                report={report}
                name={dimension}
                caption={t(`fairness.dimension.${dimension}`)}
                data={report.classifications[dimension]}
                columns={CLASSIFICATION_COLUMNS}
              />
            ))
          )}
          {report.reviews.rows.length === 0 ? (
            <p class="govuk-body" safe>
              {t('fairness.noReviews')}
            </p>
          ) : (
            <Table
              i18n={i18n}
              report={report}
              name="instrument"
              caption={t('fairness.reviews')}
              data={report.reviews}
              columns={REVIEW_COLUMNS}
            />
          )}
        </>
      )}
    </Layout>
  );
}
