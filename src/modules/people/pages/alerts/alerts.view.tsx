import { ErrorSummary, type FieldError } from '../../../../platform/views/components.tsx';
import type { PageContext } from '../../../../platform/views/page-context.ts';
import { alertStatus, type AlertStatus, type ListedAlert } from '../../people.alerts.ts';
import { fullName } from '../../people.models.ts';
import type { PersonSearchResult } from '../../people.search.ts';
import type { PersonHeaderModel } from '../person-header.ts';
import { PersonLayout } from '../person-layout.tsx';
import type { AlertFormValues } from './alert-form.ts';
import { AddAlertForm } from './alerts.form.view.tsx';

export type AlertsPage = {
  alerts: ListedAlert[];
  today: string;
  mayChange: boolean;
  form: AlertFormValues;
  candidates: PersonSearchResult[] | null;
  /** The removal that was refused, with what was typed, shown next to its alert. */
  removal: { alertId: string; reason: string } | null;
  errors: FieldError[];
  notice?: string | undefined;
};

const GROUPS: { status: AlertStatus; title: 'inForce' | 'future' | 'expired' | 'removed' }[] = [
  { status: 'in_force', title: 'inForce' },
  { status: 'future', title: 'future' },
  { status: 'expired', title: 'expired' },
  { status: 'removed', title: 'removed' },
];

/** `/people/:id/alerts`: alerts in force, starting later, expired and removed (the history), then the add form. */
export function AlertsView({ context, header, page }: { context: PageContext; header: PersonHeaderModel; page: AlertsPage }) {
  const { t } = context.i18n;
  return (
    <PersonLayout context={context} person={header} tab="alerts" title={t('people.tab.alerts')}>
      {page.notice ? (
        <div class="govuk-notification-banner govuk-notification-banner--success" role="alert" data-module="govuk-notification-banner">
          <div class="govuk-notification-banner__content">
            <p class="govuk-notification-banner__heading" safe>
              {page.notice}
            </p>
          </div>
        </div>
      ) : (
        ''
      )}
      <ErrorSummary title={t('error.summaryTitle')} errors={page.errors} />
      <h1 class="govuk-heading-l" safe>
        {t('people.tab.alerts')}
      </h1>
      {GROUPS.map((group) => {
        const alerts = page.alerts.filter((row) => alertStatus(row.alert, page.today) === group.status);
        return (
          <section class="govuk-!-margin-bottom-6" data-alert-group={group.status}>
            <h2 class="govuk-heading-m" safe>
              {t(`people.page.alerts.${group.title}`)}
            </h2>
            {alerts.length === 0 ? (
              <p class="govuk-body" safe>
                {t('people.page.alerts.none')}
              </p>
            ) : (
              alerts.map((row) => <AlertCard context={context} header={header} row={row} page={page} />)
            )}
          </section>
        );
      })}
      {page.mayChange ? <AddAlertForm context={context} header={header} page={page} /> : ''}
    </PersonLayout>
  );
}

function AlertCard(props: { context: PageContext; header: PersonHeaderModel; row: ListedAlert; page: AlertsPage }): JSX.Element {
  const { context, header, row, page } = props;
  const { t, formatDate, formatDateTime } = context.i18n;
  const { alert } = row;
  const heldHere = alert.personId === header.id;
  const title =
    alert.type === 'must_not_locate_with' && row.other
      ? t('people.page.alerts.mustNotLocateWith', { name: `${fullName(row.other)}${row.other.pin ? ` (${row.other.pin})` : ''}` })
      : t(`people.alert.${alert.type}`);
  const line = (key: string, value: string | null) => (
    <div class="govuk-summary-list__row">
      <dt class="govuk-summary-list__key" safe>
        {key}
      </dt>
      <dd class="govuk-summary-list__value" safe>
        {value ?? '—'}
      </dd>
    </div>
  );
  const typedRemoval: string = page.removal?.alertId === alert.id ? page.removal.reason : '';
  const removalError = page.errors.find((error) => error.field === `removalReason-${alert.id}`)?.message;
  return (
    <div class="govuk-summary-card" data-alert-id={alert.id}>
      <div class="govuk-summary-card__title-wrapper">
        <h3 class="govuk-summary-card__title" safe>
          {title}
        </h3>
      </div>
      <div class="govuk-summary-card__content">
        <dl class="govuk-summary-list">
          {line(t('people.page.alerts.reason'), alert.reason)}
          {line(t('people.page.alerts.validFrom'), formatDate(alert.validFrom))}
          {line(t('people.page.alerts.validTo'), alert.validTo ? formatDate(alert.validTo) : t('people.page.alerts.untilRemoved'))}
          {line(t('people.page.alerts.addedBy'), `${row.authorName ?? '—'}, ${formatDateTime(alert.createdAt)}`)}
          {alert.removedAt ? line(t('people.page.alerts.removedBy'), `${row.removerName ?? '—'}, ${formatDateTime(alert.removedAt)}`) : ''}
          {alert.removedAt ? line(t('people.page.alerts.removalReason'), alert.removalReason) : ''}
        </dl>
        {heldHere ? (
          ''
        ) : (
          <p class="govuk-body-s" safe>
            {t('people.page.alerts.heldOnOther')}
          </p>
        )}
        {heldHere && page.mayChange && !alert.removedAt ? (
          <form method="post" action={`/people/${header.id}/alerts/${alert.id}/remove`} novalidate>
            <input type="hidden" name="_csrf" value={context.csrfToken} />
            <div class={`govuk-form-group${removalError ? ' govuk-form-group--error' : ''}`}>
              <label class="govuk-label" for={`removalReason-${alert.id}`} safe>
                {t('people.page.alerts.removalReason')}
              </label>
              {removalError ? (
                <p class="govuk-error-message" id={`removalReason-${alert.id}-error`} safe>
                  {removalError}
                </p>
              ) : (
                ''
              )}
              <textarea
                class={`govuk-textarea${removalError ? ' govuk-textarea--error' : ''}`}
                id={`removalReason-${alert.id}`}
                name="removalReason"
                rows="2"
                aria-describedby={removalError ? `removalReason-${alert.id}-error` : undefined}
                safe
              >
                {typedRemoval}
              </textarea>
            </div>
            <button type="submit" class="govuk-button govuk-button--warning" data-module="govuk-button" safe>
              {t('people.page.alerts.remove')}
            </button>
          </form>
        ) : (
          ''
        )}
      </div>
    </div>
  );
}
