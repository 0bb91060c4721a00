import { ErrorSummary } from '../../../../platform/views/components.tsx';
import type { PageContext } from '../../../../platform/views/page-context.ts';
import { type PersonHeaderModel, PersonLayout, userDateOf } from '../../../people/people.service.ts';
import { triageOverdue } from '../../concerns.due.ts';
import { stepsFrom } from '../../concerns.workflow.ts';
import { dottedInstant } from '../form-values.ts';
import type { ConcernPageData } from './concern.data.ts';
import type { StepState } from './concern.handler.tsx';
import { ConcernStatusTag, ReportSummary, Row } from './concern-parts.tsx';
import { StepForm } from './step-forms.view.tsx';

/**
 * The lead's page of a concern: the report, every step taken so far (triage, findings, decision, plan, reviews,
 * closure), the form of each step now open, and the history with who did what and why.
 */
export function ConcernLeadView(props: {
  context: PageContext;
  header: PersonHeaderModel;
  data: ConcernPageData;
  state: StepState;
}): JSX.Element {
  const { context, data, state } = props;
  const { t } = context.i18n;
  const { concern, names } = data;
  const who = (id: string | null, at: Date | null) => (id && at ? `${names.get(id) ?? ''}, ${dottedInstant(at)}` : null);
  const action = `/people/${props.header.id}/concerns/${concern.id}`;
  const open = stepsFrom(concern.status);
  const overdue = triageOverdue(concern, new Date());
  const done = state.done && !state.errors ? state.done : undefined;
  return (
    <PersonLayout context={context} person={props.header} tab="concerns" title={t('concerns.page.title')}>
      <a class="govuk-back-link" href={`/people/${props.header.id}/concerns`} safe>
        {t('concerns.page.back')}
      </a>
      <ErrorSummary title={t('error.summaryTitle')} errors={state.errors ?? []} />
      {done ? (
        <div class="govuk-notification-banner govuk-notification-banner--success" role="alert">
          <div class="govuk-notification-banner__content">
            <p class="govuk-notification-banner__heading" safe>
              {t(done === 'reported' ? 'concerns.done.reported' : 'concerns.done.step')}
            </p>
          </div>
        </div>
      ) : (
        ''
      )}
      <h1 class="govuk-heading-l">
        <span safe>{t('concerns.page.title')}</span> <ConcernStatusTag context={context} status={concern.status} />
      </h1>
      {concern.status === 'reported' ? (
        <p class={`govuk-body${overdue ? ' govuk-!-font-weight-bold' : ''}`} id="triage-due" safe>
          {t(overdue ? 'concerns.page.triageOverdue' : 'concerns.page.triageDue', { date: dottedInstant(concern.triageDueAt) })}
        </p>
      ) : (
        ''
      )}
      <ReportSummary context={context} concern={concern} involved={data.involved} reporter={names.get(concern.reportedBy) ?? ''} />
      <h2 class="govuk-heading-m" safe>
        {t('concerns.page.steps')}
      </h2>
      <dl class="govuk-summary-list" id="steps">
        <Row
          label={t('concerns.field.triage')}
          value={concern.triageOutcome ? `${t(`concerns.triageOutcome.${concern.triageOutcome}`)}: ${concern.triageNote ?? ''}` : null}
        />
        <Row label={t('concerns.field.triagedBy')} value={who(concern.triagedBy, concern.triagedAt)} />
        <Row label={t('concerns.field.findings')} value={concern.findings} />
        <Row label={t('concerns.field.investigatedBy')} value={who(concern.investigatedBy, concern.investigatedAt)} />
        <Row label={t('concerns.field.decision')} value={concern.decision ? t(`concerns.decision.${concern.decision}`) : null} />
        <Row label={t('concerns.field.decisionReasons')} value={concern.decisionReasons} />
        {concern.alertType ? <Row label={t('concerns.field.alertType')} value={t(`people.alert.${concern.alertType}`)} /> : ''}
        {concern.referralAgency ? <Row label={t('concerns.field.referralAgency')} value={concern.referralAgency} /> : ''}
        <Row label={t('concerns.field.decidedBy')} value={who(concern.decidedBy, concern.decidedAt)} />
        <Row label={t('concerns.field.nextReview')} value={concern.nextReviewDate ? userDateOf(concern.nextReviewDate) : null} />
        {concern.closedAt ? (
          <Row
            label={t('concerns.field.closed')}
            value={`${who(concern.closedBy, concern.closedAt) ?? ''} — ${concern.closeReason ?? ''}`}
          />
        ) : (
          ''
        )}
      </dl>
      {concern.decision === 'reassessment' ? (
        <p class="govuk-body">
          <a class="govuk-link" href={`/people/${props.header.id}/assessments`} safe>
            {t('concerns.page.assessmentsLink')}
          </a>
        </p>
      ) : (
        ''
      )}
      {data.actions.length > 0 ? (
        <table class="govuk-table" id="plan-actions">
          <caption class="govuk-table__caption govuk-table__caption--m" safe>
            {t('concerns.page.plan')}
          </caption>
          <thead class="govuk-table__head">
            <tr class="govuk-table__row">
              <th scope="col" class="govuk-table__header" safe>
                {t('concerns.plan.action')}
              </th>
              <th scope="col" class="govuk-table__header" safe>
                {t('concerns.plan.responsible')}
              </th>
              <th scope="col" class="govuk-table__header" safe>
                {t('concerns.plan.target')}
              </th>
            </tr>
          </thead>
          <tbody class="govuk-table__body">
            {data.actions.map((entry) => (
              <tr class="govuk-table__row">
                <td class="govuk-table__cell" safe>
                  {entry.description}
                </td>
                <td class="govuk-table__cell" safe>
                  {entry.responsible}
                </td>
                <td class="govuk-table__cell" safe>
                  {userDateOf(entry.targetDate)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        ''
      )}
      {data.reviews.length > 0 ? (
        <>
          <h2 class="govuk-heading-m" safe>
            {t('concerns.page.reviews')}
          </h2>
          <dl class="govuk-summary-list" id="reviews">
            {data.reviews.map((review) => (
              <Row
                label={`${userDateOf(review.reviewedOn)} — ${names.get(review.reviewedBy) ?? ''}`}
                value={`${review.summary} (${t('concerns.review.next', { date: userDateOf(review.nextReviewDate) })})`}
              />
            ))}
          </dl>
        </>
      ) : (
        ''
      )}
      {open.map((step) => (
        <StepForm
          context={context}
          action={action}
          step={step}
          rowVersion={concern.rowVersion}
          values={state.step === step ? (state.values ?? {}) : {}}
          errors={state.step === step ? (state.errors ?? []) : []}
        />
      ))}
      <h2 class="govuk-heading-m" safe>
        {t('concerns.page.history')}
      </h2>
      <ol class="govuk-list" id="history">
        {data.history.map((entry) => (
          <li>
            <span
              safe
            >{`${dottedInstant(entry.at)} — ${entry.userName ?? t('concerns.history.kadam')}: ${t(`concerns.history.${entry.event}` as 'concerns.history.report')}`}</span>
            {entry.reason ? (
              <span class="govuk-body-s kadam-preserve-lines" safe>
                {` — ${entry.reason}`}
              </span>
            ) : (
              ''
            )}
          </li>
        ))}
      </ol>
    </PersonLayout>
  );
}
