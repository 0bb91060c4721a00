import { ErrorSummary, type FieldError, TextInput } from '../../../../platform/views/components.tsx';
import type { PageContext } from '../../../../platform/views/page-context.ts';
import { SUBJECT_ACCESS_LANGUAGES } from '../../people.subject-access.ts';
import type { PersonHeaderModel } from '../person-header.ts';
import { PersonLayout } from '../person-layout.tsx';
import type { SubjectAccessForm } from './subject-access.form.ts';

type Props = {
  context: PageContext;
  header: PersonHeaderModel;
  form: SubjectAccessForm;
  /** The request's dates when the typed day is valid, for the "due by" line. */
  dates: { receivedOn: string; dueOn: string } | null;
  errors: FieldError[];
};

export const subjectAccessHref = (personId: string) => `/people/${personId}/subject-access`;

/**
 * `/people/:id/subject-access`: the day the request arrived (the week to answer runs from it), the PDF's
 * language, and one GET form with two buttons, so both downloads work without a script.
 */
export function SubjectAccessView({ context, header, form, dates, errors }: Props): JSX.Element {
  const { t, formatDate } = context.i18n;
  const errorFor = (field: string) => errors.find((error) => error.field === field)?.message;
  const langError = errorFor('lang');
  const base = subjectAccessHref(header.id);
  return (
    <PersonLayout context={context} person={header} tab="overview" title={t('subjectAccess.page.title')}>
      <ErrorSummary title={t('error.summaryTitle')} errors={errors} />
      <h1 class="govuk-heading-l" safe>
        {t('subjectAccess.page.title')}
      </h1>
      <p class="govuk-body" safe>
        {t('subjectAccess.page.intro')}
      </p>
      {dates ? (
        <div class="govuk-inset-text" safe>
          {t('subjectAccess.page.due', { received: formatDate(dates.receivedOn), due: formatDate(dates.dueOn) })}
        </div>
      ) : (
        ''
      )}
      <form method="get" action={`${base}.pdf`} novalidate>
        <TextInput
          name="received"
          label={t('subjectAccess.page.received')}
          hint={t('subjectAccess.page.receivedHint')}
          value={form.received}
          error={errorFor('received')}
          width={10}
        />
        <div class={`govuk-form-group${langError ? ' govuk-form-group--error' : ''}`}>
          <fieldset class="govuk-fieldset" aria-describedby={langError ? 'lang-error' : undefined}>
            <legend class="govuk-fieldset__legend govuk-fieldset__legend--s" safe>
              {t('subjectAccess.page.language')}
            </legend>
            {langError ? (
              <p class="govuk-error-message" id="lang-error" safe>
                {langError}
              </p>
            ) : (
              ''
            )}
            <div class="govuk-radios govuk-radios--inline" data-module="govuk-radios">
              {SUBJECT_ACCESS_LANGUAGES.map((lang, index) => (
                <div class="govuk-radios__item">
                  <input
                    class="govuk-radios__input"
                    id={index === 0 ? 'lang' : `lang-${lang}`}
                    name="lang"
                    type="radio"
                    value={lang}
                    checked={form.lang === lang}
                  />
                  <label class="govuk-label govuk-radios__label" for={index === 0 ? 'lang' : `lang-${lang}`} safe>
                    {t(`subjectAccess.page.lang.${lang}`)}
                  </label>
                </div>
              ))}
            </div>
          </fieldset>
        </div>
        <p class="govuk-body-s" safe>
          {t('subjectAccess.page.jsonHint')}
        </p>
        <div class="govuk-button-group">
          <button type="submit" class="govuk-button" data-module="govuk-button" safe>
            {t('subjectAccess.page.pdf')}
          </button>
          <button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button" formaction={`${base}.json`} safe>
            {t('subjectAccess.page.json')}
          </button>
        </div>
        <p class="govuk-body-s" safe>
          {t('subjectAccess.page.audited')}
        </p>
      </form>
    </PersonLayout>
  );
}
