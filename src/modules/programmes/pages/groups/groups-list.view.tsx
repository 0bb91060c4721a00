import { Tag } from '../../../../platform/views/components.tsx';
import { Layout } from '../../../../platform/views/layout.tsx';
import type { PageContext } from '../../../../platform/views/page-context.ts';
import type { GroupSummary } from '../../programmes.groups.list.ts';

/** `/programmes/groups`: the groups of the user's units, with places taken and the waiting list's length. */
export function GroupsListView({ context, groups, mayCreate }: { context: PageContext; groups: GroupSummary[]; mayCreate: boolean }) {
  const { t, locale, formatDate } = context.i18n;
  return (
    <Layout context={context} title={t('programmes.page.groups.title')}>
      <h1 class="govuk-heading-l" safe>
        {t('programmes.page.groups.title')}
      </h1>
      {mayCreate ? (
        <a class="govuk-button" href="/programmes/groups/new" safe>
          {t('programmes.page.groups.new')}
        </a>
      ) : (
        ''
      )}
      {groups.length === 0 ? (
        <p class="govuk-body" safe>
          {t('programmes.page.groups.none')}
        </p>
      ) : (
        <table class="govuk-table">
          <thead class="govuk-table__head">
            <tr class="govuk-table__row">
              {[
                'programmes.page.column.programme',
                'programmes.page.column.unit',
                'programmes.page.group.facilitatorId',
                'programmes.page.column.startsOn',
                'programmes.page.column.places',
                'programmes.page.column.waiting',
                'programmes.page.column.state',
              ].map((key) => (
                <th scope="col" class="govuk-table__header" safe>
                  {t(key as 'programmes.page.column.programme')}
                </th>
              ))}
            </tr>
          </thead>
          <tbody class="govuk-table__body">
            {groups.map((group) => (
              <tr class="govuk-table__row">
                <td class="govuk-table__cell">
                  <a class="govuk-link" href={`/programmes/groups/${group.id}`} safe>
                    {group.title[locale]}
                  </a>
                </td>
                <td class="govuk-table__cell" safe>
                  {group.unitName[locale]}
                </td>
                <td class="govuk-table__cell" safe>
                  {group.facilitatorName}
                </td>
                <td class="govuk-table__cell" safe>
                  {formatDate(group.startsOn)}
                </td>
                <td class="govuk-table__cell" safe>
                  {t('programmes.page.placesTaken', { taken: group.enrolled, capacity: group.capacity })}
                </td>
                <td class="govuk-table__cell" safe>
                  {String(group.waiting)}
                </td>
                <td class="govuk-table__cell">
                  <Tag
                    text={t(group.open ? 'programmes.page.group.open' : 'programmes.page.group.finished')}
                    colour={group.open ? 'blue' : 'grey'}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Layout>
  );
}
