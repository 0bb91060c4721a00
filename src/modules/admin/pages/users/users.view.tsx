import { Tag } from '../../../../platform/views/components.tsx';
import { Layout } from '../../../../platform/views/layout.tsx';
import type { PageContext } from '../../../../platform/views/page-context.ts';
import type { AdminUser } from '../../admin.repository.ts';
import { roleName, SuccessBanner } from '../admin.components.tsx';

export function UsersView(props: { context: PageContext; users: AdminUser[]; search: string; notice?: string | undefined }): JSX.Element {
  const { context, users } = props;
  const { t, locale } = context.i18n;
  const header = (text: string) => (
    <th scope="col" class="govuk-table__header" safe>
      {text}
    </th>
  );
  return (
    <Layout context={context} title={t('admin.users.title')}>
      <SuccessBanner text={props.notice} />
      <h1 class="govuk-heading-l" safe>
        {t('admin.users.title')}
      </h1>
      <div class="govuk-button-group">
        <a class="govuk-button" data-module="govuk-button" href="/admin/users/new" safe>
          {t('admin.users.add')}
        </a>
        <a class="govuk-button govuk-button--secondary" data-module="govuk-button" href="/admin/users/new?service=1" safe>
          {t('admin.users.addServiceAccount')}
        </a>
        <a class="govuk-link" href="/admin/roles" safe>
          {t('admin.roles.title')}
        </a>
      </div>
      <form method="get" action="/admin/users" role="search">
        <div class="govuk-form-group">
          <label class="govuk-label" for="q" safe>
            {t('admin.users.search')}
          </label>
          <input class="govuk-input govuk-input--width-20" id="q" name="q" type="search" value={props.search} />{' '}
          <button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button" safe>
            {t('admin.users.searchButton')}
          </button>
        </div>
      </form>
      {users.length === 0 ? (
        <p class="govuk-body" safe>
          {t('admin.users.none')}
        </p>
      ) : (
        <table class="govuk-table">
          <thead class="govuk-table__head">
            <tr class="govuk-table__row">
              {header(t('admin.users.username'))}
              {header(t('admin.users.displayName'))}
              {header(t('admin.users.homeUnit'))}
              {header(t('admin.users.roles'))}
              {header(t('admin.users.twoFactor'))}
              {header(t('admin.users.status'))}
            </tr>
          </thead>
          <tbody class="govuk-table__body">
            {users.map((user) => (
              <tr class="govuk-table__row">
                <td class="govuk-table__cell">
                  <a class="govuk-link" href={`/admin/users/${user.id}`} safe>
                    {user.username}
                  </a>
                </td>
                <td class="govuk-table__cell" safe>
                  {user.displayName}
                </td>
                <td class="govuk-table__cell" safe>
                  {user.homeUnitName ? user.homeUnitName[locale] : t('admin.notSet')}
                </td>
                <td class="govuk-table__cell">
                  <ul class="govuk-list">
                    {user.roles.map((role) => (
                      <li safe>{`${roleName(t, role.role)} — ${role.unitCode}`}</li>
                    ))}
                  </ul>
                </td>
                <td class="govuk-table__cell" safe>
                  {user.totpEnabledAt ? t('admin.users.enrolled') : t('admin.users.notEnrolled')}
                </td>
                <td class="govuk-table__cell">
                  {user.disabledAt ? (
                    <Tag text={t('admin.users.disabled')} colour="grey" />
                  ) : (
                    <Tag text={t('admin.users.active')} colour="green" />
                  )}
                  {user.serviceAccount ? (
                    <>
                      {' '}
                      <Tag text={t('admin.users.serviceAccount')} colour="purple" />
                    </>
                  ) : (
                    ''
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Layout>
  );
}
