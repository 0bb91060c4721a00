import { CsrfField, ErrorSummary, type FieldError, TextInput } from '../../../views/components.tsx';
import { Layout } from '../../../views/layout.tsx';
import type { PageContext } from '../../../views/page-context.ts';

/** Password fields are never filled back in after an error: a password must not travel back to the browser. */
export function PasswordView({
  context,
  errors,
  forced,
  changed,
}: {
  context: PageContext;
  errors: FieldError[];
  forced: boolean;
  changed: boolean;
}): JSX.Element {
  const { t } = context.i18n;
  const errorFor = (field: string) => errors.find((error) => error.field === field)?.message;
  return (
    <Layout context={context} title={t('auth.password.title')}>
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-one-half">
          <ErrorSummary title={t('error.summaryTitle')} errors={errors} />
          {changed ? (
            <div class="govuk-notification-banner govuk-notification-banner--success" role="alert" data-module="govuk-notification-banner">
              <div class="govuk-notification-banner__content">
                <p class="govuk-notification-banner__heading" safe>
                  {t('auth.password.changed')}
                </p>
              </div>
            </div>
          ) : (
            ''
          )}
          <h1 class="govuk-heading-l" safe>
            {t('auth.password.title')}
          </h1>
          {forced ? (
            <div class="govuk-inset-text" safe>
              {t('auth.password.forced')}
            </div>
          ) : (
            ''
          )}
          <form method="post" action="/account/password" novalidate>
            <CsrfField token={context.csrfToken} />
            <TextInput
              name="currentPassword"
              type="password"
              label={t('auth.password.current')}
              error={errorFor('currentPassword')}
              autocomplete="current-password"
              width={20}
            />
            <TextInput
              name="newPassword"
              type="password"
              label={t('auth.password.new')}
              hint={t('auth.password.newHint')}
              error={errorFor('newPassword')}
              autocomplete="new-password"
              width={20}
            />
            <TextInput
              name="confirmPassword"
              type="password"
              label={t('auth.password.confirm')}
              error={errorFor('confirmPassword')}
              autocomplete="new-password"
              width={20}
            />
            <button type="submit" class="govuk-button" data-module="govuk-button" safe>
              {t('auth.password.submit')}
            </button>
          </form>
        </div>
      </div>
    </Layout>
  );
}
