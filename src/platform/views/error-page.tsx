import { Layout } from './layout.tsx';
import type { PageContext } from './page-context.ts';

/** 404/403/500/503 and friends: a title and a plain explanation in the user's language, never a stack trace. */
export function ErrorPage({ context, title, body }: { context: PageContext; title: string; body: string }): JSX.Element {
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
