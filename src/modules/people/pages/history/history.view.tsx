import type { PageContext } from '../../../../platform/views/page-context.ts';
import type { History } from '../../people.history.ts';
import type { PersonHeaderModel } from '../person-header.ts';
import { PersonLayout } from '../person-layout.tsx';
import { CasesTable, CustodyTable, ProbationTable } from './history.tables.tsx';

type Props = { context: PageContext; person: PersonHeaderModel; history: History; canEdit: boolean; saved: boolean };

/** `/people/:id/history`: cases with their articles, custody movements and probation episodes, newest first. */
export function HistoryView({ context, person, history, canEdit, saved }: Props): JSX.Element {
  const { t } = context.i18n;
  const base = `/people/${person.id}/history`;
  const action = (href: string, key: Parameters<typeof t>[0]) =>
    canEdit ? (
      <a class="govuk-button govuk-button--secondary govuk-!-margin-right-2" href={href} safe>
        {t(key)}
      </a>
    ) : (
      ''
    );
  return (
    <PersonLayout context={context} person={person} tab="history" title={t('people.tab.history')}>
      {saved ? (
        <div class="govuk-notification-banner govuk-notification-banner--success" role="alert">
          <div class="govuk-notification-banner__content">
            <p class="govuk-notification-banner__heading" safe>
              {t('history.saved')}
            </p>
          </div>
        </div>
      ) : (
        ''
      )}
      <h1 class="govuk-heading-l" safe>
        {t('people.tab.history')}
      </h1>
      <h2 class="govuk-heading-m" safe>
        {t('history.cases')}
      </h2>
      {action(`${base}/cases/new`, 'history.addCase')}
      <CasesTable context={context} history={history} base={base} canEdit={canEdit} />
      <h2 class="govuk-heading-m" safe>
        {t('history.custody')}
      </h2>
      <div>
        {action(`${base}/custody/admission`, 'history.admit')}
        {action(`${base}/custody/transfer`, 'history.transfer')}
        {action(`${base}/custody/release`, 'history.release')}
      </div>
      <CustodyTable context={context} history={history} />
      <h2 class="govuk-heading-m" safe>
        {t('history.probation')}
      </h2>
      {action(`${base}/probation/new`, 'history.addEpisode')}
      <ProbationTable context={context} history={history} base={base} canEdit={canEdit} />
    </PersonLayout>
  );
}
