import { CsrfField, type FieldError, Select, TextInput, Textarea } from '../../../../platform/views/components.tsx';
import type { PageContext } from '../../../../platform/views/page-context.ts';
import { CONCERN_DECISIONS, DECISION_ALERTS, TRIAGE_OUTCOMES } from '../../concerns.tables.ts';
import type { ConcernStep } from '../../concerns.workflow.ts';
import { Choices } from '../controls.tsx';
import { PLAN_ROWS, type StepValues } from './step.form.ts';

type Props = {
  context: PageContext;
  action: string;
  step: ConcernStep;
  rowVersion: number;
  values: StepValues;
  errors: FieldError[];
};

/**
 * The form of one step of the loop, posted to `<concern>/<step>` with the concern's row version, so a form
 * opened before another lead's step is refused rather than saved over it.
 */
export function StepForm(props: Props): JSX.Element {
  const { t } = props.context.i18n;
  const value = (name: string) => props.values[name] ?? '';
  const error = (name: string) => props.errors.find((entry) => entry.field === name)?.message;
  const text = (name: string, label: string, rows = 4) => (
    <Textarea name={name} label={label} value={value(name)} rows={rows} error={error(name)} />
  );
  const date = (name: string, label: string) => (
    <TextInput name={name} label={label} hint={t('concerns.form.dateHint')} value={value(name)} width={10} error={error(name)} />
  );
  let fields: JSX.Element;
  switch (props.step) {
    case 'triage':
      fields = (
        <>
          <Choices
            type="radio"
            name="outcome"
            legend={t('concerns.triage.outcome')}
            options={TRIAGE_OUTCOMES.map((code) => ({ value: code, label: t(`concerns.triageOutcome.${code}`) }))}
            values={[value('outcome')]}
            error={error('outcome')}
          />
          {text('note', t('concerns.triage.note'))}
        </>
      );
      break;
    case 'investigate':
      fields = text('findings', t('concerns.investigate.findings'), 6);
      break;
    case 'decide':
      fields = (
        <>
          <Choices
            type="radio"
            name="decision"
            legend={t('concerns.decide.decision')}
            options={CONCERN_DECISIONS.map((code) => ({ value: code, label: t(`concerns.decision.${code}`) }))}
            values={[value('decision')]}
            error={error('decision')}
          />
          {text('reasons', t('concerns.decide.reasons'))}
          <Select
            name="alertType"
            label={t('concerns.decide.alertType')}
            hint={t('concerns.decide.alertTypeHint')}
            blank={t('concerns.form.choose')}
            options={DECISION_ALERTS.map((code) => ({ value: code, label: t(`people.alert.${code}`) }))}
            value={value('alertType')}
            error={error('alertType')}
          />
          <TextInput
            name="referralAgency"
            label={t('concerns.decide.referralAgency')}
            hint={t('concerns.decide.referralAgencyHint')}
            value={value('referralAgency')}
            error={error('referralAgency')}
          />
        </>
      );
      break;
    case 'plan':
      fields = (
        <>
          {Array.from({ length: PLAN_ROWS }, (_, row) => (
            <fieldset class="govuk-fieldset govuk-!-margin-bottom-6">
              <legend class="govuk-fieldset__legend govuk-fieldset__legend--s" safe>
                {t('concerns.plan.actionLegend', { number: row + 1 })}
              </legend>
              <TextInput
                name={`action${row}`}
                label={t('concerns.plan.action')}
                value={value(`action${row}`)}
                error={error(`action${row}`)}
              />
              <TextInput
                name={`responsible${row}`}
                label={t('concerns.plan.responsible')}
                value={value(`responsible${row}`)}
                error={error(`responsible${row}`)}
              />
              {date(`target${row}`, t('concerns.plan.target'))}
            </fieldset>
          ))}
          {date('reviewDate', t('concerns.plan.reviewDate'))}
        </>
      );
      break;
    case 'review':
      fields = (
        <>
          {text('summary', t('concerns.review.summary'))}
          {date('nextReviewDate', t('concerns.review.nextReviewDate'))}
        </>
      );
      break;
    default:
      fields = text('reason', t('concerns.close.reason'));
      break;
  }
  return (
    <form method="post" action={`${props.action}/${props.step}`} novalidate class="govuk-!-margin-bottom-9" id={`step-${props.step}`}>
      <h2 class="govuk-heading-m" safe>
        {t(`concerns.step.${props.step}`)}
      </h2>
      <CsrfField token={props.context.csrfToken} />
      <input type="hidden" name="rowVersion" value={String(props.rowVersion)} />
      {fields}
      <button type="submit" class={`govuk-button${props.step === 'close' ? ' govuk-button--warning' : ''}`} data-module="govuk-button" safe>
        {t(`concerns.stepButton.${props.step}`)}
      </button>
    </form>
  );
}
