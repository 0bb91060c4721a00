import { CsrfField, Textarea } from '../../../../platform/views/components.tsx';
import type { PageContext } from '../../../../platform/views/page-context.ts';
import type { AssessmentWithInstrument } from '../../assessments.repository.ts';
import type { RISK_LEVELS } from '../../instruments/instrument.definition.ts';
import { RadioGroup, SummaryRow } from './fields.view.tsx';
import type { ReviewForm } from './review.form.ts';

type Level = (typeof RISK_LEVELS)[number];

/** How the second person decided: reviewer, outcome, the override's reason and judgements, the next review date. */
export function DecisionSummary(props: { context: PageContext; assessment: AssessmentWithInstrument; reviewer: string | undefined }) {
  const { context, assessment } = props;
  const { t, locale, formatDate, formatDateTime } = context.i18n;
  if (!assessment.reviewOutcome) return '';
  const judgements = assessment.version.definition.outcome.judgements;
  const overridden = Object.entries(assessment.overrideJudgements ?? {}).map(([code, level]) => {
    const title = judgements.find((entry) => entry.code === code)?.title[locale] ?? code;
    return `${title}: ${t(`assessments.label.level.${level as Level}`)}`;
  });
  return (
    <div class="govuk-summary-card" id="decision">
      <div class="govuk-summary-card__title-wrapper">
        <h2 class="govuk-summary-card__title" safe>
          {t('assessments.review.decided')}
        </h2>
      </div>
      <div class="govuk-summary-card__content">
        <dl class="govuk-summary-list">
          <SummaryRow
            label={t('assessments.review.reviewer')}
            value={[props.reviewer, assessment.reviewedAt ? formatDateTime(assessment.reviewedAt) : ''].filter(Boolean).join(', ')}
            empty="—"
          />
          <SummaryRow
            label={t('assessments.review.decision')}
            value={t(`assessments.review.outcome.${assessment.reviewOutcome}`)}
            empty="—"
          />
          {assessment.reviewOutcome === 'overridden' ? (
            <>
              <SummaryRow label={t('assessments.review.reason')} value={assessment.overrideReason} empty="—" />
              <SummaryRow label={t('assessments.review.overrideJudgements')} value={overridden.join('; ')} empty="—" />
            </>
          ) : (
            ''
          )}
          <SummaryRow
            label={t('assessments.review.nextReviewDate')}
            value={assessment.nextReviewDate ? formatDate(assessment.nextReviewDate) : undefined}
            empty="—"
          />
        </dl>
      </div>
    </div>
  );
}

/** The reviewer's form on a submitted assessment: approve, return with a comment, or override with a reason. */
export function ReviewFormView(props: {
  context: PageContext;
  action: string;
  assessment: AssessmentWithInstrument;
  form: ReviewForm;
  errorFor: (field: string) => string | undefined;
}) {
  const { context, form, errorFor } = props;
  const { t, locale } = context.i18n;
  return (
    <form method="post" action={props.action} novalidate id="review">
      <CsrfField token={context.csrfToken} />
      <input type="hidden" name="rowVersion" value={String(form.rowVersion)} />
      <h2 class="govuk-heading-m" safe>
        {t('assessments.review.title')}
      </h2>
      <RadioGroup
        name="decision"
        legend={t('assessments.review.decision')}
        options={(['approve', 'return', 'override'] as const).map((value) => ({ value, label: t(`assessments.review.${value}`) }))}
        value={form.decision}
        error={errorFor('decision')}
      />
      <Textarea
        name="reviewComment"
        label={t('assessments.review.comment')}
        hint={t('assessments.review.commentHint')}
        value={form.comment}
        error={errorFor('reviewComment')}
      />
      <Textarea
        name="overrideReason"
        label={t('assessments.review.reason')}
        hint={t('assessments.review.reasonHint')}
        value={form.reason}
        error={errorFor('overrideReason')}
      />
      {props.assessment.version.definition.outcome.judgements.map((judgement) => (
        <RadioGroup
          name={`override-${judgement.code}`}
          legend={t('assessments.review.overrideLevel', { item: judgement.title[locale] })}
          options={[
            { value: '', label: t('assessments.review.keep') },
            ...judgement.levels.map((level) => ({ value: level, label: t(`assessments.label.level.${level}`) })),
          ]}
          value={form.judgements[judgement.code] ?? ''}
          error={errorFor(`override-${judgement.code}`)}
          inline
        />
      ))}
      <button type="submit" class="govuk-button" data-module="govuk-button" safe>
        {t('assessments.review.button')}
      </button>
    </form>
  );
}

/** On an approved assessment: start a correction, a new draft linked to it (the approved one never changes). */
export function CorrectFormView(props: { context: PageContext; action: string; rowVersion: number }) {
  const { t } = props.context.i18n;
  return (
    <form method="post" action={props.action} novalidate id="correct">
      <CsrfField token={props.context.csrfToken} />
      <input type="hidden" name="rowVersion" value={String(props.rowVersion)} />
      <h2 class="govuk-heading-m" safe>
        {t('assessments.review.correct.title')}
      </h2>
      <p class="govuk-body" safe>
        {t('assessments.review.correct.hint')}
      </p>
      <button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button" safe>
        {t('assessments.review.correct.button')}
      </button>
    </form>
  );
}
