import type { I18n } from '../../../../platform/i18n/translator.ts';
import { Layout } from '../../../../platform/views/layout.tsx';
import type { PageContext } from '../../../../platform/views/page-context.ts';
import type { Indicator, InstrumentDefinition } from '../../instruments/instrument.definition.ts';
import type { InstrumentRow, InstrumentVersionRow } from '../../instruments/instruments.repository.ts';
import { ReviewChecklist, TransparencyRecord, VersionFacts } from '../transparency/transparency.components.tsx';
import { instrumentHref, Notice, VersionStatus } from './instrument.components.tsx';
import { VersionActions } from './instrument-versions.view.tsx';

/**
 * One version's definition, readable section by section in the administrator's language: what a translator
 * or reviewer checks before publishing, without reading JSON. The JSON itself is one link away.
 */
export function InstrumentVersionView(props: {
  context: PageContext;
  instrument: InstrumentRow;
  version: InstrumentVersionRow;
  notice?: string | undefined;
}): JSX.Element {
  const { i18n } = props.context;
  const { t, locale } = i18n;
  const { instrument, version } = props;
  const definition = version.definition;
  return (
    <Layout
      context={props.context}
      title={`${definition.name[locale]} · ${t('instrumentAdmin.versionNumber', { version: version.version })}`}
    >
      <a class="govuk-back-link" href={instrumentHref(instrument.code)} safe>
        {instrument.name[locale]}
      </a>
      <Notice text={props.notice} />
      <span class="govuk-caption-l" safe>{`${instrument.code} · ${t('instrumentAdmin.versionNumber', { version: version.version })}`}</span>
      <h1 class="govuk-heading-l" safe>
        {definition.name[locale]}
      </h1>
      <p class="govuk-body">
        <VersionStatus t={t} status={version.status} />
      </p>
      <p class="govuk-body-l" safe>
        {definition.summary[locale]}
      </p>
      <VersionFacts i18n={i18n} version={version.version} contentHash={version.contentHash} publishedAt={version.publishedAt} />
      <VersionActions t={t} code={instrument.code} version={version} />
      {definition.sections.map((section) => (
        <section id={`section-${section.code}`}>
          <h2 class="govuk-heading-m" safe>{`${section.title[locale]} (${section.code})`}</h2>
          <p class="govuk-body" safe>
            {section.description[locale]}
          </p>
          {section.indicators.map((indicator) => (
            <IndicatorDetails i18n={i18n} definition={definition} indicator={indicator} />
          ))}
          {section.freeText.map((item) => (
            <div class="govuk-inset-text">
              <h3 class="govuk-heading-s" safe>{`${item.title[locale]} (${item.code})`}</h3>
              <p class="govuk-body" safe>
                {item.guidance[locale]}
              </p>
            </div>
          ))}
        </section>
      ))}
      <h2 class="govuk-heading-m" safe>
        {t('instrumentAdmin.outcome')}
      </h2>
      <ul class="govuk-list govuk-list--bullet" id="judgements">
        {definition.outcome.judgements.map((judgement) => (
          <li>
            <strong safe>{judgement.title[locale]}</strong>{' '}
            <span
              safe
            >{`(${judgement.levels.map((level) => t(`instrumentAdmin.riskLevel.${level}`)).join(' / ')}): ${judgement.guidance[locale]}`}</span>
          </li>
        ))}
      </ul>
      <p class="govuk-body" safe>
        {definition.outcome.formulationRequired ? t('instrumentAdmin.formulationRequired') : t('instrumentAdmin.formulationOptional')}
      </p>
      {definition.rules.length > 0 ? (
        <>
          <h2 class="govuk-heading-m" safe>
            {t('instrumentAdmin.rules')}
          </h2>
          <ul class="govuk-list govuk-list--bullet" id="rules">
            {definition.rules.map((rule) => (
              <li safe>{`${rule.code}: ${rule.advice[locale]}`}</li>
            ))}
          </ul>
        </>
      ) : (
        ''
      )}
      <p class="govuk-body" safe>
        {t('instrumentAdmin.reviewPolicy', { ...definition.reviewPolicy.monthsByLevel, default: definition.reviewPolicy.defaultMonths })}
      </p>
      <h2 class="govuk-heading-m" safe>
        {t('transparency.recordHeading')}
      </h2>
      <TransparencyRecord i18n={i18n} definition={definition} />
      <h2 class="govuk-heading-m" safe>
        {t('transparency.checklistHeading')}
      </h2>
      <ReviewChecklist i18n={i18n} definition={definition} />
    </Layout>
  );
}

/** An indicator with its guidance for every level of its scale and the sources its evidence should come from. */
function IndicatorDetails(props: { i18n: I18n; definition: InstrumentDefinition; indicator: Indicator }): JSX.Element {
  const { t, locale } = props.i18n;
  const { indicator } = props;
  const scale = props.definition.scales.find((entry) => entry.code === indicator.scale);
  return (
    <div class="govuk-!-margin-bottom-6" id={`indicator-${indicator.code}`}>
      <h3 class="govuk-heading-s" safe>{`${indicator.title[locale]} (${indicator.code})`}</h3>
      <p class="govuk-body-s" safe>
        {[
          t(`transparency.indicatorKind.${indicator.kind}`),
          indicator.required ? t('instrumentAdmin.required') : t('instrumentAdmin.optional'),
          t('instrumentAdmin.evidenceSources', {
            sources: indicator.evidenceSources.map((source) => t(`instrumentAdmin.evidence.${source}`)).join(', '),
          }),
        ].join(' · ')}
      </p>
      <p class="govuk-body" safe>
        {indicator.description[locale]}
      </p>
      <dl class="govuk-summary-list govuk-summary-list--no-border">
        {(scale?.levels ?? []).map((level) => (
          <div class="govuk-summary-list__row">
            <dt class="govuk-summary-list__key" safe>
              {level.label[locale]}
            </dt>
            <dd class="govuk-summary-list__value" safe>
              {indicator.guidance[level.value]?.[locale] ?? ''}
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
