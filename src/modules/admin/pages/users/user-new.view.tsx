import { ROLES } from '../../../../platform/auth/roles.ts';
import { LOCALE_NAMES, LOCALES } from '../../../../platform/i18n/locales.ts';
import { CsrfField, ErrorSummary, type FieldError, TextInput } from '../../../../platform/views/components.tsx';
import { Layout } from '../../../../platform/views/layout.tsx';
import type { PageContext } from '../../../../platform/views/page-context.ts';
import { errorFor, type Option, roleName, Select } from '../admin.components.tsx';

export type UserCreateFormValues = {
  username: string;
  displayName: string;
  locale: string;
  role: string;
  unitCode: string;
  serviceAccount: boolean;
};

/** Creating a person's account (with a temporary password) or a service account (which has none). */
export function UserNewView(props: {
  context: PageContext;
  form: UserCreateFormValues;
  units: Option[];
  errors: FieldError[];
}): JSX.Element {
  const { context, form, errors } = props;
  const { t } = context.i18n;
  const title = form.serviceAccount ? t('admin.users.createServiceTitle') : t('admin.users.add');
  return (
    <Layout context={context} title={title}>
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <ErrorSummary title={t('error.summaryTitle')} errors={errors} />
          <h1 class="govuk-heading-l" safe>
            {title}
          </h1>
          {form.serviceAccount ? (
            <p class="govuk-body" safe>
              {t('admin.users.serviceHint')}
            </p>
          ) : (
            ''
          )}
          <form method="post" action="/admin/users/new" novalidate>
            <CsrfField token={context.csrfToken} />
            {form.serviceAccount ? <input type="hidden" name="serviceAccount" value="yes" /> : ''}
            <TextInput
              name="username"
              label={t('admin.users.username')}
              hint={t('admin.users.usernameHint')}
              value={form.username}
              error={errorFor(errors, 'username')}
              width={20}
              spellcheck={false}
              autocomplete="off"
            />
            <TextInput
              name="displayName"
              label={t('admin.users.displayName')}
              value={form.displayName}
              error={errorFor(errors, 'displayName')}
            />
            <Select
              name="locale"
              label={t('admin.users.language')}
              value={form.locale}
              options={LOCALES.map((locale) => ({ value: locale, label: LOCALE_NAMES[locale] }))}
            />
            {form.serviceAccount ? (
              ''
            ) : (
              <TextInput
                name="password"
                type="password"
                label={t('admin.users.password')}
                hint={t('admin.users.passwordHint')}
                error={errorFor(errors, 'password')}
                autocomplete="new-password"
              />
            )}
            <Select
              name="role"
              label={t('admin.users.role')}
              value={form.role}
              error={errorFor(errors, 'role')}
              options={ROLES.map((role) => ({ value: role, label: roleName(t, role) }))}
            />
            <Select
              name="unitCode"
              label={t('admin.users.unit')}
              value={form.unitCode}
              error={errorFor(errors, 'unitCode')}
              options={props.units}
            />
            <div class="govuk-button-group">
              <button type="submit" class="govuk-button" data-module="govuk-button" safe>
                {t('admin.users.create')}
              </button>
              <a class="govuk-link" href="/admin/users" safe>
                {t('admin.cancel')}
              </a>
            </div>
          </form>
        </div>
      </div>
    </Layout>
  );
}
