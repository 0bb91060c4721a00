import type { PageContext } from '../../../../platform/views/page-context.ts';

/** Form pieces the history forms share; select and textarea are the platform's. */

export { type Option, Select, Textarea as TextArea } from '../../../../platform/views/components.tsx';

/** Save and cancel, the end of every history form. */
export function FormButtons({ context, personId }: { context: PageContext; personId: string }): JSX.Element {
  return (
    <div class="govuk-button-group">
      <button type="submit" class="govuk-button" data-module="govuk-button" safe>
        {context.i18n.t('history.save')}
      </button>
      <a class="govuk-link" href={`/people/${personId}/history`} safe>
        {context.i18n.t('history.cancel')}
      </a>
    </div>
  );
}

/** The conflict banner shown instead of the error summary when someone else saved first. */
export function ConflictBanner({ context }: { context: PageContext }): JSX.Element {
  return (
    <div class="govuk-error-summary" data-module="govuk-error-summary">
      <div role="alert">
        <h2 class="govuk-error-summary__title" safe>
          {context.i18n.t('error.conflict.title')}
        </h2>
        <div class="govuk-error-summary__body">
          <p class="govuk-body" safe>
            {context.i18n.t('error.conflict.body')}
          </p>
        </div>
      </div>
    </div>
  );
}
