import { CsrfField, ErrorSummary } from '../../../../platform/views/components.tsx';
import type { PageContext } from '../../../../platform/views/page-context.ts';
import { PersonLayout, type PersonHeaderModel } from '../../../people/people.service.ts';
import { PATHWAYS } from '../../release.tables.ts';
import type { ReleaseTabData, ReleaseTabState } from './release-tab.data.ts';
import { PathwaySection } from './release-pathway.view.tsx';
import { HandoverSection, RouteSection } from './release-route.view.tsx';

const PATHWAY_ORDER: readonly string[] = PATHWAYS;

type Props = { context: PageContext; header: PersonHeaderModel; data: ReleaseTabData; state: ReleaseTabState };

/** The release preparation tab: when the plan is due, then the plan itself — route, handover and pathways. */
export function ReleaseTabView({ context, header, data, state }: Props): JSX.Element {
  const { t, formatDate } = context.i18n;
  const { plan, verdict } = data;
  const dueText = verdict.due
    ? t('release.tab.due.in_window')
    : verdict.reason === 'before_window'
      ? t('release.tab.due.before_window', { date: formatDate(verdict.windowOpensOn ?? '') })
      : verdict.reason === 'released'
        ? t('release.tab.due.released')
        : t('release.tab.noReleaseDate');
  const mayStart = !plan && data.mayPrepare && (verdict.due || verdict.reason === 'before_window');
  return (
    <PersonLayout context={context} person={header} tab="release" title={t('people.tab.release')}>
      {state.notice ? (
        <div class="govuk-notification-banner govuk-notification-banner--success" role="alert" data-module="govuk-notification-banner">
          <div class="govuk-notification-banner__content">
            <p class="govuk-notification-banner__heading" safe>
              {state.notice}
            </p>
          </div>
        </div>
      ) : (
        ''
      )}
      <ErrorSummary title={t('error.summaryTitle')} errors={state.errors ?? []} />
      <h1 class="govuk-heading-l" safe>
        {t('people.tab.release')}
      </h1>
      <dl class="govuk-summary-list">
        <div class="govuk-summary-list__row">
          <dt class="govuk-summary-list__key" safe>
            {t('release.tab.expectedRelease')}
          </dt>
          <dd class="govuk-summary-list__value" safe>
            {data.releaseOn ? formatDate(data.releaseOn) : t('release.tab.noReleaseDate')}
          </dd>
        </div>
      </dl>
      {plan ? (
        <p class="govuk-body" safe>
          {`${t(`release.trigger.${plan.trigger}`)}. ${t('release.tab.opened', { date: formatDate(plan.openedAt) })}`}
        </p>
      ) : (
        <p class="govuk-body" id="start" safe>
          {dueText}
        </p>
      )}
      {mayStart ? (
        <form method="post" action={`/people/${header.id}/release/open`} novalidate>
          <CsrfField token={context.csrfToken} />
          <button type="submit" class="govuk-button" data-module="govuk-button" safe>
            {t('release.tab.start')}
          </button>
        </form>
      ) : (
        ''
      )}
      {plan ? (
        <>
          <RouteSection context={context} personId={header.id} data={data} state={state} />
          <HandoverSection context={context} personId={header.id} data={data} />
          <h2 class="govuk-heading-l" safe>
            {t('release.pathways.title')}
          </h2>
          {data.pathways
            .slice()
            .sort((a, b) => PATHWAY_ORDER.indexOf(a.pathway) - PATHWAY_ORDER.indexOf(b.pathway))
            .map((pathway) => (
              <PathwaySection context={context} personId={header.id} data={data} pathway={pathway} state={state} />
            ))}
        </>
      ) : (
        ''
      )}
    </PersonLayout>
  );
}
