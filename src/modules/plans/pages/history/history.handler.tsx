import type { FastifyInstance } from 'fastify';
import { type PersonPageDeps, PersonLayout, type PersonRequest, showPersonPage } from '../../../people/people.service.ts';
import { describeHistoryEntry as describe } from '../../plans.history-wording.ts';
import { historyOfPerson } from '../../plans.repository.ts';

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
