import { LOCALES } from '../../../../platform/i18n/locales.ts';
import { CsrfField, ErrorSummary, type FieldError, TextInput, Textarea } from '../../../../platform/views/components.tsx';
import { Layout } from '../../../../platform/views/layout.tsx';
import type { PageContext } from '../../../../platform/views/page-context.ts';
import type { PublishForm } from './publish.form.ts';

/**
 * The editor of a new version: the current version's sections to change in the three languages, one empty
 * section at the end to add, and the note saying what changed. The version it is based on travels with the form.
 */
export function PublishView(props: {
  context: PageContext;
  code: string;
  title: string;
  form: PublishForm;
  errors: FieldError[];
}): JSX.Element {
  const { t } = props.context.i18n;
  const error = (name: string) => props.errors.find((entry) => entry.field === name)?.message;
  return (
    <Layout context={props.context} title={t('manual.publish.title')}>
      <a class="govuk-back-link" href={`/manual/${props.code}`} safe>
        {props.title}
      </a>
      <ErrorSummary title={t('error.summaryTitle')} errors={props.errors} />
      <h1 class="govuk-heading-l" safe>
        {t('manual.publish.title')}
      </h1>
      <p class="govuk-body" safe>
        {t('manual.publish.intro', { version: props.form.basedOn })}
      </p>
      <form method="post" action={`/manual/${props.code}/publish`} novalidate>
        <CsrfField token={props.context.csrfToken} />
        <input type="hidden" name="basedOn" value={props.form.basedOn} />
        {props.form.sections.map((section, index) => (
          <fieldset class="govuk-fieldset govuk-!-margin-bottom-8">
            <legend class="govuk-fieldset__legend govuk-fieldset__legend--m" safe>
              {t('manual.publish.section', { number: index + 1 })}
            </legend>
            {LOCALES.map((locale) => (
              <>
                <TextInput
                  name={`title_${index}_${locale}`}
                  label={t('manual.publish.sectionTitle', { language: t(`manual.language.${locale}`) })}
                  value={section.title[locale]}
                  error={error(`title_${index}_${locale}`)}
                />
                <Textarea
                  name={`body_${index}_${locale}`}
                  label={t('manual.publish.sectionBody', { language: t(`manual.language.${locale}`) })}
                  hint={t('manual.publish.bodyHint')}
                  value={section.body[locale]}
                  rows={8}
                  error={error(`body_${index}_${locale}`)}
                />
              </>
            ))}
          </fieldset>
        ))}
        <Textarea name="changeNote" label={t('manual.publish.changeNote')} value={props.form.changeNote} error={error('changeNote')} />
        <button type="submit" class="govuk-button" data-module="govuk-button" safe>
          {t('manual.publish.button')}
        </button>
      </form>
    </Layout>
  );
}
