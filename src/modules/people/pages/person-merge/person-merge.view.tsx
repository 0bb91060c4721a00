import { CsrfField, ErrorSummary, type FieldError, TextInput } from '../../../../platform/views/components.tsx';
import type { PageContext } from '../../../../platform/views/page-context.ts';
import { PersonLayout } from '../person-layout.tsx';
import type { PersonHeaderModel } from '../person-header.ts';
import { Textarea } from '../person-new/form-controls.tsx';

export type MergeForm = { other: string; reason: string };

/** Proposing that another record is the same person and should be merged into this one. */
export function PersonMergeView(props: {
  context: PageContext;
  header: PersonHeaderModel;
  form: MergeForm;
  errors: FieldError[];
  proposed: boolean;
}): JSX.Element {
  const { context, header, form, errors } = props;
  const { t } = context.i18n;
  const error = (field: keyof MergeForm) => errors.find((entry) => entry.field === field)?.message;
  return (
    <PersonLayout context={context} person={header} tab="overview" title={t('people.record.merge.title')}>
      <ErrorSummary title={t('error.summaryTitle')} errors={errors} />
      {props.proposed ? (
        <div class="govuk-notification-banner govuk-notification-banner--success" role="alert" data-module="govuk-notification-banner">
          <div class="govuk-notification-banner__content">
            <p class="govuk-notification-banner__heading" safe>
              {t('people.record.merge.proposed')}
            </p>
          </div>
        </div>
      ) : (
        ''
      )}
      <h1 class="govuk-heading-l" safe>
        {t('people.record.merge.title')}
      </h1>
      <p class="govuk-body" safe>
        {t('people.record.merge.intro')}
      </p>
      <form method="post" action={`/people/${header.id}/merge`} novalidate>
        <CsrfField token={context.csrfToken} />
        <TextInput name="other" label={t('people.record.merge.other')} value={form.other} error={error('other')} spellcheck={false} />
        <Textarea name="reason" label={t('people.record.merge.reason')} value={form.reason} error={error('reason')} />
        <button type="submit" class="govuk-button" data-module="govuk-button" safe>
          {t('people.record.merge.submit')}
        </button>
      </form>
    </PersonLayout>
  );
}
