import type { WorklistDefinition } from '../../home.models.ts';
import { Layout } from '../../../../platform/views/layout.tsx';
import type { PageContext } from '../../../../platform/views/page-context.ts';

type Props = { context: PageContext; worklists: WorklistDefinition[]; summary?: { items: number; overdue: number } | null };

export function HomeView({ context, worklists, summary }: Props): JSX.Element {
  const { t } = context.i18n;
  return (
    <Layout context={context} title={t('home.title')}>
      <span class="govuk-caption-l" safe>
        {t('home.greeting', { name: context.user?.displayName ?? '' })}
      </span>
      <h1 class="govuk-heading-l" safe>
        {t('home.title')}
      </h1>
      <p class="govuk-body" safe>
        {t('home.today', { date: context.i18n.formatDate(new Date()) })}
      </p>
      {summary ? <WorklistSummary context={context} summary={summary} /> : ''}
      <h2 class="govuk-heading-m" safe>
        {t('home.worklists')}
      </h2>
      {worklists.length === 0 ? (
        <p class="govuk-body" safe>
          {t('home.noWorklists')}
        </p>
      ) : (
        <div class="kadam-worklists">
          {worklists.map((worklist) => (
            <section class="kadam-worklist" aria-labelledby={`wl-${worklist.key}`}>
              <h3 class="govuk-heading-s" id={`wl-${worklist.key}`} safe>
                {t(worklist.key)}
              </h3>
              <p class="govuk-body-s kadam-worklist__count" safe>
                {t('home.itemCount', { count: 0 })}
              </p>
              <p class="govuk-body kadam-worklist__empty" safe>
                {t('home.empty')}
              </p>
            </section>
          ))}
        </div>
      )}
    </Layout>
  );
}

/** How much the user's worklist holds, with a link to it; the names are on the worklist page only. */
function WorklistSummary({ context, summary }: { context: PageContext; summary: { items: number; overdue: number } }): JSX.Element {
  const { t } = context.i18n;
  return (
    <div class="govuk-inset-text" data-worklist-summary={String(summary.items)}>
      <p class="govuk-body" safe>
        {summary.items === 0 ? t('worklists.home.nothingDue') : t('worklists.home.summary', { count: summary.items })}
      </p>
      {summary.overdue > 0 ? (
        <p class="govuk-body govuk-!-font-weight-bold" safe>
          {t('worklists.home.overdue', { count: summary.overdue })}
        </p>
      ) : (
        ''
      )}
      <a class="govuk-link" href={context.user?.permissions.has('people:read') ? '/worklist' : '/partner/referrals'} safe>
        {t('worklists.home.open')}
      </a>
    </div>
  );
}
