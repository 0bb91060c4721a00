import { CsrfField, Textarea } from '../../../../platform/views/components.tsx';
import type { PlanRow } from '../../plans.repository.ts';
import type { PlanTabProps } from './plan.view.tsx';

type Props = PlanTabProps;

/** The next steps staff can take on the plan: each a link to its form, and sending for approval. */
export function StepLinks({ context, header, page, plan }: Props & { plan: PlanRow }): JSX.Element {
  const { t } = context.i18n;
  const base = `/people/${header.id}/plan`;
  const submitError = page.errors.find((entry) => entry.field === 'submit')?.message;
  const link = (href: string, label: string) => (
    <a class="govuk-button govuk-button--secondary" href={href} data-module="govuk-button" safe>
      {label}
    </a>
  );
  return (
    <div class="govuk-button-group" id="submit">
      {link(
        `${base}/objectives`,
        page.proposals.length > 0 ? t('plans.page.proposals', { count: page.proposals.length }) : t('plans.page.addObjective'),
      )}
      {link(`${base}/agreement`, t('plans.page.recordAgreement'))}
      {plan.status === 'approved' ? link(`${base}/review`, t('plans.page.recordReview')) : ''}
      {link(`${base}/close`, t('plans.page.close'))}
      {plan.status !== 'approved' ? (
        <form method="post" action={`${base}/submit`} novalidate>
          <CsrfField token={context.csrfToken} />
          <input type="hidden" name="rowVersion" value={String(plan.rowVersion)} />
          {submitError ? (
            <p class="govuk-error-message" safe>
              {submitError}
            </p>
          ) : (
            ''
          )}
          <button type="submit" class="govuk-button" data-module="govuk-button" safe>
            {t('plans.page.submit')}
          </button>
        </form>
      ) : (
        ''
      )}
    </div>
  );
}

/** A manager's decision on a submitted plan: approve, or return with a comment saying what to change. */
export function DecisionFormView({ context, header, page, plan }: Props & { plan: PlanRow }): JSX.Element {
  const { t } = context.i18n;
  const error = (name: string) => page.errors.find((entry) => entry.field === name)?.message;
  const decisionError = error('decision');
  return (
    <form method="post" action={`/people/${header.id}/plan/decision`} novalidate id="decision-form">
      <CsrfField token={context.csrfToken} />
      <input type="hidden" name="rowVersion" value={String(plan.rowVersion)} />
      <h2 class="govuk-heading-m" safe>
        {t('plans.decision.title')}
      </h2>
      <div class={`govuk-form-group${decisionError ? ' govuk-form-group--error' : ''}`}>
        <fieldset class="govuk-fieldset" id="decision">
          <legend class="govuk-fieldset__legend govuk-fieldset__legend--s" safe>
            {t('plans.decision.legend')}
          </legend>
          {decisionError ? (
            <p class="govuk-error-message" safe>
              {decisionError}
            </p>
          ) : (
            ''
          )}
          <div class="govuk-radios" data-module="govuk-radios">
            {(['approve', 'return'] as const).map((decision) => (
              <div class="govuk-radios__item">
                <input
                  class="govuk-radios__input"
                  id={`decision-${decision}`}
                  name="decision"
                  type="radio"
                  value={decision}
                  checked={page.decision.decision === decision}
                />
                <label class="govuk-label govuk-radios__label" for={`decision-${decision}`} safe>
                  {t(`plans.decision.${decision}`)}
                </label>
              </div>
            ))}
          </div>
        </fieldset>
      </div>
      <Textarea
        name="comment"
        label={t('plans.decision.comment')}
        hint={t('plans.decision.commentHint')}
        value={page.decision.comment}
        error={error('comment')}
      />
      <button type="submit" class="govuk-button" data-module="govuk-button" safe>
        {t('plans.decision.button')}
      </button>
    </form>
  );
}
