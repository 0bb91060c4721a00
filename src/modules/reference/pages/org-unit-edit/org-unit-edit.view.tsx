import { CsrfField, ErrorSummary, type FieldError, TextInput } from '../../../../platform/views/components.tsx';
import { Layout } from '../../../../platform/views/layout.tsx';
import type { PageContext } from '../../../../platform/views/page-context.ts';

/** What the form shows: the values as typed (strings), so a rejected form keeps them exactly. */
export type OrgUnitForm = { nameKy: string; nameRu: string; nameEn: string; capacity: string; active: boolean; version: string };

export function OrgUnitEditView(props: {
  context: PageContext;
  code: string;
  title: string;
  form: OrgUnitForm;
  errors: FieldError[];
  conflict: boolean;
}): JSX.Element {
  const { context, form, errors } = props;
  const { t } = context.i18n;
  const errorFor = (field: string) => errors.find((error) => error.field === field)?.message;
  return (
    <Layout context={context} title={t('reference.editUnit', { name: props.title })}>
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          {props.conflict ? (
            <div class="govuk-error-summary" data-module="govuk-error-summary">
              <div role="alert">
                <h2 class="govuk-error-summary__title" safe>
                  {t('error.conflict.title')}
                </h2>
                <div class="govuk-error-summary__body">
                  <p class="govuk-body" safe>
                    {t('error.conflict.body')}
                  </p>
                </div>
              </div>
            </div>
          ) : (
            <ErrorSummary title={t('error.summaryTitle')} errors={errors} />
          )}
          <h1 class="govuk-heading-l" safe>
            {t('reference.editUnit', { name: props.title })}
          </h1>
          <form method="post" action={`/reference/org-units/${encodeURIComponent(props.code)}/edit`} novalidate>
            <CsrfField token={context.csrfToken} />
            <input type="hidden" name="version" value={form.version} />
            <TextInput name="nameKy" label={t('reference.nameKy')} value={form.nameKy} error={errorFor('nameKy')} />
            <TextInput name="nameRu" label={t('reference.nameRu')} value={form.nameRu} error={errorFor('nameRu')} />
            <TextInput name="nameEn" label={t('reference.nameEn')} value={form.nameEn} error={errorFor('nameEn')} />
            <TextInput
              name="capacity"
              label={t('reference.column.capacity')}
              hint={t('reference.capacityHint')}
              value={form.capacity}
              error={errorFor('capacity')}
              width={10}
            />
            <div class="govuk-form-group">
              <div class="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
                <div class="govuk-checkboxes__item">
                  <input
                    class="govuk-checkboxes__input"
                    id="active"
                    name="active"
                    type="checkbox"
                    value="yes"
                    checked={form.active}
                    aria-describedby="active-hint"
                  />
                  <label class="govuk-label govuk-checkboxes__label" for="active" safe>
                    {t('reference.active')}
                  </label>
                  <div id="active-hint" class="govuk-hint govuk-checkboxes__hint" safe>
                    {t('reference.activeHint')}
                  </div>
                </div>
              </div>
            </div>
            <div class="govuk-button-group">
              <button type="submit" class="govuk-button" data-module="govuk-button" safe>
                {t('reference.save')}
              </button>
              <a class="govuk-link" href="/reference" safe>
                {t('reference.cancel')}
              </a>
            </div>
          </form>
        </div>
      </div>
    </Layout>
  );
}
