import type { I18n } from '../../../../platform/i18n/translator.ts';
import type { InstrumentDefinition } from '../../instruments/instrument.definition.ts';

/**
 * The parts of an instrument's transparency record, shown to every user on /instruments/:code and to the
 * administrator reading a version: what it is for and its limits, the reviewer's checklist, and what it asks.
 */

const TRANSPARENCY_FIELDS = ['purpose', 'whoUsesItAndWhen', 'humanOversight', 'dataUsed', 'knownLimits', 'fairnessMonitoring'] as const;

function SummaryRow(props: { label: string; value: string }): JSX.Element {
  return (
    <div class="govuk-summary-list__row">
      <dt class="govuk-summary-list__key" safe>
        {props.label}
      </dt>
      <dd class="govuk-summary-list__value" safe>
        {props.value}
      </dd>
    </div>
  );
}

/** Version number, content hash and publication date: what an assessment made with this version can be checked against. */
export function VersionFacts(props: { i18n: I18n; version: number; contentHash: string; publishedAt: Date | null }): JSX.Element {
  const { t, formatDate } = props.i18n;
  return (
    <dl class="govuk-summary-list">
      <SummaryRow label={t('transparency.version')} value={String(props.version)} />
      <div class="govuk-summary-list__row">
        <dt class="govuk-summary-list__key" safe>
          {t('transparency.contentHash')}
        </dt>
        <dd class="govuk-summary-list__value">
          <code safe>{props.contentHash}</code>
        </dd>
      </div>
      {props.publishedAt ? <SummaryRow label={t('transparency.publishedOn')} value={formatDate(props.publishedAt)} /> : ''}
    </dl>
  );
}

export function TransparencyRecord(props: { i18n: I18n; definition: InstrumentDefinition }): JSX.Element {
  const { t, locale } = props.i18n;
  return (
    <dl class="govuk-summary-list" id="transparency-record">
      {TRANSPARENCY_FIELDS.map((field) => (
        <SummaryRow label={t(`transparency.field.${field}`)} value={props.definition.transparency[field][locale]} />
      ))}
    </dl>
  );
}

/** The checklist the reviewer signed before publication; its first item is the safeguard about religion. */
export function ReviewChecklist(props: { i18n: I18n; definition: InstrumentDefinition }): JSX.Element {
  const { t, formatDate } = props.i18n;
  const checklist = props.definition.reviewChecklist;
  const items = [
    ['noReligiousBeliefOrPracticeIndicators', checklist.noReligiousBeliefOrPracticeIndicators],
    ['indicatorsDescribeBehaviour', checklist.indicatorsDescribeBehaviour],
    ['originalWording', checklist.originalWording],
    ['threeLanguagesChecked', checklist.threeLanguagesChecked],
  ] as const;
  return (
    <div id="review-checklist">
      <ul class="govuk-list govuk-list--bullet">
        {items.map(([item, checked]) => (
          <li>
            <span safe>{t(`transparency.checklist.${item}`)}</span>{' '}
            <strong class="govuk-tag govuk-tag--green" safe>
              {checked ? t('transparency.checklist.checked') : t('transparency.checklist.notChecked')}
            </strong>
          </li>
        ))}
      </ul>
      <p class="govuk-body" safe>
        {t('transparency.checklist.reviewedBy', { name: checklist.reviewedBy, date: formatDate(checklist.reviewedOn) })}
      </p>
    </div>
  );
}

/** Every indicator by section with its title and whether it is a risk, protective, need or responsivity factor. */
export function IndicatorTitles(props: { i18n: I18n; definition: InstrumentDefinition }): JSX.Element {
  const { t, locale } = props.i18n;
  return (
    <div id="indicators">
      {props.definition.sections.map((section) => (
        <>
          <h3 class="govuk-heading-s" safe>
            {section.title[locale]}
          </h3>
          {section.indicators.length === 0 ? (
            <p class="govuk-body" safe>
              {t('transparency.noIndicators')}
            </p>
          ) : (
            <ul class="govuk-list govuk-list--bullet">
              {section.indicators.map((indicator) => (
                <li>
                  <span safe>{indicator.title[locale]}</span>{' '}
                  <span class="govuk-hint govuk-!-display-inline" safe>{`(${t(`transparency.indicatorKind.${indicator.kind}`)})`}</span>
                </li>
              ))}
            </ul>
          )}
        </>
      ))}
    </div>
  );
}
