import { CsrfField } from '../../../views/components.tsx';
import type { PageContext } from '../../../views/page-context.ts';

/**
 * A way out of a half-finished sign-in: the header has no sign-out button until the second factor is given,
 * so the two-factor pages offer their own.
 */
export function CancelSignIn({ context }: { context: PageContext }): JSX.Element {
  if (context.user) return '';
  return (
    <form method="post" action="/sign-out">
      <CsrfField token={context.csrfToken} />
      <button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button" safe>
        {context.i18n.t('twoFactor.cancel')}
      </button>
    </form>
  );
}
