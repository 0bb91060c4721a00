import { Tag } from '../../../../platform/views/components.tsx';
import { Layout } from '../../../../platform/views/layout.tsx';
import type { PageContext } from '../../../../platform/views/page-context.ts';
import type { CaseRow } from '../../probation.caseload.ts';

/** The cases as a table: person, order, intensity, next contact (overdue marked), recent violations. */
export function CasesTable({ context, cases, officer }: { context: PageContext; cases: CaseRow[]; officer?: boolean }): JSX.Element {
  const { t, locale, formatDate } = context.i18n;
  const headers = [
    t('probation.caseload.person'),
    t('probation.field.kind'),
    t('probation.field.office'),
    t('probation.caseload.intensity'),
    t('probation.field.nextContact'),
    t('probation.caseload.recentViolations'),
  ];
  return (
    <table class="govuk-table">
      <thead class="govuk-table__head">
        <tr class="govuk-table__row">
          {headers.map((header) => (
            <th scope="col" class="govuk-table__header" safe>
              {header}
            </th>
          ))}
          {officer ? (
            <th scope="col" class="govuk-table__header" safe>
              {t('probation.field.officer')}
            </th>
          ) : (
            ''
          )}
        </tr>
      </thead>
      <tbody class="govuk-table__body">
        {cases.map((row) => (
          <tr class="govuk-table__row" data-order={row.orderId}>
            <td class="govuk-table__cell">
              <a class="govuk-link" href={`/people/${row.personId}/probation/orders/${row.orderId}`} safe>
                {row.personName}
              </a>
            </td>
            <td class="govuk-table__cell" safe>
              {t(`probation.kind.${row.kind}`)}
            </td>
            <td class="govuk-table__cell" safe>
              {row.officeName[locale]}
            </td>
            <td class="govuk-table__cell" safe>
              {t(`probation.intensity.${row.intensity}`)}
            </td>
            <td class="govuk-table__cell">
              <span safe>{row.due ? formatDate(row.due) : t('probation.field.noFurtherContact')}</span>{' '}
              {row.overdue ? <Tag text={t('probation.overdue')} colour="orange" /> : ''}
            </td>
            <td class="govuk-table__cell" safe>
              {String(row.recentViolations)}
            </td>
            {officer ? (
              <td class="govuk-table__cell" safe>
                {row.officerName ?? t('probation.field.notAllocated')}
              </td>
            ) : (
              ''
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** `/probation/caseload`: the officer's own active orders, highest priority first. */
export function CaseloadView({ context, cases }: { context: PageContext; cases: CaseRow[] }) {
  const { t } = context.i18n;
  return (
    <Layout context={context} title={t('probation.caseload.title')}>
      <h1 class="govuk-heading-l" safe>
        {t('probation.caseload.title')}
      </h1>
      <p class="govuk-body" safe>
        {t('probation.caseload.intro')}
      </p>
      {cases.length === 0 ? (
        <p class="govuk-body" safe>
          {t('probation.caseload.none')}
        </p>
      ) : (
        <CasesTable context={context} cases={cases} />
      )}
    </Layout>
  );
}
