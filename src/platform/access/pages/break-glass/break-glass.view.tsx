import { CsrfField, ErrorSummary, type FieldError } from '../../../views/components.tsx';
import { Layout } from '../../../views/layout.tsx';
import type { PageContext } from '../../../views/page-context.ts';

export type BreakGlassViewModel = { resourceType: string; resourceId: string; returnTo: string; reason: string; errors: FieldError[] };

/** Asking for emergency access to one record outside the user's units, with a written reason. */
export function BreakGlassView({ context, model }: { context: PageContext; model: BreakGlassViewModel }): JSX.Element {
  const { t } = context.i18n;
  const reasonError = model.errors.find((error) => error.field === 'reason')?.message;
  return (
    <Layout context={context} title={t('access.breakGlass.title')}>
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <ErrorSummary title={t('error.summaryTitle')} errors={model.errors} />
          <h1 class="govuk-heading-l" safe>
            {t('access.breakGlass.title')}
          </h1>
          <div class="govuk-warning-text">
            <span class="govuk-warning-text__icon" aria-hidden="true">
              !
            </span>
            <strong class="govuk-warning-text__text" safe>
              {t('access.breakGlass.warning')}
            </strong>
          </div>
          <form method="post" action="/access/break-glass" novalidate>
            <CsrfField token={context.csrfToken} />
            <input type="hidden" name="resourceType" value={model.resourceType} />
            <input type="hidden" name="resourceId" value={model.resourceId} />
            <input type="hidden" name="returnTo" value={model.returnTo} />
            <div class={`govuk-form-group${reasonError ? ' govuk-form-group--error' : ''}`}>
              <label class="govuk-label govuk-label--s" for="reason" safe>
                {t('access.breakGlass.reason')}
              </label>
              <div id="reason-hint" class="govuk-hint" safe>
                {t('access.breakGlass.reasonHint')}
              </div>
              {reasonError ? (
                <p id="reason-error" class="govuk-error-message" safe>
                  {reasonError}
                </p>
              ) : (
                ''
              )}
              <textarea
                class={`govuk-textarea${reasonError ? ' govuk-textarea--error' : ''}`}
                id="reason"
                name="reason"
                rows="4"
                aria-describedby={reasonError ? 'reason-hint reason-error' : 'reason-hint'}
                safe
              >
                {model.reason}
              </textarea>
            </div>
            <button type="submit" class="govuk-button govuk-button--warning" data-module="govuk-button" safe>
              {t('access.breakGlass.submit')}
            </button>
          </form>
        </div>
      </div>
    </Layout>
  );
}
