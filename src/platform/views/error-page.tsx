import { Layout } from './layout.tsx';
import type { PageContext } from './page-context.ts';

/** 404/403/500/503 and friends: a title and a plain explanation in the user's language, never a stack trace. */
export function ErrorPage(props: { context: PageContext; title: string; body: string; breakGlassHref?: string | undefined }): JSX.Element {
  const { context, title, body, breakGlassHref } = props;
  return (
    <Layout context={context} title={title}>
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <h1 class="govuk-heading-l" safe>
            {title}
          </h1>
          <p class="govuk-body" safe>
            {body}
          </p>
          {breakGlassHref ? (
            <div class="govuk-inset-text">
              <p class="govuk-body" safe>
                {context.i18n.t('access.breakGlass.offer')}
              </p>
              <a href={breakGlassHref} class="govuk-link" safe>
                {context.i18n.t('access.breakGlass.request')}
              </a>
            </div>
          ) : (
            ''
          )}
          <p class="govuk-body">
            <a href="/" class="govuk-link" safe>
              {context.i18n.t('error.returnHome')}
            </a>
          </p>
        </div>
      </div>
    </Layout>
  );
}
