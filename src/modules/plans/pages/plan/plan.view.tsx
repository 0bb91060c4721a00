import { CsrfField, ErrorSummary, type FieldError, SuccessNotice, Tag } from '../../../../platform/views/components.tsx';
import type { PageContext } from '../../../../platform/views/page-context.ts';
import { type PersonHeaderModel, PersonLayout } from '../../../people/people.service.ts';
import type { PlanRow } from '../../plans.repository.ts';
import { PLAN_KINDS } from '../../plans.tables.ts';
import { PlanStatusTag } from '../plan.components.tsx';
import type { PlanTabData } from './plan.data.ts';
import { ObjectivesSection, RejectedSection, ReviewsSection } from './plan-sections.view.tsx';
import { DecisionFormView, StepLinks } from './plan-steps.view.tsx';

export type DecisionForm = { decision: 'approve' | 'return' | ''; comment: string };
export type PlanTabPage = PlanTabData & { kind: string; decision: DecisionForm; errors: FieldError[]; notice: string | undefined };
export type PlanTabProps = { context: PageContext; header: PersonHeaderModel; page: PlanTabPage };
type Props = PlanTabProps;

/** `/people/:id/plan`: the open plan with its objectives, actions and reviews, and the forms of its next steps. */
export function PlanTabView({ context, header, page }: Props): JSX.Element {
  const { t } = context.i18n;
  return (
    <PersonLayout context={context} person={header} tab="plan" title={t('plans.page.title')}>
      <ErrorSummary title={t('error.summaryTitle')} errors={page.errors} />
      <SuccessNotice text={page.notice} />
      <h1 class="govuk-heading-l" safe>
        {page.plan ? t(`plans.kind.${page.plan.kind}`) : t('plans.page.title')}
      </h1>
      {page.plan ? (
        <OpenPlan context={context} header={header} page={page} plan={page.plan} />
      ) : (
        <NoPlan context={context} header={header} page={page} />
      )}
      {page.plan || page.closedCount > 0 ? (
        <p class="govuk-body">
          <a class="govuk-link" href={`/people/${header.id}/plan/history`} safe>
            {t('plans.page.history')}
          </a>
        </p>
      ) : (
        ''
      )}
    </PersonLayout>
  );
}

function NoPlan({ context, header, page }: Props): JSX.Element {
  const { t } = context.i18n;
  const error = page.errors.find((entry) => entry.field === 'kind')?.message;
  return (
    <>
      <p class="govuk-body" safe>
        {t('plans.page.none')}
      </p>
      {page.may.write ? (
        <form method="post" action={`/people/${header.id}/plan`} novalidate>
          <CsrfField token={context.csrfToken} />
          <div class={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
            <fieldset class="govuk-fieldset" id="kind">
              <legend class="govuk-fieldset__legend govuk-fieldset__legend--m" safe>
                {t('plans.start.kind')}
              </legend>
              {error ? (
                <p class="govuk-error-message" safe>
                  {error}
                </p>
              ) : (
                ''
              )}
              <div class="govuk-radios" data-module="govuk-radios">
                {PLAN_KINDS.map((kind) => (
                  <div class="govuk-radios__item">
                    <input
                      class="govuk-radios__input"
                      id={`kind-${kind}`}
                      name="kind"
                      type="radio"
                      value={kind}
                      checked={page.kind === kind}
                    />
                    <label class="govuk-label govuk-radios__label" for={`kind-${kind}`} safe>
                      {t(`plans.kind.${kind}`)}
                    </label>
                  </div>
                ))}
              </div>
            </fieldset>
          </div>
          <button type="submit" class="govuk-button" data-module="govuk-button" safe>
            {t('plans.start.button')}
          </button>
        </form>
      ) : (
        ''
      )}
    </>
  );
}

function OpenPlan({ context, header, page, plan }: Props & { plan: PlanRow }): JSX.Element {
  const { t, formatDate, formatDateTime } = context.i18n;
  const name = (id: string | null) => (id ? (page.names.get(id) ?? '') : '');
  // Values are rendered JSX, already escaped where they were built.
  const row = (label: string, safeValue: JSX.Element) => (
    <div class="govuk-summary-list__row">
      <dt class="govuk-summary-list__key" safe>
        {label}
      </dt>
      <dd class="govuk-summary-list__value">{safeValue}</dd>
    </div>
  );
  const text = (value: string) => <span safe>{value}</span>;
  const editable = page.may.write && ['draft', 'returned', 'approved'].includes(plan.status);
  return (
    <>
      {plan.status === 'returned' && plan.returnComment ? (
        <div class="govuk-warning-text">
          <strong class="govuk-warning-text__text" safe>
            {t('plans.page.returned', { comment: plan.returnComment })}
          </strong>
        </div>
      ) : (
        ''
      )}
      <dl class="govuk-summary-list" id="plan-summary">
        {row(t('plans.page.status'), <PlanStatusTag context={context} status={plan.status} />)}
        {row(t('plans.page.writtenBy'), text(`${name(plan.createdBy)}, ${formatDateTime(plan.createdAt)}`))}
        {row(
          t('plans.page.approval'),
          text(plan.approvedAt ? `${name(plan.approvedBy)}, ${formatDateTime(plan.approvedAt)}` : t('plans.page.notApproved')),
        )}
        {row(t('plans.page.nextReview'), text(plan.nextReviewDate ? formatDate(plan.nextReviewDate) : '—'))}
        {row(
          t('plans.page.agreement'),
          plan.agreement ? (
            <>
              <Tag text={t(`plans.agreement.${plan.agreement}`)} colour={plan.agreement === 'agreed' ? 'green' : 'orange'} />
              {plan.agreementOn ? text(` ${formatDate(plan.agreementOn)}`) : ''}
              {plan.personWords ? (
                <p class="govuk-body govuk-!-margin-top-2 govuk-!-margin-bottom-0" safe>
                  {`«${plan.personWords}»`}
                </p>
              ) : (
                ''
              )}
            </>
          ) : (
            text(t('plans.page.noAgreement'))
          ),
        )}
      </dl>
      {editable ? <StepLinks context={context} header={header} page={page} plan={plan} /> : ''}
      {page.may.approve && plan.status === 'submitted' ? (
        <DecisionFormView context={context} header={header} page={page} plan={plan} />
      ) : (
        ''
      )}
      <ObjectivesSection context={context} header={header} page={page} editable={editable} />
      <RejectedSection context={context} page={page} />
      <ReviewsSection context={context} page={page} />
    </>
  );
}
