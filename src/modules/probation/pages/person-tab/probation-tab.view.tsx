import { Tag } from '../../../../platform/views/components.tsx';
import type { PageContext } from '../../../../platform/views/page-context.ts';
import { PersonLayout, type PersonHeaderModel } from '../../../people/people.service.ts';
import { ConditionsList, ContactsTable, Notice, OrderFacts, ViolationSummary } from '../probation.components.tsx';
import type { PersonProbation } from '../probation.data.ts';

/**
 * The person's probation tab: each order (newest first) with its facts, supervision standing, conditions, the
 * latest contacts and the violations; staff who supervise may open a new order or go to an order's page.
 */
export function ProbationTabView(props: {
  context: PageContext;
  header: PersonHeaderModel;
  data: PersonProbation;
  notice?: string | undefined;
}) {
  const { context, header, data } = props;
  const { t, locale } = context.i18n;
  const title = t('people.tab.probation');
  const maySupervise = context.user?.permissions.has('probation:supervise') ?? false;
  return (
    <PersonLayout context={context} person={header} tab="probation" title={title}>
      <Notice text={props.notice} />
      <h1 class="govuk-heading-l" safe>
        {title}
      </h1>
      {maySupervise ? (
        <a class="govuk-button" href={`/people/${header.id}/probation/orders/new`} safe>
          {t('probation.tab.newOrder')}
        </a>
      ) : (
        ''
      )}
      {data.orders.length === 0 ? (
        <p class="govuk-body" safe>
          {t('probation.tab.none')}
        </p>
      ) : (
        data.orders.map((view) => (
          <div class="govuk-summary-card" id={`order-${view.order.id}`}>
            <div class="govuk-summary-card__title-wrapper">
              <h2 class="govuk-summary-card__title">
                <span safe>{`${t(`probation.kind.${view.order.kind}`)} — ${view.order.typeName[locale]}`}</span>{' '}
                <Tag text={t(`probation.status.${view.order.status}`)} colour={view.order.status === 'active' ? 'blue' : 'grey'} />
              </h2>
              <ul class="govuk-summary-card__actions">
                <li class="govuk-summary-card__action">
                  <a class="govuk-link" href={`/people/${header.id}/probation/orders/${view.order.id}`} safe>
                    {t('probation.tab.openOrder')}
                  </a>
                </li>
              </ul>
            </div>
            <div class="govuk-summary-card__content">
              <OrderFacts context={context} view={view} />
              <h3 class="govuk-heading-s" safe>
                {t('probation.field.conditions')}
              </h3>
              <ConditionsList context={context} conditions={view.conditions} />
              <h3 class="govuk-heading-s" safe>
                {t('probation.field.contacts')}
              </h3>
              <ContactsTable context={context} contacts={view.contacts.slice(0, 5)} names={data.names} />
              <h3 class="govuk-heading-s" safe>
                {t('probation.field.violations')}
              </h3>
              {view.violations.length === 0 ? (
                <p class="govuk-body" safe>
                  {t('probation.field.noViolations')}
                </p>
              ) : (
                view.violations.map((violation) => <ViolationSummary context={context} violation={violation} />)
              )}
            </div>
          </div>
        ))
      )}
    </PersonLayout>
  );
}
