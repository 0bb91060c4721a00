import { CsrfField, ErrorSummary, type FieldError, TextInput } from '../../../../platform/views/components.tsx';
import { Layout } from '../../../../platform/views/layout.tsx';
import type { PageContext } from '../../../../platform/views/page-context.ts';
import { fullName, type PersonSearchResult } from '../../../people/people.service.ts';
import type { RequestForm } from '../forms.ts';
import { type RequestOptions, RequestFields } from '../request/request-fields.view.tsx';

export type SearchStep = { query: string; results: PersonSearchResult[] | null; mayRegister: boolean; errors: FieldError[] };

/** Step one of recording a request: find the person the court asks about (by name or PIN), or register them. */
export function ChoosePersonView({ context, step }: { context: PageContext; step: SearchStep }) {
  const { t, formatDate, locale } = context.i18n;
  const title = t('courtReports.page.new.title');
  return (
    <Layout context={context} title={title}>
      <a class="govuk-back-link" href="/court-reports" safe>
        {t('courtReports.page.backToList')}
      </a>
      <ErrorSummary title={t('error.summaryTitle')} errors={step.errors} />
      <h1 class="govuk-heading-l" safe>
        {title}
      </h1>
      <form method="get" action="/court-reports/new" novalidate>
        <TextInput name="q" label={t('courtReports.page.new.search')} hint={t('courtReports.page.new.searchHint')} value={step.query} />
        <button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button" safe>
          {t('courtReports.page.new.find')}
        </button>
      </form>
      {step.results === null ? (
        ''
      ) : step.results.length === 0 ? (
        <p class="govuk-body" id="personId" safe>
          {t('courtReports.page.new.noMatch')}
        </p>
      ) : (
        <ul class="govuk-list" id="personId">
          {step.results.map((person) => (
            <li>
              <a class="govuk-link" href={`/court-reports/new?personId=${person.id}`} safe>
                {`${fullName(person)} — ${formatDate(person.dateOfBirth)} — ${person.location[locale]}`}
              </a>
            </li>
          ))}
        </ul>
      )}
      {step.mayRegister ? (
        <p class="govuk-body">
          <a class="govuk-link" href="/people/new" safe>
            {t('courtReports.page.new.register')}
          </a>
        </p>
      ) : (
        ''
      )}
    </Layout>
  );
}

export type RequestStep = { personId: string; personName: string; form: RequestForm; errors: FieldError[]; options: RequestOptions };

/** Step two: the court's request about the chosen person, allocated to an officer. */
export function NewRequestView({ context, step }: { context: PageContext; step: RequestStep }) {
  const { t } = context.i18n;
  const title = t('courtReports.page.new.title');
  return (
    <Layout context={context} title={title}>
      <a class="govuk-back-link" href="/court-reports/new" safe>
        {t('courtReports.page.new.otherPerson')}
      </a>
      <ErrorSummary title={t('error.summaryTitle')} errors={step.errors} />
      <span class="govuk-caption-l" safe>
        {step.personName}
      </span>
      <h1 class="govuk-heading-l" safe>
        {title}
      </h1>
      <p class="govuk-body" safe>
        {t('courtReports.page.new.episode')}
      </p>
      <form method="post" action="/court-reports/new" novalidate>
        <CsrfField token={context.csrfToken} />
        <input type="hidden" name="personId" value={step.personId} />
        <RequestFields context={context} form={step.form} errors={step.errors} options={step.options} />
        <button type="submit" class="govuk-button" data-module="govuk-button" safe>
          {t('courtReports.page.new.save')}
        </button>
      </form>
    </Layout>
  );
}
