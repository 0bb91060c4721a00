import { Tag } from '../../../../platform/views/components.tsx';
import { Layout } from '../../../../platform/views/layout.tsx';
import type { PageContext } from '../../../../platform/views/page-context.ts';
import type { StaffMember } from '../../staff.models.ts';
import { roleAtUnit } from '../staff-member/staff-member.view.tsx';

/** A manager's list of the people who hold roles in their units. */
export function StaffView({ context, staff }: { context: PageContext; staff: StaffMember[] }): JSX.Element {
  const { t } = context.i18n;
  return (
    <Layout context={context} title={t('staff.title')}>
      <h1 class="govuk-heading-l" safe>
        {t('staff.title')}
      </h1>
      <p class="govuk-body" safe>
        {t('staff.intro')}
      </p>
      {staff.length === 0 ? (
        <p class="govuk-body" safe>
          {t('staff.empty')}
        </p>
      ) : (
        <table class="govuk-table">
          <caption class="govuk-table__caption govuk-visually-hidden" safe>
            {t('staff.title')}
          </caption>
          <thead class="govuk-table__head">
            <tr class="govuk-table__row">
              {(['name', 'username', 'roles', 'status'] as const).map((column) => (
                <th scope="col" class="govuk-table__header" safe>
                  {t(`staff.column.${column}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody class="govuk-table__body">
            {staff.map((member) => (
              <tr class="govuk-table__row">
                <td class="govuk-table__cell">
                  <a class="govuk-link" href={`/staff/${encodeURIComponent(member.username)}`} safe>
                    {member.displayName}
                  </a>
                </td>
                <td class="govuk-table__cell" safe>
                  {member.username}
                </td>
                <td class="govuk-table__cell">
                  <ul class="govuk-list">
                    {member.roles.map((entry) => (
                      <li safe>{roleAtUnit(context, entry)}</li>
                    ))}
                  </ul>
                </td>
                <td class="govuk-table__cell">
                  {member.disabled ? <Tag text={t('staff.disabled')} colour="grey" /> : <Tag text={t('staff.active')} colour="green" />}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Layout>
  );
}
