import { Layout } from '../../../../platform/views/layout.tsx';
import type { PageContext } from '../../../../platform/views/page-context.ts';
import type { InstrumentVersionRow } from '../../instruments/instruments.repository.ts';
import { IndicatorTitles, ReviewChecklist, TransparencyRecord, VersionFacts } from './transparency.components.tsx';

export type PublishedInstrument = { code: string; kind: string; version: InstrumentVersionRow };

export function TransparencyListView(props: { context: PageContext; instruments: PublishedInstrument[] }): JSX.Element {
  const { t, locale } = props.context.i18n;
  return (
    <Layout context={props.context} title={t('transparency.title')}>
      <h1 class="govuk-heading-l" safe>
        {t('transparency.title')}
      </h1>
      <p class="govuk-body" safe>
        {t('transparency.intro')}
      </p>
      {props.instruments.length === 0 ? (
        <p class="govuk-body" safe>
          {t('transparency.none')}
        </p>
      ) : (
        <ul class="govuk-list" id="instruments">
          {props.instruments.map(({ code, version }) => (
            <li class="govuk-!-margin-bottom-4">
              <a class="govuk-link govuk-!-font-weight-bold" href={`/instruments/${encodeURIComponent(code)}`} safe>
                {version.definition.name[locale]}
              </a>{' '}
              <span class="govuk-hint govuk-!-display-inline" safe>
                {t('transparency.versionShort', { version: version.version })}
              </span>
              <p class="govuk-body govuk-!-margin-top-1" safe>
                {version.definition.summary[locale]}
              </p>
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}

/** One instrument's record: what it is for, the safeguards it was checked against, and what it asks about. */
export function TransparencyRecordView(props: { context: PageContext; instrument: PublishedInstrument }): JSX.Element {
  const { i18n } = props.context;
  const { t, locale } = i18n;
  const { version } = props.instrument;
  const definition = version.definition;
  return (
    <Layout context={props.context} title={definition.name[locale]}>
      <a class="govuk-back-link" href="/instruments" safe>
        {t('transparency.title')}
      </a>
      <span class="govuk-caption-l" safe>
        {t(`instrumentAdmin.kind.${definition.kind}`)}
      </span>
      <h1 class="govuk-heading-l" safe>
        {definition.name[locale]}
      </h1>
      <p class="govuk-body-l" safe>
        {definition.summary[locale]}
      </p>
      <VersionFacts i18n={i18n} version={version.version} contentHash={version.contentHash} publishedAt={version.publishedAt} />
      <h2 class="govuk-heading-m" safe>
        {t('transparency.recordHeading')}
      </h2>
      <TransparencyRecord i18n={i18n} definition={definition} />
      <h2 class="govuk-heading-m" safe>
        {t('transparency.checklistHeading')}
      </h2>
      <ReviewChecklist i18n={i18n} definition={definition} />
      <h2 class="govuk-heading-m" safe>
        {t('transparency.indicatorsHeading')}
      </h2>
      <p class="govuk-body" safe>
        {t('transparency.indicatorsIntro')}
      </p>
      <IndicatorTitles i18n={i18n} definition={definition} />
    </Layout>
  );
}
