import type { FastifyInstance } from 'fastify';
import { GLOBAL_SCOPE_ROLES, ROLE_PERMISSIONS, ROLES, TWO_FACTOR_REQUIRED_ROLES } from '../../../../platform/auth/roles.ts';
import type { PageContextFactory } from '../../../../platform/http/page-context.ts';
import { Tag } from '../../../../platform/views/components.tsx';
import { Layout } from '../../../../platform/views/layout.tsx';

/** `/admin/roles`: every shipped role, what it is for, and the permissions it bundles (read-only: roles ship with Kadam). */
export async function rolePageRoutes(app: FastifyInstance, deps: { pageContext: PageContextFactory }) {
  app.get('/admin/roles', { config: { permission: 'users:manage' } }, async (request, reply) => {
    const { t } = request.i18n;
    return reply.html(
      <Layout context={deps.pageContext(request, reply)} title={t('admin.roles.title')}>
        <h1 class="govuk-heading-l" safe>
          {t('admin.roles.title')}
        </h1>
        <p class="govuk-body" safe>
          {t('admin.roles.intro')}
        </p>
        <table class="govuk-table">
          <thead class="govuk-table__head">
            <tr class="govuk-table__row">
              <th scope="col" class="govuk-table__header" safe>
                {t('admin.roles.role')}
              </th>
              <th scope="col" class="govuk-table__header" safe>
                {t('admin.roles.description')}
              </th>
              <th scope="col" class="govuk-table__header" safe>
                {t('admin.roles.permissions')}
              </th>
            </tr>
          </thead>
          <tbody class="govuk-table__body">
            {ROLES.map((role) => (
              <tr class="govuk-table__row" id={`role-${role}`}>
                <th scope="row" class="govuk-table__header">
                  <span safe>{t(`role.${role}.name`)}</span>
                  <span class="govuk-hint">{role}</span>
                  {TWO_FACTOR_REQUIRED_ROLES.has(role) ? <Tag text={t('admin.roles.twoFactor')} colour="blue" /> : ''}{' '}
                  {GLOBAL_SCOPE_ROLES.has(role) ? <Tag text={t('admin.roles.global')} colour="orange" /> : ''}
                </th>
                <td class="govuk-table__cell" safe>
                  {t(`role.${role}.description`)}
                </td>
                <td class="govuk-table__cell">
                  <ul class="govuk-list">
                    {ROLE_PERMISSIONS[role].map((permission) => (
                      <li>
                        <code>{permission}</code>
                      </li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </Layout>,
    );
  });
}
