import { CsrfField, ErrorSummary, type FieldError, Select, Tag } from '../../../../platform/views/components.tsx';
import { Layout } from '../../../../platform/views/layout.tsx';
import type { PageContext } from '../../../../platform/views/page-context.ts';
import { CasesTable } from '../caseload/caseload.view.tsx';
import { Notice } from '../probation.components.tsx';
import type { AllocationData } from './allocation.data.ts';

/** `/probation/allocation`: each officer's load against capacity with their cases, then the orders to allocate. */
export function AllocationView(props: { context: PageContext; data: AllocationData; errors: FieldError[]; notice?: string | undefined }) {
  const { context, data } = props;
  const { t, locale, formatDate } = context.i18n;
  const officerOptions = data.officers.map((officer) => ({
    value: officer.id,
    label: t('probation.allocation.officerOption', { name: officer.displayName, active: officer.cases.length, capacity: officer.capacity }),
  }));
  return (
    <Layout context={context} title={t('probation.allocation.title')}>
      <Notice text={props.notice} />
      <ErrorSummary title={t('error.summaryTitle')} errors={props.errors} />
      <h1 class="govuk-heading-l" safe>
        {t('probation.allocation.title')}
      </h1>
      <h2 class="govuk-heading-m" id="unallocated" safe>
        {t('probation.allocation.unallocated')}
      </h2>
      {data.unallocated.length === 0 ? (
        <p class="govuk-body" safe>
          {t('probation.allocation.noUnallocated')}
        </p>
      ) : (
        data.unallocated.map((row) => (
          <div class="govuk-summary-card" id={`order-${row.orderId}`}>
            <div class="govuk-summary-card__title-wrapper">
              <h3 class="govuk-summary-card__title" safe>
                {`${row.personName} — ${t(`probation.kind.${row.kind}`)}`}
              </h3>
            </div>
            <div class="govuk-summary-card__content">
              <p class="govuk-body" safe>
                {`${row.officeName[locale]} · ${formatDate(row.startsOn)} – ${formatDate(row.endsOn)} · ${t(`probation.intensity.${row.intensity}`)}`}
              </p>
              <form method="post" action={`/probation/orders/${row.orderId}/allocate`}>
                <CsrfField token={context.csrfToken} />
                <input type="hidden" name="version" value={String(row.version)} />
                <Select
                  name="officerId"
                  label={t('probation.allocation.allocateTo')}
                  options={officerOptions}
                  value=""
                  blank={t('probation.form.chooseBlank')}
                />
                <button type="submit" class="govuk-button" data-module="govuk-button" safe>
                  {t('probation.allocation.allocate')}
                </button>
              </form>
            </div>
          </div>
        ))
      )}
      <h2 class="govuk-heading-m" safe>
        {t('probation.allocation.officers')}
      </h2>
      {data.officers.map((officer) => (
        <div class="govuk-summary-card" id={`officer-${officer.id}`}>
          <div class="govuk-summary-card__title-wrapper">
            <h3 class="govuk-summary-card__title">
              <span safe>
                {t('probation.allocation.load', { name: officer.displayName, active: officer.cases.length, capacity: officer.capacity })}
              </span>{' '}
              {officer.cases.length > officer.capacity ? <Tag text={t('probation.allocation.overCapacity')} colour="orange" /> : ''}
              {officer.overdue > 0 ? <Tag text={t('probation.allocation.overdue', { count: officer.overdue })} colour="orange" /> : ''}
            </h3>
          </div>
          <div class="govuk-summary-card__content">
            {officer.cases.length === 0 ? (
              <p class="govuk-body" safe>
                {t('probation.caseload.none')}
              </p>
            ) : (
              <CasesTable context={context} cases={officer.cases} />
            )}
            <form method="post" action={`/probation/officers/${officer.id}/capacity`} class="govuk-!-margin-top-2">
              <CsrfField token={context.csrfToken} />
              <div class="govuk-form-group">
                <label class="govuk-label" for={`capacity-${officer.id}`} safe>
                  {t('probation.allocation.capacity')}
                </label>
                <input
                  class="govuk-input govuk-input--width-4"
                  id={`capacity-${officer.id}`}
                  name="capacity"
                  value={String(officer.capacity)}
                />
              </div>
              <button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button" safe>
                {t('probation.allocation.saveCapacity')}
              </button>
            </form>
          </div>
        </div>
      ))}
    </Layout>
  );
}
