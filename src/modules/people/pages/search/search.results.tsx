import type { PageContext } from '../../../../platform/views/page-context.ts';
import { fullName, latinName } from '../../people.models.ts';
import { SEARCH_LIMIT, type PersonSearchResult } from '../../people.search.ts';

/** The people found, best match first, each linking to their record; a note when the list was cut short. */
export function SearchResults({
  context,
  people,
  more,
}: {
  context: PageContext;
  people: PersonSearchResult[];
  more: boolean;
}): JSX.Element {
  const { t, locale, formatDate } = context.i18n;
  const header = (text: string) => (
    <th scope="col" class="govuk-table__header" safe>
      {text}
    </th>
  );
  return (
    <section aria-labelledby="results-title">
      <h2 class="govuk-heading-m" id="results-title" safe>
        {t('people.search.resultsTitle')}
      </h2>
      {people.length === 0 ? (
        <p class="govuk-body" safe>
          {t('people.search.none')}
        </p>
      ) : (
        <>
          <p class="govuk-body" safe>
            {t('people.search.found', { count: people.length })}
          </p>
          {more ? (
            <div class="govuk-inset-text" safe>
              {t('people.search.more', { limit: SEARCH_LIMIT })}
            </div>
          ) : (
            ''
          )}
          <table class="govuk-table">
            <thead class="govuk-table__head">
              <tr class="govuk-table__row">
                {header(t('people.search.column.name'))}
                {header(t('people.search.column.latinName'))}
                {header(t('people.search.column.pin'))}
                {header(t('people.search.column.dateOfBirth'))}
                {header(t('people.search.column.status'))}
                {header(t('people.search.column.location'))}
              </tr>
            </thead>
            <tbody class="govuk-table__body">
              {people.map((person) => (
                <tr class="govuk-table__row">
                  <td class="govuk-table__cell">
                    <a class="govuk-link" href={`/people/${person.id}`} safe>
                      {fullName(person)}
                    </a>
                  </td>
                  <td class="govuk-table__cell" safe>
                    {latinName(person) ?? ''}
                  </td>
                  <td class="govuk-table__cell" safe>
                    {person.pin ?? t('people.header.noPin')}
                  </td>
                  <td class="govuk-table__cell" safe>
                    {formatDate(person.dateOfBirth)}
                  </td>
                  <td class="govuk-table__cell" safe>
                    {t(`people.status.${person.legalStatus}`)}
                  </td>
                  <td class="govuk-table__cell" safe>
                    {person.location[locale]}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
