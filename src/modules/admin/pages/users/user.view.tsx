import { ROLES } from '../../../../platform/auth/roles.ts';
import { LOCALE_NAMES } from '../../../../platform/i18n/locales.ts';
import { CsrfField, ErrorSummary, type FieldError, TextInput } from '../../../../platform/views/components.tsx';
import { Layout } from '../../../../platform/views/layout.tsx';
import type { PageContext } from '../../../../platform/views/page-context.ts';
import type { AdminUser } from '../../admin.repository.ts';
import { ConflictSummary, errorFor, type Option, roleName, Select, SuccessBanner } from '../admin.components.tsx';

/** What the add-role form had in it, kept when the page is shown again after a refusal. */
export type RoleFormValues = { role: string; unitCode: string };

/**
 * One account: its details, roles (add / remove) and the actions that end its sessions. Every form carries
 * the version the administrator saw, so acting on a page that someone else has since changed is refused.
 */
export function UserView(props: {
  context: PageContext;
  user: AdminUser;
  version: string;
  units: Option[];
  roleForm: RoleFormValues;
  errors: FieldError[];
  conflict: boolean;
  notice?: string | undefined;
}): JSX.Element {
  const { context, user, errors } = props;
  const { t, locale } = context.i18n;
  const base = `/admin/users/${user.id}`;
  const hidden = (
    <>
      <CsrfField token={context.csrfToken} />
      <input type="hidden" name="version" value={props.version} />
    </>
  );
  const row = (key: string, value: string) => (
    <div class="govuk-summary-list__row">
      <dt class="govuk-summary-list__key" safe>
        {key}
      </dt>
      <dd class="govuk-summary-list__value" safe>
        {value}
      </dd>
    </div>
  );
  const button = (text: string, warning = false) => (
    <button
      type="submit"
      class={`govuk-button${warning ? ' govuk-button--warning' : ' govuk-button--secondary'}`}
      data-module="govuk-button"
      safe
    >
      {text}
    </button>
  );
  return (
    <Layout context={context} title={user.username}>
      <SuccessBanner text={props.notice} />
      {props.conflict ? (
        <ConflictSummary title={t('error.conflict.title')} body={t('error.conflict.body')} />
      ) : (
        <ErrorSummary title={t('error.summaryTitle')} errors={errors} />
      )}
      <h1 class="govuk-heading-l" safe>
        {`${user.displayName} (${user.username})`}
      </h1>
      <dl class="govuk-summary-list">
        {row(t('admin.users.language'), LOCALE_NAMES[user.locale])}
        {row(t('admin.users.homeUnit'), user.homeUnitName ? user.homeUnitName[locale] : t('admin.notSet'))}
        {row(t('admin.users.status'), user.disabledAt ? t('admin.users.disabled') : t('admin.users.active'))}
        {row(t('admin.users.twoFactor'), user.totpEnabledAt ? t('admin.users.enrolled') : t('admin.users.notEnrolled'))}
        {user.serviceAccount ? row(t('admin.users.serviceAccount'), t('admin.yes')) : ''}
      </dl>
      <p class="govuk-inset-text" safe>
        {t('admin.user.sessionsNote')}
      </p>

      <h2 class="govuk-heading-m" safe>
        {t('admin.users.roles')}
      </h2>
      {user.roles.length === 0 ? (
        <p class="govuk-body" safe>
          {t('admin.user.noRoles')}
        </p>
      ) : (
        <ul class="govuk-list">
          {user.roles.map((role) => (
            <li>
              <form method="post" action={`${base}/roles/remove`} novalidate>
                {hidden}
                <input type="hidden" name="roleId" value={role.id} />
                <span class="govuk-body" safe>{`${roleName(t, role.role)} — ${role.unitName[locale]} (${role.unitCode})`}</span>{' '}
                <button type="submit" class="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" data-module="govuk-button" safe>
                  {t('admin.user.removeRole')}
                </button>
              </form>
            </li>
          ))}
        </ul>
      )}
      <form method="post" action={`${base}/roles`} novalidate>
        {hidden}
        <Select
          name="role"
          label={t('admin.users.role')}
          value={props.roleForm.role}
          error={errorFor(errors, 'role')}
          options={ROLES.map((role) => ({ value: role, label: roleName(t, role) }))}
        />
        <Select
          name="unitCode"
          label={t('admin.users.unit')}
          value={props.roleForm.unitCode}
          error={errorFor(errors, 'unitCode')}
          options={props.units}
        />
        {button(t('admin.user.addRole'))}
      </form>

      {user.serviceAccount ? (
        ''
      ) : (
        <>
          <form method="post" action={`${base}/reset-password`} novalidate>
            {hidden}
            <TextInput
              name="password"
              type="password"
              label={t('admin.users.password')}
              hint={t('admin.users.passwordHint')}
              error={errorFor(errors, 'password')}
              autocomplete="new-password"
            />
            {button(t('admin.user.resetPassword'))}
          </form>
          <form method="post" action={`${base}/reset-two-factor`} novalidate>
            {hidden}
            <p class="govuk-hint" safe>
              {t('admin.user.resetTwoFactorHint')}
            </p>
            {button(t('admin.user.resetTwoFactor'))}
          </form>
        </>
      )}
      <form method="post" action={user.disabledAt ? `${base}/enable` : `${base}/disable`} novalidate>
        {hidden}
        {user.disabledAt ? button(t('admin.user.enable')) : button(t('admin.user.disable'), true)}
      </form>
    </Layout>
  );
}
