import { CsrfField, Textarea } from '../../../../platform/views/components.tsx';
import type { PageContext } from '../../../../platform/views/page-context.ts';
import type { AssessmentAnswers } from '../../assessments.answers.ts';
import type { InstrumentDefinition } from '../../instruments/instrument.definition.ts';
import { RadioGroup, SummaryRow } from './fields.view.tsx';
import { IndicatorView } from './indicator.view.tsx';

export type AnswersProps = {
  context: PageContext;
  definition: InstrumentDefinition;
  answers: AssessmentAnswers;
  /** The previous approved assessment's answers, for the ratings shown beside; null when there is none. */
  previous: AssessmentAnswers | null;
  editable: boolean;
  errorFor: (field: string) => string | undefined;
};

/** Every section's indicators and free-text items, then the outcome: judgements, formulation, the person's view, reasons. */
function AnswerFields(props: AnswersProps): JSX.Element {
  const { context, definition, answers, editable, errorFor } = props;
  const { t, locale } = context.i18n;
  const text = (name: string, label: string, value: string | undefined, hint?: string) =>
    editable ? (
      <Textarea name={name} label={label} hint={hint} value={value ?? ''} error={errorFor(name)} rows={5} />
    ) : (
      <dl class="govuk-summary-list">
        <SummaryRow label={label} value={value} empty={t('assessments.page.notWritten')} />
      </dl>
    );
  return (
    <>
      {definition.sections.map((section) => (
        <section class="govuk-!-margin-bottom-8" data-section={section.code}>
          <h2 class="govuk-heading-m" safe>
            {section.title[locale]}
          </h2>
          <p class="govuk-body" safe>
            {section.description[locale]}
          </p>
          {section.indicators.map((indicator) => (
            <IndicatorView
              context={context}
              definition={definition}
              indicator={indicator}
              answer={answers.ratings[indicator.code] ?? {}}
              previous={props.previous ? { rating: props.previous.ratings[indicator.code]?.rating } : null}
              editable={editable}
              errorFor={errorFor}
            />
          ))}
          {section.freeText.map((item) =>
            text(`free-${item.code}`, item.title[locale], answers.freeText[item.code], item.guidance[locale]),
          )}
        </section>
      ))}
      <section class="govuk-!-margin-bottom-8" data-section="outcome">
        <h2 class="govuk-heading-m" safe>
          {t('assessments.page.outcome')}
        </h2>
        {definition.outcome.judgements.map((judgement) => {
          const level = answers.judgements[judgement.code];
          return editable ? (
            <RadioGroup
              name={`judgement-${judgement.code}`}
              legend={judgement.title[locale]}
              hint={judgement.guidance[locale]}
              options={judgement.levels.map((value) => ({ value, label: t(`assessments.label.level.${value}`) }))}
              value={level}
              error={errorFor(`judgement-${judgement.code}`)}
              inline
            />
          ) : (
            <dl class="govuk-summary-list">
              <SummaryRow
                label={judgement.title[locale]}
                value={level ? t(`assessments.label.level.${level}`) : undefined}
                empty={t('assessments.page.notRated')}
              />
            </dl>
          );
        })}
        {text('formulation', t('assessments.page.formulation'), answers.formulation, t('assessments.page.formulationHint'))}
        {text('personView', t('assessments.page.personView'), answers.personView, t('assessments.page.personViewHint'))}
        {text('overallReasons', t('assessments.page.overallReasons'), answers.overallReasons)}
      </section>
    </>
  );
}

/**
 * The workspace: a form while the draft is open to this user (saved by the buttons, and by the autosave script
 * when it runs), otherwise the same answers to read. Works without JavaScript; the script only adds autosave.
 */
export function AnswersView(props: AnswersProps & { action: string; rowVersion: number }): JSX.Element {
  const { t } = props.context.i18n;
  if (!props.editable) {
    return (
      <div id="workspace">
        <p class="govuk-inset-text" safe>
          {t('assessments.page.readOnly')}
        </p>
        <AnswerFields {...props} />
      </div>
    );
  }
  return (
    <form method="post" action={props.action} novalidate id="workspace" data-autosave={`${props.action}/autosave`}>
      <CsrfField token={props.context.csrfToken} />
      <input type="hidden" name="rowVersion" value={String(props.rowVersion)} />
      <p class="govuk-body-s" safe>
        {t('assessments.page.autosave.note')}
      </p>
      <AnswerFields {...props} />
      <p
        class="govuk-body-s"
        id="autosave-status"
        aria-live="polite"
        data-saved-text={t('assessments.page.autosave.saved')}
        data-failed-text={t('assessments.page.autosave.failed')}
      ></p>
      <div class="govuk-button-group">
        <button type="submit" name="intent" value="save" class="govuk-button govuk-button--secondary" data-module="govuk-button" safe>
          {t('assessments.page.save')}
        </button>
        <button type="submit" name="intent" value="submit" class="govuk-button" data-module="govuk-button" safe>
          {t('assessments.page.submit')}
        </button>
      </div>
    </form>
  );
}
