import { Tag, Textarea } from '../../../../platform/views/components.tsx';
import type { PageContext } from '../../../../platform/views/page-context.ts';
import type { IndicatorAnswer } from '../../assessments.answers.ts';
import { CONFIDENCE_LEVELS, EVIDENCE_SOURCES, type Indicator, type InstrumentDefinition } from '../../instruments/instrument.definition.ts';
import { CheckboxGroup, RadioGroup, SummaryRow } from './fields.view.tsx';

type Props = {
  context: PageContext;
  definition: InstrumentDefinition;
  indicator: Indicator;
  answer: IndicatorAnswer;
  /** The previous approved assessment's rating; `null` when there is no previous assessment to compare with. */
  previous: { rating: string | undefined } | null;
  editable: boolean;
  errorFor: (field: string) => string | undefined;
};

/** The label of a rating on the indicator's scale, in the user's language (the raw value if the scale lost it). */
export function ratingLabel(definition: InstrumentDefinition, indicator: Indicator, value: string | undefined, context: PageContext) {
  if (value === undefined) return undefined;
  const scale = definition.scales.find((entry) => entry.code === indicator.scale);
  return scale?.levels.find((level) => level.value === value)?.label[context.i18n.locale] ?? value;
}

/**
 * One indicator: its title, kind and description, the guidance for each rating (folded away), the previous
 * approved rating beside it with a "changed" marker when this one differs, then the rating, evidence, sources
 * and confidence, as inputs while the draft is open or as a summary once it is not.
 */
export function IndicatorView({ context, definition, indicator, answer, previous, editable, errorFor }: Props): JSX.Element {
  const { t, locale } = context.i18n;
  const { code } = indicator;
  const scale = definition.scales.find((entry) => entry.code === indicator.scale);
  const levels = scale?.levels ?? [];
  const changed = previous !== null && answer.rating !== undefined && previous.rating !== answer.rating;
  const sourceLabel = (source: string) => t(`assessments.label.source.${source as (typeof EVIDENCE_SOURCES)[number]}`);
  const beside =
    previous === null ? (
      ''
    ) : (
      <p class="govuk-body-s" data-previous-rating={code}>
        <span safe>
          {t('assessments.page.previous', {
            rating: ratingLabel(definition, indicator, previous.rating, context) ?? t('assessments.page.notRated'),
          })}
        </span>{' '}
        {changed ? <Tag text={t('assessments.page.changed')} colour="orange" /> : ''}
      </p>
    );
  const guidance = (
    <details class="govuk-details">
      <summary class="govuk-details__summary">
        <span class="govuk-details__summary-text" safe>
          {t('assessments.page.guidance')}
        </span>
      </summary>
      <div class="govuk-details__text">
        <dl class="govuk-summary-list govuk-summary-list--no-border">
          {levels.map((level) => (
            <SummaryRow label={level.label[locale]} value={indicator.guidance[level.value]?.[locale]} empty="—" />
          ))}
        </dl>
      </div>
    </details>
  );
  return (
    <div class="govuk-!-margin-bottom-8" data-indicator={code} data-changed={changed ? 'true' : undefined}>
      <h3 class="govuk-heading-s govuk-!-margin-bottom-1" safe>
        {`${code}. ${indicator.title[locale]}`}
      </h3>
      <p class="govuk-caption-s" safe>
        {t(`assessments.label.kind.${indicator.kind}`)}
      </p>
      <p class="govuk-body" safe>
        {indicator.description[locale]}
      </p>
      {guidance}
      {editable ? (
        <>
          <RadioGroup
            name={`rating-${code}`}
            legend={t('assessments.page.rating')}
            options={levels.map((level) => ({ value: level.value, label: level.label[locale] }))}
            value={answer.rating}
            error={errorFor(`rating-${code}`)}
            inline
          >
            {beside}
          </RadioGroup>
          <Textarea
            name={`evidence-${code}`}
            label={t('assessments.page.evidence')}
            hint={t('assessments.page.evidenceHint')}
            value={answer.evidence ?? ''}
            error={errorFor(`evidence-${code}`)}
            rows={4}
          />
          <CheckboxGroup
            name={`sources-${code}`}
            legend={t('assessments.page.sources')}
            hint={t('assessments.page.sourcesExpected', { sources: indicator.evidenceSources.map(sourceLabel).join(', ') })}
            options={EVIDENCE_SOURCES.map((source) => ({ value: source, label: sourceLabel(source) }))}
            values={answer.sources ?? []}
            error={errorFor(`sources-${code}`)}
          />
          <RadioGroup
            name={`confidence-${code}`}
            legend={t('assessments.page.confidence')}
            options={CONFIDENCE_LEVELS.map((level) => ({ value: level, label: t(`assessments.label.confidence.${level}`) }))}
            value={answer.confidence}
            inline
          />
        </>
      ) : (
        <>
          {beside}
          <dl class="govuk-summary-list">
            <SummaryRow
              label={t('assessments.page.rating')}
              value={ratingLabel(definition, indicator, answer.rating, context)}
              empty={t('assessments.page.notRated')}
            />
            <SummaryRow label={t('assessments.page.evidence')} value={answer.evidence} empty={t('assessments.page.notWritten')} />
            <SummaryRow
              label={t('assessments.page.sources')}
              value={(answer.sources ?? []).map(sourceLabel).join(', ')}
              empty={t('assessments.page.notWritten')}
            />
            <SummaryRow
              label={t('assessments.page.confidence')}
              value={answer.confidence ? t(`assessments.label.confidence.${answer.confidence}`) : undefined}
              empty={t('assessments.page.notWritten')}
            />
          </dl>
        </>
      )}
    </div>
  );
}
