import { Layout } from '../../../../platform/views/layout.tsx';
import type { PageContext } from '../../../../platform/views/page-context.ts';
import { DUE_WITHIN_DAYS, type WorkItem } from './worklist.query.ts';

type Section = { key: 'due' | 'submitted' | 'returned' | 'proposals'; items: WorkItem[] };

const isDue = (item: WorkItem) => item.status === 'approved' || item.status === 'confirmed' || item.status === 'overridden';

/** The worklist's four groups; the due reviews are already ordered by date, so the overdue ones come first. */
export function sectionsOf(items: WorkItem[]): Section[] {
  return [
    { key: 'due', items: items.filter(isDue) },
    { key: 'submitted', items: items.filter((item) => item.subject === 'assessment' && item.status === 'submitted') },
    { key: 'returned', items: items.filter((item) => item.subject === 'assessment' && item.status === 'returned') },
    { key: 'proposals', items: items.filter((item) => item.subject === 'classification' && item.status === 'proposed') },
  ];
}

const hrefOf = (item: WorkItem) =>
  item.subject === 'classification' ? `/people/${item.personId}/placement` : `/people/${item.personId}/assessments/${item.id}`;

/**
 * `/assessments/reviews`: what is due and waiting in the user's units. Overdue reviews carry a red "Overdue"
 * tag and come first, so they stand out on a long list; every row links to the person and to the item.
 */
export function WorklistView({ context, items, today }: { context: PageContext; items: WorkItem[]; today: string }): JSX.Element {
  const { t, formatDate, formatDateTime, locale } = context.i18n;
  return (
    <Layout context={context} title={t('assessments.worklist.title')}>
      <h1 class="govuk-heading-l" safe>
        {t('assessments.worklist.title')}
      </h1>
      <p class="govuk-body" safe>
        {t('assessments.worklist.lead', { days: DUE_WITHIN_DAYS })}
      </p>
      {sectionsOf(items).map((section) => (
        <section class="govuk-!-margin-bottom-8" data-worklist={section.key}>
          <h2 class="govuk-heading-m" safe>
            {`${t(`assessments.worklist.${section.key}`)} (${String(section.items.length)})`}
          </h2>
          {section.items.length === 0 ? (
            <p class="govuk-body" safe>
              {t('assessments.worklist.none')}
            </p>
          ) : (
            <table class="govuk-table">
              <thead class="govuk-table__head">
                <tr class="govuk-table__row">
                  {(['person', 'what', 'where'] as const).map((column) => (
                    <th scope="col" class="govuk-table__header" safe>
                      {t(`assessments.worklist.${column}`)}
                    </th>
                  ))}
                  <th scope="col" class="govuk-table__header" safe>
                    {t(section.key === 'due' ? 'assessments.worklist.reviewDate' : 'assessments.worklist.since')}
                  </th>
                </tr>
              </thead>
              <tbody class="govuk-table__body">
                {section.items.map((item) => {
                  const overdue = section.key === 'due' && item.reviewDate !== null && item.reviewDate < today;
                  const name = [item.familyName, item.givenName, item.patronymic].filter(Boolean).join(' ');
                  return (
                    <tr class="govuk-table__row" data-item={item.id} data-overdue={String(overdue)}>
                      <td class="govuk-table__cell">
                        <a class="govuk-link" href={`/people/${item.personId}`} safe>
                          {name}
                        </a>
                      </td>
                      <td class="govuk-table__cell">
                        <a class="govuk-link" href={hrefOf(item)} safe>
                          {item.instrumentName ? item.instrumentName[locale] : t('assessments.worklist.classification')}
                        </a>
                      </td>
                      <td class="govuk-table__cell" safe>
                        {item.unitName[locale]}
                      </td>
                      <td class="govuk-table__cell">
                        {section.key === 'due' ? (
                          <>
                            {overdue ? (
                              <strong class="govuk-tag govuk-tag--red govuk-!-margin-right-1" safe>
                                {t('assessments.worklist.overdue')}
                              </strong>
                            ) : (
                              <strong class="govuk-tag govuk-tag--yellow govuk-!-margin-right-1" safe>
                                {t('assessments.worklist.dueSoon')}
                              </strong>
                            )}
                            <span safe>{item.reviewDate ? formatDate(item.reviewDate) : ''}</span>
                          </>
                        ) : (
                          <span safe>{formatDateTime(item.since)}</span>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )}
        </section>
      ))}
    </Layout>
  );
}
