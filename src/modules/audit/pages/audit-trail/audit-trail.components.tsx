import type { MessageKey } from '../../../../platform/i18n/catalog.ts';
import { Select } from '../../../../platform/views/components.tsx';
import type { PageContext } from '../../../../platform/views/page-context.ts';
import { AUDIT_OUTCOMES } from '../../../../platform/audit/audit.tables.ts';
import { type AuditFilterForm, filterQuery } from '../../audit.models.ts';

/** The outcome filter: any, or one of the outcomes an event can have. */
export function OutcomeSelect({ context, value, error }: { context: PageContext; value: string; error: string | undefined }): JSX.Element {
  const { t } = context.i18n;
  return (
    <Select
      name="outcome"
      label={t('audit.filter.outcome')}
      value={value}
      error={error}
      blank={t('audit.filter.anyOutcome')}
      options={AUDIT_OUTCOMES.map((outcome) => ({ value: outcome, label: t(`audit.outcome.${outcome}` as MessageKey) }))}
    />
  );
}

/** Previous / next links that keep the filters and the pinned newest event. */
export function Pagination(props: {
  context: PageContext;
  form: AuditFilterForm;
  pinned: Record<string, string>;
  page: number;
  pages: number;
}): JSX.Element {
  const { t } = props.context.i18n;
  if (props.pages <= 1) return '';
  const link = (page: number) => `/audit${filterQuery(props.form, { ...props.pinned, page: String(page) })}`;
  return (
    <nav class="govuk-pagination" aria-label={t('audit.page', { page: props.page, pages: props.pages })}>
      {props.page > 1 ? (
        <div class="govuk-pagination__prev">
          <a class="govuk-link govuk-pagination__link" href={link(props.page - 1)} rel="prev">
            <span class="govuk-pagination__link-title" safe>
              {t('audit.previous')}
            </span>
          </a>
        </div>
      ) : (
        ''
      )}
      <p class="govuk-body govuk-!-margin-bottom-0" safe>
        {t('audit.page', { page: props.page, pages: props.pages })}
      </p>
      {props.page < props.pages ? (
        <div class="govuk-pagination__next">
          <a class="govuk-link govuk-pagination__link" href={link(props.page + 1)} rel="next">
            <span class="govuk-pagination__link-title" safe>
              {t('audit.next')}
            </span>
          </a>
        </div>
      ) : (
        ''
      )}
    </nav>
  );
}
