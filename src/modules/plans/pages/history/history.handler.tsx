import type { FastifyInstance } from 'fastify';
import type { I18n } from '../../../../platform/i18n/translator.ts';
import { type PersonPageDeps, PersonLayout, type PersonRequest, showPersonPage } from '../../../people/people.service.ts';
import { HISTORY_EVENTS, type HistoryEvent } from '../../plans.history.ts';
import { historyOfPerson, type HistoryRow } from '../../plans.repository.ts';
import { ACTION_STATUSES, AGREEMENTS, PLAN_KINDS } from '../../plans.tables.ts';

const isOneOf = <T extends string>(list: readonly T[], value: string | null | undefined): value is T =>
  value !== null && value !== undefined && (list as readonly string[]).includes(value);

/** One history entry in words: codes (kind, agreement, statuses, dates) put in the user's language. */
function describe(row: HistoryRow, { t, formatDate }: I18n): string {
  const details = row.details;
  const status = (value: string | null | undefined) => (isOneOf(ACTION_STATUSES, value) ? t(`plans.actionStatus.${value}`) : (value ?? ''));
  const date = (value: string | null | undefined) => (value ? formatDate(value) : '—');
  const params: Record<string, string> = {
    objective: details.objective ?? '',
    proposed: details.proposed ?? '',
    action: details.action ?? '',
    needs: details.needs ?? '',
    group: details.group ?? '',
    from: row.event === 'review' ? date(details.from) : status(details.from),
    to: row.event === 'review' ? date(details.to) : status(details.to),
    kind: isOneOf(PLAN_KINDS, details.kind) ? t(`plans.kind.${details.kind}`) : '',
    agreement: isOneOf(AGREEMENTS, details.agreement) ? t(`plans.agreement.${details.agreement}`) : '',
    targetDate: date(details.targetDate),
    on: date(details.on),
    words: details.words ?? '',
    place: details.place === 'waiting' || details.place === 'enrolled' ? t(`plans.place.${details.place}`) : '',
  };
  const event: HistoryEvent | null = isOneOf(HISTORY_EVENTS, row.event) ? row.event : null;
  return event ? t(`plans.history.${event}`, params) : row.event;
}

/**
 * `/people/:id/plan/history` (`plans:read`): every change to every plan of the person, newest first — who made
 * it, when, and why (the reason or comment they gave). Kadam's own entries (a programme's outcome recorded back)
 * name the member of staff whose action triggered them.
 */
export async function planHistoryRoutes(app: FastifyInstance, deps: PersonPageDeps) {
  app.get('/people/:id/plan/history', { config: { permission: 'plans:read' } }, (request, reply) =>
    showPersonPage(deps, request as PersonRequest, reply, {
      tab: 'plan',
      details: { view: 'plan_history' },
      load: (tx, person) => historyOfPerson(tx, person.id),
      render: (context, header, rows) => {
        const { t, formatDateTime } = context.i18n;
        return (
          <PersonLayout context={context} person={header} tab="plan" title={t('plans.history.title')}>
            <a class="govuk-back-link" href={`/people/${header.id}/plan`} safe>
              {t('plans.page.backToPlan')}
            </a>
            <h1 class="govuk-heading-l" safe>
              {t('plans.history.title')}
            </h1>
            {rows.length === 0 ? (
              <p class="govuk-body" safe>
                {t('plans.history.none')}
              </p>
            ) : (
              <table class="govuk-table" id="plan-history">
                <thead class="govuk-table__head">
                  <tr class="govuk-table__row">
                    {(['when', 'who', 'what', 'why'] as const).map((column) => (
                      <th scope="col" class="govuk-table__header" safe>
                        {t(`plans.history.column.${column}`)}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody class="govuk-table__body">
                  {rows.map((row) => (
                    <tr class="govuk-table__row" data-event={row.event}>
                      <td class="govuk-table__cell" safe>
                        {formatDateTime(row.at)}
                      </td>
                      <td class="govuk-table__cell" safe>
                        {row.userName ?? t('plans.history.kadam')}
                      </td>
                      <td class="govuk-table__cell" safe>
                        {describe(row, context.i18n)}
                      </td>
                      <td class="govuk-table__cell" safe>
                        {row.reason ?? ''}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </PersonLayout>
        );
      },
    }),
  );
}
