import { CsrfField, ErrorSummary, type FieldError, TextInput } from '../../../views/components.tsx';
import { Layout } from '../../../views/layout.tsx';
import type { PageContext } from '../../../views/page-context.ts';

export type SignInViewModel = {
  username: string;
  returnTo: string;
  errors: FieldError[];
  notice?: string | undefined;
  demoAccounts: boolean;
};

export function SignInView({ context, model }: { context: PageContext; model: SignInViewModel }): JSX.Element {
  const { t } = context.i18n;
  const errorFor = (field: string) => model.errors.find((error) => error.field === field)?.message;
  return (
    <Layout context={context} title={t('auth.signIn.title')}>
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-one-half">
          <ErrorSummary title={t('error.summaryTitle')} errors={model.errors} />
          {model.notice ? (
            <div class="govuk-inset-text" role="status" safe>
              {model.notice}
            </div>
          ) : (
            ''
          )}
          <h1 class="govuk-heading-l" safe>
            {t('auth.signIn.title')}
          </h1>
          {model.demoAccounts ? (
            <p class="govuk-body" safe>
              {t('auth.signIn.demoHint')}
            </p>
          ) : (
            ''
          )}
          <form method="post" action="/sign-in" novalidate>
            <CsrfField token={context.csrfToken} />
            <input type="hidden" name="returnTo" value={model.returnTo} />
            <TextInput
              name="username"
              label={t('auth.signIn.username')}
              value={model.username}
              error={errorFor('username')}
              autocomplete="username"
              spellcheck={false}
              width={20}
            />
            <TextInput
              name="password"
              type="password"
              label={t('auth.signIn.password')}
              error={errorFor('password')}
              autocomplete="current-password"
              width={20}
            />
            <button type="submit" class="govuk-button" data-module="govuk-button" safe>
              {t('auth.signIn.submit')}
            </button>
          </form>
        </div>
      </div>
    </Layout>
  );
}
