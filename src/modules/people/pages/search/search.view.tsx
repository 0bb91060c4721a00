import { ErrorSummary, type FieldError, type Option, Select, TextInput } from '../../../../platform/views/components.tsx';
import { Layout } from '../../../../platform/views/layout.tsx';
import type { PageContext } from '../../../../platform/views/page-context.ts';
import type { PersonSearchResult } from '../../people.search.ts';
import { LEGAL_STATUSES } from '../../people.tables.ts';
import type { SearchForm } from './search.form.ts';
import { SearchResults } from './search.results.tsx';

export type { Option } from '../../../../platform/views/components.tsx';

/**
 * `/people`: the search form, sent with GET so a search can be bookmarked and repeated (the request log keeps
 * only the path, never the criteria). Results appear under the form once something was searched.
 */
export function PeopleSearchView(props: {
  context: PageContext;
  form: SearchForm;
  errors: FieldError[];
  units: Option[];
  districts: Option[];
  results: { people: PersonSearchResult[]; more: boolean } | null;
  /** Set after a change moved a person out of the user's units: where the record went. */
  notice?: string | undefined;
}): JSX.Element {
  const { context, form, errors } = props;
  const { t } = context.i18n;
  const errorOf = (field: string) => errors.find((error) => error.field === field)?.message;
  const title = t('people.search.title');
  const statuses = LEGAL_STATUSES.map((status) => ({ value: status, label: t(`people.status.${status}`) }));
  return (
    <Layout context={context} title={errors.length > 0 ? `${t('error.summaryTitle')}: ${title}` : title}>
      <ErrorSummary title={t('error.summaryTitle')} errors={errors} />
      {props.notice ? (
        <div class="govuk-notification-banner govuk-notification-banner--success" role="alert" data-module="govuk-notification-banner">
          <div class="govuk-notification-banner__content">
            <p class="govuk-notification-banner__heading" safe>
              {props.notice}
            </p>
          </div>
        </div>
      ) : (
        ''
      )}
      <h1 class="govuk-heading-l" safe>
        {title}
      </h1>
      <p class="govuk-body" safe>
        {t('people.search.intro')}
      </p>
      <form method="get" action="/people" role="search" novalidate>
        <div class="govuk-grid-row">
          <div class="govuk-grid-column-one-half">
            <TextInput
              name="name"
              label={t('people.search.name')}
              hint={t('people.search.nameHint')}
              value={form.name}
              error={errorOf('name')}
              spellcheck={false}
            />
            <TextInput
              name="pin"
              label={t('people.search.pin')}
              hint={t('people.search.pinHint')}
              value={form.pin}
              error={errorOf('pin')}
              width={20}
            />
            <TextInput
              name="caseNumber"
              label={t('people.search.caseNumber')}
              value={form.caseNumber}
              error={errorOf('caseNumber')}
              width={20}
            />
            <TextInput
              name="dateOfBirth"
              label={t('people.search.dateOfBirth')}
              hint={t('people.search.dateOfBirthHint')}
              value={form.dateOfBirth}
              error={errorOf('dateOfBirth')}
              width={10}
            />
          </div>
          <div class="govuk-grid-column-one-half">
            <fieldset class="govuk-fieldset">
              <legend class="govuk-fieldset__legend govuk-fieldset__legend--s" safe>
                {t('people.search.filters')}
              </legend>
              <Select
                name="unit"
                label={t('people.search.unit')}
                blank={t('people.search.any')}
                options={props.units}
                value={form.unit}
                error={errorOf('unit')}
              />
              <Select
                name="legalStatus"
                label={t('people.search.legalStatus')}
                blank={t('people.search.any')}
                options={statuses}
                value={form.legalStatus}
                error={errorOf('legalStatus')}
              />
              <Select
                name="district"
                label={t('people.search.district')}
                blank={t('people.search.any')}
                options={props.districts}
                value={form.district}
                error={errorOf('district')}
              />
            </fieldset>
          </div>
        </div>
        <div class="govuk-button-group">
          <button type="submit" class="govuk-button" data-module="govuk-button" safe>
            {t('people.search.button')}
          </button>
          <a class="govuk-link" href="/people" safe>
            {t('people.search.clear')}
          </a>
        </div>
      </form>
      {props.results ? <SearchResults context={context} people={props.results.people} more={props.results.more} /> : ''}
    </Layout>
  );
}
