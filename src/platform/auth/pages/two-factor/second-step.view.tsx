import { CsrfField, ErrorSummary, type FieldError, TextInput } from '../../../views/components.tsx';
import { Layout } from '../../../views/layout.tsx';
import type { PageContext } from '../../../views/page-context.ts';
import { CancelSignIn } from './cancel-sign-in.tsx';
import { SECOND_STEP_PAGE } from './two-factor.paths.ts';

/** The second sign-in step. A code is never filled back in after an error: it is single-use anyway. */
export function SecondStepView({
  context,
  returnTo,
  errors,
}: {
  context: PageContext;
  returnTo: string;
  errors: FieldError[];
}): JSX.Element {
  const { t } = context.i18n;
  return (
    <Layout context={context} title={t('twoFactor.verify.title')}>
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-one-half">
          <ErrorSummary title={t('error.summaryTitle')} errors={errors} />
          <h1 class="govuk-heading-l" safe>
            {t('twoFactor.verify.title')}
          </h1>
          <p class="govuk-body" safe>
            {t('twoFactor.verify.intro')}
          </p>
          <form method="post" action={SECOND_STEP_PAGE} novalidate>
            <CsrfField token={context.csrfToken} />
            <input type="hidden" name="returnTo" value={returnTo} />
            <TextInput
              name="code"
              label={t('twoFactor.verify.codeLabel')}
              hint={t('twoFactor.verify.codeHint')}
              error={errors.find((error) => error.field === 'code')?.message}
              autocomplete="one-time-code"
              spellcheck={false}
              width={10}
            />
            <button type="submit" class="govuk-button" data-module="govuk-button" safe>
              {t('twoFactor.verify.submit')}
            </button>
          </form>
          <CancelSignIn context={context} />
        </div>
      </div>
    </Layout>
  );
}
