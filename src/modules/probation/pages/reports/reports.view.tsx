import type { MessageKey } from '../../../../platform/i18n/catalog.ts';
import type { I18n } from '../../../../platform/i18n/translator.ts';
import { ErrorSummary, type FieldError, TextInput } from '../../../../platform/views/components.tsx';
import { Layout } from '../../../../platform/views/layout.tsx';
import type { PageContext } from '../../../../platform/views/page-context.ts';
import { type ProbationReports, REPORT_TABLES, type ReportName } from '../../probation.reports.ts';
import type { Cell, Rate, ReportTable, Section } from '../../probation.report-tables.ts';

export type ReportsForm = { from: string; to: string };

/** Where each table's column labels come from: the probation, referrals and people catalogs, or this page's. */
const COLUMN_KEY: Record<ReportName, (column: string) => string> = {
  caseload: (column) => `history.probationType.${column}`,
  contacts: (column) => `probationReports.column.${column}`,
  violations: (column) => `probation.response.${column}`,
  outcomes: (column) => (column === 'pending' ? 'probationReports.column.pending' : `probation.courtOutcome.${column}`),
  referrals: (column) => `referrals.status.${column}`,
  court: (column) => `probationReports.column.${column}`,
};
/** What the total of each table counts. */
const TOTAL_KEY: Partial<Record<ReportName, MessageKey>> = {
  contacts: 'probationReports.column.due',
  court: 'probationReports.column.decided',
};

/** A count, or "<5" with the words for a screen reader: a suppressed number is never in the page. */
function CountCell({ i18n, cell }: { i18n: I18n; cell: Cell | Rate | undefined }): JSX.Element {
  if (cell?.shown)
    return (
      <td class="govuk-table__cell govuk-table__cell--numeric" safe>
        {'percent' in cell ? `${i18n.formatNumber(cell.percent)} %` : i18n.formatNumber(cell.value)}
      </td>
    );
  return (
    <td class="govuk-table__cell govuk-table__cell--numeric kadam-suppressed">
      <span aria-hidden="true" safe>
        {i18n.t('probationReports.suppressed')}
      </span>
      <span class="govuk-visually-hidden" safe>
        {i18n.t('probationReports.suppressedLong')}
      </span>
    </td>
  );
}

function rowLabel(i18n: I18n, reports: ProbationReports, section: Section, key: string): string {
  if (section === 'sex') return i18n.t(`people.sex.${key}` as MessageKey);
  if (section === 'ageBand') return i18n.t(`probationReports.age.${key}` as MessageKey);
  return reports.labels.get(key)?.[i18n.locale] ?? key;
}

function Table(props: { i18n: I18n; reports: ProbationReports; name: ReportName; table: ReportTable }) {
  const { i18n, name, table } = props;
  const { t } = i18n;
  const rates = name === 'court' ? props.reports.followedRates : null;
  return (
    <div id={`report-${name}`}>
      <h2 class="govuk-heading-m" safe>
        {t(`probationReports.table.${name}`)}
      </h2>
      {table.sections.map(({ section, rows }) => (
        <table class="govuk-table" data-section={section}>
          <thead class="govuk-table__head">
            <tr class="govuk-table__row">
              <th scope="col" class="govuk-table__header" safe>
                {t(`probationReports.section.${section}`)}
              </th>
              {[...table.columns.map((column) => COLUMN_KEY[name](column)), TOTAL_KEY[name] ?? 'probationReports.column.total'].map(
                (key) => (
                  <th scope="col" class="govuk-table__header govuk-table__header--numeric" safe>
                    {t(key as MessageKey)}
                  </th>
                ),
              )}
              {rates ? (
                <th scope="col" class="govuk-table__header govuk-table__header--numeric" safe>
                  {t('probationReports.column.rate')}
                </th>
              ) : (
                ''
              )}
            </tr>
          </thead>
          <tbody class="govuk-table__body">
            {rows.map((row, index) => (
              <tr class="govuk-table__row" data-key={row.key}>
                <th scope="row" class="govuk-table__header" safe>
                  {rowLabel(i18n, props.reports, section, row.key)}
                </th>
                {[...table.columns, 'total'].map((column) => (
                  <CountCell i18n={i18n} cell={row.cells[column]} />
                ))}
                {!rates ? (
                  ''
                ) : row.cells.total?.shown && row.cells.total.value === 0 ? (
                  // No decided report: there is no rate to hide.
                  <td class="govuk-table__cell govuk-table__cell--numeric">—</td>
                ) : (
                  <CountCell i18n={i18n} cell={rates[section]![index]} />
                )}
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </div>
  );
}

export function ProbationReportsView(props: {
  context: PageContext;
  form: ReportsForm;
  errors: FieldError[];
  reports: ProbationReports | null;
  exportHref: string;
}) {
  const { i18n } = props.context;
  const { t } = i18n;
  const error = (field: string) => props.errors.find((entry) => entry.field === field)?.message;
  return (
    <Layout context={props.context} title={t('probationReports.title')}>
      <ErrorSummary title={t('error.summaryTitle')} errors={props.errors} />
      <h1 class="govuk-heading-l" safe>
        {t('probationReports.title')}
      </h1>
      <p class="govuk-body" safe>
        {t('probationReports.intro')}
      </p>
      <form method="get" action="/probation/reports" novalidate>
        <fieldset class="govuk-fieldset">
          <legend class="govuk-fieldset__legend govuk-fieldset__legend--s" safe>
            {t('probationReports.legend')}
          </legend>
          <TextInput name="from" label={t('probationReports.from')} value={props.form.from} error={error('from')} width={10} />
          <TextInput name="to" label={t('probationReports.to')} value={props.form.to} error={error('to')} width={10} />
        </fieldset>
        <button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button" safe>
          {t('probationReports.show')}
        </button>
      </form>
      <p class="govuk-inset-text" safe>
        {t('probationReports.note')}
      </p>
      {props.reports === null ? (
        ''
      ) : (
        <>
          <p class="govuk-body">
            <a class="govuk-link" href={props.exportHref} download="" safe>
              {t('probationReports.download')}
            </a>
          </p>
          {REPORT_TABLES.map((name) => (
            <Table i18n={i18n} reports={props.reports!} name={name} table={props.reports!.tables[name]} />
          ))}
        </>
      )}
    </Layout>
  );
}
