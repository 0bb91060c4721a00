import { CsrfField, ErrorSummary } from '../../../../platform/views/components.tsx';
import type { PageContext } from '../../../../platform/views/page-context.ts';
import { PersonLayout, type PersonHeaderModel } from '../../../people/people.service.ts';
import type { ConditionTypeRow } from '../../probation.reference.ts';
import type { ResponseProposal } from '../../probation.response.ts';
import { RESPONSES, VIOLATION_SEVERITIES } from '../../probation.tables.ts';
import { ConditionFields } from '../order/order-forms.view.tsx';
import { DateField, LongText, Options, Text } from '../probation.fields.tsx';
import type { FormState } from '../probation.form.ts';

export type ViolationPageData = { orderTitle: string; conditionTypes: ConditionTypeRow[]; proposal: ResponseProposal | null };

/**
 * Recording a violation in two steps: what happened and its evidence, then Kadam's proposed response (from
 * the order's history) beside the officer's own decision with reasons — a different decision needs its reason.
 */
export function ViolationView(props: {
  context: PageContext;
  header: PersonHeaderModel;
  orderId: string;
  data: ViolationPageData;
  state: FormState;
}) {
  const { context, header, data, state } = props;
  const { t } = context.i18n;
  const common = { context, state };
  const title = t('probation.violation.title');
  const proposal = data.proposal;
  return (
    <PersonLayout context={context} person={header} tab="probation" title={title}>
      <ErrorSummary title={t('error.summaryTitle')} errors={state.errors} />
      <span class="govuk-caption-l" safe>
        {data.orderTitle}
      </span>
      <h1 class="govuk-heading-l" safe>
        {title}
      </h1>
      <form method="post" action={`/people/${header.id}/probation/orders/${props.orderId}/violations/new`} novalidate>
        <CsrfField token={context.csrfToken} />
        <DateField {...common} name="occurredOn" label={t('probation.violation.occurredOn')} />
        <Options
          {...common}
          name="severity"
          label={t('probation.violation.severity')}
          options={VIOLATION_SEVERITIES.map((severity) => ({ value: severity, label: t(`probation.severity.${severity}`) }))}
        />
        <LongText {...common} name="description" label={t('probation.violation.description')} />
        <LongText {...common} name="evidence" label={t('probation.violation.evidence')} />
        <Text {...common} name="evidenceReference" label={t('probation.violation.evidenceReference')} />
        {proposal === null ? (
          <button type="submit" class="govuk-button" data-module="govuk-button" safe>
            {t('probation.violation.propose')}
          </button>
        ) : (
          <>
            <input type="hidden" name="step" value="decide" />
            <div class="govuk-inset-text" id="proposal">
              <h2 class="govuk-heading-s" safe>
                {t('probation.violation.proposalHeading')}
              </h2>
              <p class="govuk-body" safe>
                {`${t(`probation.response.${proposal.response}`)}. ${t(`probation.proposalReason.${proposal.reason}`)}`}
              </p>
            </div>
            <Options
              {...common}
              name="response"
              label={t('probation.violation.response')}
              initial={proposal.response}
              options={RESPONSES.map((response) => ({ value: response, label: t(`probation.response.${response}`) }))}
            />
            <LongText {...common} name="responseReasons" label={t('probation.violation.responseReasons')} />
            <LongText
              {...common}
              name="overrideReason"
              label={t('probation.violation.overrideReason')}
              hint={t('probation.violation.overrideHint')}
            />
            <h2 class="govuk-heading-s" safe>
              {t('probation.violation.conditionHeading')}
            </h2>
            <ConditionFields context={context} state={state} conditions={data.conditionTypes} />
            <button type="submit" class="govuk-button" data-module="govuk-button" safe>
              {t('probation.violation.submit')}
            </button>
          </>
        )}
      </form>
    </PersonLayout>
  );
}
