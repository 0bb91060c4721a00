import type { FastifyInstance } from 'fastify';
import type { PageContext } from '../../../../platform/views/page-context.ts';
import {
  type PersonHeaderModel,
  PersonLayout,
  type PersonPageDeps,
  type PersonRequest,
  showPersonPage,
  unitInScope,
} from '../../../people/people.service.ts';
import { concernsOfPerson } from '../../concerns.repository.ts';
import { reporterViewOf } from '../../concerns.workflow.ts';
import { ConcernStatusTag } from '../concern/concern-parts.tsx';
import { dottedInstant } from '../form-values.ts';

type Listed = Awaited<ReturnType<typeof concernsOfPerson>>[number];

/**
 * `/people/:id/concerns` (`concerns:report`): the person's concerns tab. Leads (`concerns:manage` over the
 * person's unit) see every concern; any other reporter sees only the reports they made, with where each stands
 * and the action taken. Every view is audited as `person.view` with the tab.
 */
export async function personConcernRoutes(app: FastifyInstance, deps: PersonPageDeps) {
  app.get('/people/:id/concerns', { config: { permission: 'concerns:report', redirectsMergedPerson: true } }, (request, reply) =>
    showPersonPage(deps, request as PersonRequest, reply, {
      tab: 'concerns',
      permission: 'concerns:report',
      load: async (tx, person) => {
        const isLead = await unitInScope(tx, request.user!, 'concerns:manage', person.unitId);
        return { isLead, concerns: await concernsOfPerson(tx, person.id, isLead ? undefined : request.user!.id) };
      },
      render: (context, header, data) => <ConcernsTab context={context} header={header} {...data} />,
    }),
  );
}

function ConcernsTab(props: { context: PageContext; header: PersonHeaderModel; isLead: boolean; concerns: Listed[] }): JSX.Element {
  const { t } = props.context.i18n;
  return (
    <PersonLayout context={props.context} person={props.header} tab="concerns" title={t('people.tab.concerns')}>
      <h1 class="govuk-heading-l" safe>
        {t('people.tab.concerns')}
      </h1>
      <a
        class="govuk-button"
        href={`/concerns/new?person=${props.header.id}`}
        role="button"
        draggable="false"
        data-module="govuk-button"
        safe
      >
        {t('concerns.tab.report')}
      </a>
      <p class="govuk-body" safe>
        {t(props.isLead ? 'concerns.tab.leadIntro' : 'concerns.tab.reporterIntro')}
      </p>
      {props.concerns.length === 0 ? (
        <p class="govuk-body" id="no-concerns" safe>
          {t(props.isLead ? 'concerns.tab.none' : 'concerns.tab.noneOwn')}
        </p>
      ) : (
        <table class="govuk-table" id="concerns">
          <thead class="govuk-table__head">
            <tr class="govuk-table__row">
              <th scope="col" class="govuk-table__header" safe>
                {t('concerns.field.observedAt')}
              </th>
              <th scope="col" class="govuk-table__header" safe>
                {t('concerns.field.indicators')}
              </th>
              <th scope="col" class="govuk-table__header" safe>
                {t('concerns.field.status')}
              </th>
              <th scope="col" class="govuk-table__header" safe>
                {t(props.isLead ? 'concerns.field.reportedBy' : 'concerns.field.actionTaken')}
              </th>
            </tr>
          </thead>
          <tbody class="govuk-table__body">
            {props.concerns.map((concern) => {
              const view = reporterViewOf(concern);
              return (
                <tr class="govuk-table__row">
                  <td class="govuk-table__cell">
                    <a class="govuk-link" href={`/people/${props.header.id}/concerns/${concern.id}`} safe>
                      {dottedInstant(concern.observedAt)}
                    </a>
                  </td>
                  <td class="govuk-table__cell" safe>
                    {concern.indicators
                      .map((code) => t(`concerns.indicator.${code}` as 'concerns.indicator.pressure_or_threats'))
                      .join('; ') || '—'}
                  </td>
                  <td class="govuk-table__cell">
                    <ConcernStatusTag context={props.context} status={concern.status} />
                  </td>
                  <td class="govuk-table__cell" safe>
                    {props.isLead
                      ? concern.reporterName
                      : view.actionTaken
                        ? t(`concerns.actionTaken.${view.actionTaken}`)
                        : t('concerns.actionTaken.none')}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </PersonLayout>
  );
}
