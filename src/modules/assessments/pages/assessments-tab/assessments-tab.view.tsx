import { CsrfField, ErrorSummary, type FieldError, Select } from '../../../../platform/views/components.tsx';
import type { PageContext } from '../../../../platform/views/page-context.ts';
import { PersonLayout, type PersonHeaderModel } from '../../../people/people.service.ts';
import type { assessmentsOfPerson } from '../../assessments.repository.ts';
import type { LocalisedText } from '../../instruments/instrument.definition.ts';
import { StatusTag } from '../assessment/status-tag.tsx';
import { type StartForm, STARTING_REASONS } from './start.form.ts';

export type AssessmentsTabPage = {
  assessments: Awaited<ReturnType<typeof assessmentsOfPerson>>;
  /** The instruments with a published version, the only ones an assessment can start with. */
  instruments: { code: string; name: LocalisedText }[];
  mayStart: boolean;
  form: StartForm;
  errors: FieldError[];
};

/** `/people/:id/assessments`: the person's assessments, newest first, and the form to start one. */
export function AssessmentsTabView(props: { context: PageContext; header: PersonHeaderModel; page: AssessmentsTabPage }) {
  const { context, header, page } = props;
  const { t, locale, formatDate } = context.i18n;
  const cell = (text: string) => (
    <td class="govuk-table__cell" safe>
      {text}
    </td>
  );
  return (
    <PersonLayout context={context} person={header} tab="assessments" title={t('people.tab.assessments')}>
      <ErrorSummary title={t('error.summaryTitle')} errors={page.errors} />
      <h1 class="govuk-heading-l" safe>
        {t('people.tab.assessments')}
      </h1>
      {page.assessments.length === 0 ? (
        <p class="govuk-body" safe>
          {t('assessments.page.none')}
        </p>
      ) : (
        <table class="govuk-table" id="assessments">
          <thead class="govuk-table__head">
            <tr class="govuk-table__row">
              {(['instrument', 'reason', 'status', 'assessor', 'dates', 'nextReview'] as const).map((column) => (
                <th scope="col" class="govuk-table__header" safe>
                  {t(`assessments.page.column.${column}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody class="govuk-table__body">
            {page.assessments.map((row) => (
              <tr class="govuk-table__row" data-assessment-id={row.id}>
                <td class="govuk-table__cell">
                  <a class="govuk-link" href={`/people/${header.id}/assessments/${row.id}`} safe>
                    {`${row.instrumentName[locale]}, ${t('assessments.page.version', { version: row.version })}`}
                  </a>
                  {row.correctsId ? (
                    <p class="govuk-body-s govuk-!-margin-bottom-0">
                      <a class="govuk-link" href={`/people/${header.id}/assessments/${row.correctsId}`} safe>
                        {t('assessments.page.correctionOf')}
                      </a>
                    </p>
                  ) : (
                    ''
                  )}
                </td>
                {cell(t(`assessments.label.reason.${row.reason}`))}
                <td class="govuk-table__cell">
                  <StatusTag context={context} status={row.status} />
                </td>
                {cell(row.assessorName)}
                {cell([formatDate(row.createdAt), row.reviewedAt ? formatDate(row.reviewedAt) : ''].filter(Boolean).join(' / '))}
                {cell(row.nextReviewDate ? formatDate(row.nextReviewDate) : '—')}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {page.mayStart ? <StartFormView context={context} header={header} page={page} /> : ''}
    </PersonLayout>
  );
}

function StartFormView({ context, header, page }: { context: PageContext; header: PersonHeaderModel; page: AssessmentsTabPage }) {
  const { t, locale } = context.i18n;
  const errorFor = (field: string) => page.errors.find((error) => error.field === field)?.message;
  return (
    <form method="post" action={`/people/${header.id}/assessments`} novalidate id="start-assessment">
      <CsrfField token={context.csrfToken} />
      <h2 class="govuk-heading-m" safe>
        {t('assessments.page.start.title')}
      </h2>
      {page.instruments.length === 0 ? (
        <p class="govuk-body" safe>
          {t('assessments.page.start.noInstruments')}
        </p>
      ) : (
        <>
          <Select
            name="instrumentCode"
            label={t('assessments.page.start.instrument')}
            options={page.instruments.map((instrument) => ({ value: instrument.code, label: instrument.name[locale] }))}
            value={page.form.instrumentCode}
            error={errorFor('instrumentCode')}
            blank={t('assessments.page.start.choose')}
          />
          <Select
            name="reason"
            label={t('assessments.page.start.reason')}
            options={STARTING_REASONS.map((reason) => ({ value: reason, label: t(`assessments.label.reason.${reason}`) }))}
            value={page.form.reason}
            error={errorFor('reason')}
            blank={t('assessments.page.start.choose')}
          />
          <button type="submit" class="govuk-button" data-module="govuk-button" safe>
            {t('assessments.page.start.button')}
          </button>
        </>
      )}
    </form>
  );
}
