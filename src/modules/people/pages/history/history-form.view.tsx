import { CsrfField, ErrorSummary, type FieldError, TextInput } from '../../../../platform/views/components.tsx';
import type { PageContext } from '../../../../platform/views/page-context.ts';
import type { CriminalCodeArticle } from '../../people.history.ts';
import type { PersonHeaderModel } from '../person-header.ts';
import { PersonLayout } from '../person-layout.tsx';
import { ConflictBanner, FormButtons, type Option, Select, TextArea } from './history.components.tsx';

export type FormState = { values: Record<string, string>; errors: FieldError[]; conflict?: boolean };

/** The frame of every history form: header band and tabs, the error summary (or conflict banner), the form. */
export function HistoryFormPage(props: {
  context: PageContext;
  person: PersonHeaderModel;
  title: string;
  action: string;
  state: FormState;
  children: JSX.Element | JSX.Element[];
}): JSX.Element {
  const { context, state } = props;
  const { t } = context.i18n;
  // Children are rendered JSX, already escaped where they were built.
  const safeChildren = props.children;
  return (
    <PersonLayout context={context} person={props.person} tab="history" title={props.title}>
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          {state.conflict ? <ConflictBanner context={context} /> : <ErrorSummary title={t('error.summaryTitle')} errors={state.errors} />}
          <h1 class="govuk-heading-l" safe>
            {props.title}
          </h1>
          <form method="post" action={props.action} novalidate>
            <CsrfField token={context.csrfToken} />
            <>{safeChildren}</>
            <FormButtons context={context} personId={props.person.id} />
          </form>
        </div>
      </div>
    </PersonLayout>
  );
}

/** Field helpers bound to one form's values and errors, so each form reads as a list of its fields. */
export function fieldsOf(context: PageContext, state: FormState) {
  const { t } = context.i18n;
  const error = (field: string) => state.errors.find((entry) => entry.field === field)?.message;
  const value = (field: string) => state.values[field] ?? '';
  const label = (field: string) => t(`history.field.${field}` as Parameters<typeof t>[0]);
  return {
    text: (field: string, options: { hint?: string; width?: 10 | 20 | 30 } = {}) => (
      <TextInput name={field} label={label(field)} value={value(field)} error={error(field)} {...options} />
    ),
    date: (field: string) => (
      <TextInput name={field} label={label(field)} value={value(field)} error={error(field)} hint={t('history.dateHint')} width={10} />
    ),
    select: (field: string, options: Option[], extra: { hint?: string; placeholder?: string } = {}) => (
      <Select
        name={field}
        label={label(field)}
        options={options}
        value={value(field)}
        error={error(field)}
        blank={t('history.choose')}
        {...extra}
      />
    ),
    area: (field: string) => <TextArea name={field} label={label(field)} value={value(field)} error={error(field)} />,
    version: () => <input type="hidden" name="version" value={value('version')} />,
  };
}

/** The articles to pick from, shown under the articles field so staff can check a number. */
export function ArticleList({ context, articles }: { context: PageContext; articles: CriminalCodeArticle[] }): JSX.Element {
  const { t, locale } = context.i18n;
  return (
    <details class="govuk-details">
      <summary class="govuk-details__summary">
        <span class="govuk-details__summary-text" safe>
          {t('history.field.articles')}
        </span>
      </summary>
      <div class="govuk-details__text">
        <ul class="govuk-list">
          {articles.map((article) => (
            <li>
              <span safe>{`${article.code}. ${article.title[locale]}`}</span>
              {article.terrorism ? (
                <strong class="govuk-tag govuk-tag--purple govuk-!-margin-left-1" safe>
                  {t('history.terrorism')}
                </strong>
              ) : (
                ''
              )}
              {article.extremism ? (
                <strong class="govuk-tag govuk-tag--orange govuk-!-margin-left-1" safe>
                  {t('history.extremism')}
                </strong>
              ) : (
                ''
              )}
            </li>
          ))}
        </ul>
      </div>
    </details>
  );
}
