import { ErrorSummary, type FieldError, TextInput } from '../../../../platform/views/components.tsx';
import { Layout } from '../../../../platform/views/layout.tsx';
import type { PageContext } from '../../../../platform/views/page-context.ts';
import { type AuditFilterForm, filterQuery, PAGE_SIZE } from '../../audit.models.ts';
import type { AuditEventRow } from '../../audit.repository.ts';
import { AuditEventsTable } from './audit-events.table.tsx';
import { OutcomeSelect, Pagination } from './audit-trail.components.tsx';

export type AuditTrailProps = {
  context: PageContext;
  form: AuditFilterForm;
  errors: FieldError[];
  rows: AuditEventRow[];
  total: number;
  page: number;
  /** The newest event of the first page; paging and export links carry it (see AuditFilters.throughSeq). */
  throughSeq: number | undefined;
  sealing: { sealed: number; lastSealedAt: Date | null };
  canExport: boolean;
};

export function AuditTrailView(props: AuditTrailProps): JSX.Element {
  const { context, form, errors } = props;
  const { t, formatDateTime } = context.i18n;
  const errorFor = (field: string) => errors.find((error) => error.field === field)?.message;
  const pages = Math.max(1, Math.ceil(props.total / PAGE_SIZE));
  const pinned: Record<string, string> = props.throughSeq === undefined ? {} : { through: String(props.throughSeq) };
  return (
    <Layout context={context} title={t('audit.title')}>
      <ErrorSummary title={t('error.summaryTitle')} errors={errors} />
      <h1 class="govuk-heading-l" safe>
        {t('audit.title')}
      </h1>
      <p class="govuk-body" safe>
        {t('audit.intro')}
      </p>
      <div class="govuk-inset-text">
        <p class="govuk-body" safe>
          {props.sealing.lastSealedAt
            ? t('audit.sealing', { count: props.sealing.sealed, time: formatDateTime(props.sealing.lastSealedAt) })
            : t('audit.sealingNone')}
        </p>
        <p class="govuk-body-s" safe>
          {t('audit.verifyHint')}
        </p>
      </div>

      <form method="get" action="/audit" novalidate>
        <fieldset class="govuk-fieldset">
          <legend class="govuk-fieldset__legend govuk-fieldset__legend--m">
            <h2 class="govuk-fieldset__heading" safe>
              {t('audit.filters')}
            </h2>
          </legend>
          <div class="govuk-grid-row">
            <div class="govuk-grid-column-one-third">
              <TextInput
                name="username"
                label={t('audit.filter.username')}
                value={form.username}
                error={errorFor('username')}
                spellcheck={false}
              />
            </div>
            <div class="govuk-grid-column-one-third">
              <TextInput
                name="personId"
                label={t('audit.filter.personId')}
                value={form.personId}
                error={errorFor('personId')}
                spellcheck={false}
              />
            </div>
            <div class="govuk-grid-column-one-third">
              <OutcomeSelect context={context} value={form.outcome} error={errorFor('outcome')} />
            </div>
          </div>
          <TextInput
            name="action"
            label={t('audit.filter.action')}
            hint={t('audit.filter.actionHint')}
            value={form.action}
            error={errorFor('action')}
            width={20}
            spellcheck={false}
          />
          <div class="govuk-grid-row">
            <div class="govuk-grid-column-one-third">
              <TextInput
                name="from"
                label={t('audit.filter.from')}
                hint={t('audit.filter.dateHint')}
                value={form.from}
                error={errorFor('from')}
                width={10}
              />
            </div>
            <div class="govuk-grid-column-one-third">
              <TextInput
                name="to"
                label={t('audit.filter.to')}
                hint={t('audit.filter.dateHint')}
                value={form.to}
                error={errorFor('to')}
                width={10}
              />
            </div>
          </div>
        </fieldset>
        <div class="govuk-button-group">
          <button type="submit" class="govuk-button" data-module="govuk-button" safe>
            {t('audit.filter.apply')}
          </button>
          <a class="govuk-link" href="/audit" safe>
            {t('audit.filter.clear')}
          </a>
        </div>
      </form>

      {errors.length > 0 ? (
        ''
      ) : (
        <>
          <p class="govuk-body govuk-!-font-weight-bold" safe>
            {t('audit.count', { count: props.total })}
          </p>
          {props.canExport && props.total > 0 ? (
            <p class="govuk-body">
              <a class="govuk-link" href={`/audit/export.csv${filterQuery(form, pinned)}`} safe>
                {t('audit.export')}
              </a>
            </p>
          ) : (
            ''
          )}
          {props.rows.length === 0 ? (
            <p class="govuk-body" safe>
              {t('audit.none')}
            </p>
          ) : (
            <AuditEventsTable context={context} rows={props.rows} />
          )}
          <Pagination context={context} form={form} pinned={pinned} page={props.page} pages={pages} />
        </>
      )}
    </Layout>
  );
}
