import { CsrfField, ErrorSummary, type FieldError, TextInput } from '../../../views/components.tsx';
import { Layout } from '../../../views/layout.tsx';
import type { PageContext } from '../../../views/page-context.ts';
import { CancelSignIn } from './cancel-sign-in.tsx';
import { ENROL_PAGE } from './two-factor.paths.ts';

export type EnrolViewModel = {
  /** The QR code as an SVG data URI (the CSP allows data: images, not inline markup styles). */
  qrCode: string;
  secret: string;
  returnTo: string;
  required: boolean;
  errors: FieldError[];
};

/** The key in groups of four, as authenticator apps show it, so it is easier to type. */
const grouped = (secret: string) => secret.replace(/(.{4})(?=.)/g, '$1 ');

export function EnrolView({ context, model }: { context: PageContext; model: EnrolViewModel }): JSX.Element {
  const { t } = context.i18n;
  return (
    <Layout context={context} title={t('twoFactor.enrol.title')}>
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <ErrorSummary title={t('error.summaryTitle')} errors={model.errors} />
          <h1 class="govuk-heading-l" safe>
            {t('twoFactor.enrol.title')}
          </h1>
          {model.required ? (
            <div class="govuk-inset-text" safe>
              {t('twoFactor.enrol.required')}
            </div>
          ) : (
            ''
          )}
          <p class="govuk-body" safe>
            {t('twoFactor.enrol.intro')}
          </p>
          <p class="govuk-body">
            <img src={model.qrCode} alt={t('twoFactor.enrol.qrAlt')} width="200" height="200" />
          </p>
          <p class="govuk-body" safe>
            {t('twoFactor.enrol.secretLabel')}
          </p>
          <p class="govuk-body">
            <code class="kadam-totp-secret" id="totp-secret" safe>
              {grouped(model.secret)}
            </code>
          </p>
          <form method="post" action={ENROL_PAGE} novalidate>
            <CsrfField token={context.csrfToken} />
            <input type="hidden" name="returnTo" value={model.returnTo} />
            <TextInput
              name="code"
              label={t('twoFactor.code.label')}
              hint={t('twoFactor.code.hint')}
              error={model.errors.find((error) => error.field === 'code')?.message}
              autocomplete="one-time-code"
              spellcheck={false}
              width={10}
            />
            <button type="submit" class="govuk-button" data-module="govuk-button" safe>
              {t('twoFactor.enrol.submit')}
            </button>
          </form>
          <CancelSignIn context={context} />
        </div>
      </div>
    </Layout>
  );
}

/** Shown once, straight after enrolment: only hashes are kept, so these codes can never be shown again. */
export function RecoveryCodesView({ context, codes, returnTo }: { context: PageContext; codes: string[]; returnTo: string }): JSX.Element {
  const { t } = context.i18n;
  return (
    <Layout context={context} title={t('twoFactor.recovery.title')}>
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <div class="govuk-panel govuk-panel--confirmation">
            <h1 class="govuk-panel__title" safe>
              {t('twoFactor.recovery.title')}
            </h1>
          </div>
          <p class="govuk-body" safe>
            {t('twoFactor.recovery.intro')}
          </p>
          <ul class="govuk-list kadam-recovery-codes" id="recovery-codes">
            {codes.map((code) => (
              <li>
                <code safe>{code}</code>
              </li>
            ))}
          </ul>
          <a href={returnTo} class="govuk-button" role="button" data-module="govuk-button" safe>
            {t('twoFactor.recovery.continue')}
          </a>
        </div>
      </div>
    </Layout>
  );
}

export function TwoFactorOnView({ context, remaining }: { context: PageContext; remaining: number }): JSX.Element {
  const { t } = context.i18n;
  return (
    <Layout context={context} title={t('twoFactor.enrol.title')}>
      <h1 class="govuk-heading-l" safe>
        {t('twoFactor.enrol.title')}
      </h1>
      <p class="govuk-body" safe>
        {t('twoFactor.enrol.alreadyOn')}
      </p>
      <p class="govuk-body" safe>
        {t('twoFactor.enrol.remaining', { count: remaining })}
      </p>
    </Layout>
  );
}
