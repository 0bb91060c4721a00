import { ErrorSummary, Tag } from '../../../../platform/views/components.tsx';
import type { PageContext } from '../../../../platform/views/page-context.ts';
import { PersonLayout, type PersonHeaderModel } from '../../../people/people.service.ts';
import type { ConditionTypeRow } from '../../probation.reference.ts';
import { ConditionsList, ContactsTable, Notice, OrderFacts, ViolationSummary } from '../probation.components.tsx';
import type { OrderView } from '../probation.data.ts';
import type { FormState } from '../probation.form.ts';
import { BreachSection } from './breach.view.tsx';
import { CloseForm, ConditionForm, ContactForm, HoursForm } from './order-forms.view.tsx';

export type OrderPageData = { view: OrderView; names: Map<string, string>; conditionTypes: ConditionTypeRow[] };

/** One order: its facts, conditions, hours, contacts, violations with breach reports, and (while active) the forms. */
export function OrderPageView(props: { context: PageContext; header: PersonHeaderModel; data: OrderPageData; state: FormState }) {
  const { context, header, data, state } = props;
  const { t, locale } = context.i18n;
  const { order } = data.view;
  const maySupervise = context.user?.permissions.has('probation:supervise') ?? false;
  const open = maySupervise && order.status === 'active';
  const action = `/people/${header.id}/probation/orders/${order.id}`;
  const title = `${t(`probation.kind.${order.kind}`)} — ${order.typeName[locale]}`;
  return (
    <PersonLayout context={context} person={header} tab="probation" title={title}>
      <Notice text={state.notice} />
      <ErrorSummary title={t('error.summaryTitle')} errors={state.errors} />
      <p class="govuk-body">
        <a class="govuk-link" href={`/people/${header.id}/probation`} safe>
          {t('probation.orderPage.back')}
        </a>
      </p>
      <h1 class="govuk-heading-l">
        <span safe>{title}</span> <Tag text={t(`probation.status.${order.status}`)} colour={order.status === 'active' ? 'blue' : 'grey'} />
      </h1>
      <OrderFacts context={context} view={data.view} />
      <h2 class="govuk-heading-m" safe>
        {t('probation.field.conditions')}
      </h2>
      <ConditionsList context={context} conditions={data.view.conditions} />
      {open ? <ConditionForm context={context} state={state} action={action} conditions={data.conditionTypes} /> : ''}
      {open && order.hoursOwed !== null ? (
        <>
          <h2 class="govuk-heading-m" safe>
            {t('probation.hours.heading')}
          </h2>
          <HoursForm context={context} state={state} action={action} version={order.version} />
        </>
      ) : (
        ''
      )}
      <h2 class="govuk-heading-m" safe>
        {t('probation.field.contacts')}
      </h2>
      <ContactsTable context={context} contacts={data.view.contacts} names={data.names} />
      {open ? <ContactForm context={context} state={state} action={action} /> : ''}
      <h2 class="govuk-heading-m" safe>
        {t('probation.field.violations')}
      </h2>
      {open ? (
        <a class="govuk-button govuk-button--secondary" href={`${action}/violations/new`} safe>
          {t('probation.violation.link')}
        </a>
      ) : (
        ''
      )}
      {data.view.violations.length === 0 ? (
        <p class="govuk-body" safe>
          {t('probation.field.noViolations')}
        </p>
      ) : (
        data.view.violations.map((violation) => {
          const breach = data.view.breaches.find((entry) => entry.violationId === violation.id);
          return (
            <div class="govuk-!-margin-bottom-6">
              <ViolationSummary context={context} violation={violation} />
              {breach ? (
                <BreachSection
                  context={context}
                  personId={header.id}
                  breach={breach}
                  names={data.names}
                  state={state}
                  maySupervise={maySupervise}
                />
              ) : (
                ''
              )}
            </div>
          );
        })
      )}
      {open ? (
        <>
          <h2 class="govuk-heading-m" safe>
            {t('probation.close.heading')}
          </h2>
          <CloseForm context={context} state={state} action={action} version={order.version} />
        </>
      ) : (
        ''
      )}
    </PersonLayout>
  );
}
