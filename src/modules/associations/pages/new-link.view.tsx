import { Radios } from '../../../platform/views/choices.tsx';
import { ErrorSummary, type FieldError, Select, Textarea, TextInput } from '../../../platform/views/components.tsx';
import type { PageContext } from '../../../platform/views/page-context.ts';
import type { LocalisedName } from '../../../platform/org/org.tables.ts';
import { PersonLayout, type PersonHeaderModel } from '../../people/people.service.ts';
import { ASSOCIATION_KINDS, ASSOCIATION_SOURCES } from '../associations.tables.ts';
import type { LinkFormValues } from './association-form.ts';

/** A person the search found, as the choice shows them: enough to tell two namesakes apart. */
export type Candidate = { id: string; name: string; pin: string | null; dateOfBirth: string; place: LocalisedName | null };

export type NewLinkPage = { form: LinkFormValues; candidates: Candidate[] | null; errors: FieldError[] };

/**
 * `/people/:id/associations/new`: find the other person (a search that stays on this page), then choose them
 * and say what the link is and where it is known from. A refused form comes back with the search and the typing.
 */
export function NewLinkView({ context, header, page }: { context: PageContext; header: PersonHeaderModel; page: NewLinkPage }) {
  const { t, locale, formatDate } = context.i18n;
  const error = (field: string) => page.errors.find((entry) => entry.field === field)?.message;
  const action = `/people/${header.id}/associations`;
  return (
    <PersonLayout context={context} person={header} tab="associations" title={t('associations.new.title')}>
      <ErrorSummary title={t('error.summaryTitle')} errors={page.errors} />
      <h1 class="govuk-heading-l" safe>
        {t('associations.new.title')}
      </h1>
      <form method="get" action={`${action}/new`} novalidate>
        <h2 class="govuk-heading-m" safe>
          {t('associations.search.title')}
        </h2>
        <TextInput
          name="q"
          label={t('associations.search.label')}
          hint={t('associations.search.hint')}
          value={page.form.query}
          width={30}
        />
        <button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button" safe>
          {t('associations.search.button')}
        </button>
      </form>
      {page.candidates === null ? (
        ''
      ) : page.candidates.length === 0 ? (
        <p class="govuk-body" id="no-candidates" safe>
          {t('associations.search.none')}
        </p>
      ) : (
        <form method="post" action={action} novalidate>
          <input type="hidden" name="_csrf" value={context.csrfToken} />
          <input type="hidden" name="query" value={page.form.query} />
          <Radios
            name="otherPersonId"
            legend={t('associations.search.choose')}
            value={page.form.otherPersonId}
            error={error('otherPersonId')}
            options={page.candidates.map((candidate) => ({
              value: candidate.id,
              label: `${candidate.name}${candidate.pin ? `, ${candidate.pin}` : ''} — ${
                candidate.place
                  ? t('associations.search.bornAt', { date: formatDate(candidate.dateOfBirth), place: candidate.place[locale] })
                  : t('associations.search.born', { date: formatDate(candidate.dateOfBirth) })
              }`,
            }))}
          />
          <Select
            name="kind"
            label={t('associations.field.kind')}
            value={page.form.kind}
            blank={t('associations.field.choose')}
            error={error('kind')}
            options={ASSOCIATION_KINDS.map((kind) => ({ value: kind, label: t(`associations.kind.${kind}`) }))}
          />
          <Select
            name="source"
            label={t('associations.field.source')}
            value={page.form.source}
            blank={t('associations.field.choose')}
            error={error('source')}
            options={ASSOCIATION_SOURCES.map((source) => ({ value: source, label: t(`associations.source.${source}`) }))}
          />
          <TextInput
            name="sourceReference"
            label={t('associations.field.sourceReference')}
            hint={t('associations.field.sourceReferenceHint')}
            value={page.form.sourceReference}
            error={error('sourceReference')}
            width={30}
          />
          <TextInput
            name="knownSince"
            label={t('associations.field.knownSince')}
            hint={t('associations.field.dateHint')}
            value={page.form.knownSince}
            error={error('knownSince')}
            width={10}
          />
          <Textarea name="note" label={t('associations.field.note')} value={page.form.note} error={error('note')} rows={3} />
          <button type="submit" class="govuk-button" data-module="govuk-button" safe>
            {t('associations.save')}
          </button>
        </form>
      )}
    </PersonLayout>
  );
}
