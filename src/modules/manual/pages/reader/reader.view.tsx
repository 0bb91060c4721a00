import { CsrfField, ErrorSummary, type FieldError } from '../../../../platform/views/components.tsx';
import { Layout } from '../../../../platform/views/layout.tsx';
import type { PageContext } from '../../../../platform/views/page-context.ts';
import { ManualText } from '../manual-text.view.tsx';
import { dottedDay } from '../dates.ts';
import type { ManualPage } from './reader.data.ts';

/**
 * A manual: search over the current version, the sections in the reader's language, "read and understood" for
 * the current version, and every earlier version (still readable). An earlier version says so at the top.
 */
export function ReaderView(props: {
  context: PageContext;
  page: ManualPage;
  errors: FieldError[];
  notice?: string | undefined;
  mayPublish: boolean;
  mayReport: boolean;
}): JSX.Element {
  const { context, page } = props;
  const { t, locale } = context.i18n;
  const code = page.current.manualCode;
  const isCurrent = page.shown.id === page.current.id;
  return (
    <Layout context={context} title={page.shown.title[locale]}>
      <a class="govuk-back-link" href="/manual" safe>
        {t('manual.library.back')}
      </a>
      <ErrorSummary title={t('error.summaryTitle')} errors={props.errors} />
      {props.notice ? (
        <div class="govuk-notification-banner govuk-notification-banner--success" role="alert">
          <div class="govuk-notification-banner__content">
            <p class="govuk-notification-banner__heading" safe>
              {props.notice}
            </p>
          </div>
        </div>
      ) : (
        ''
      )}
      <h1 class="govuk-heading-l" safe>
        {page.shown.title[locale]}
      </h1>
      <p class="govuk-body-s" id="version-line" safe>
        {t('manual.reader.version', { version: page.shown.version, date: dottedDay(page.shown.publishedAt) })}
      </p>
      {isCurrent ? (
        ''
      ) : (
        <div class="govuk-warning-text" id="earlier-version">
          <strong class="govuk-warning-text__text">
            <span safe>{t('manual.reader.earlier', { version: page.current.version })}</span>{' '}
            <a class="govuk-link" href={`/manual/${code}`} safe>
              {t('manual.reader.readCurrent')}
            </a>
          </strong>
        </div>
      )}
      <form method="get" action={`/manual/${code}`} class="govuk-!-margin-bottom-6" role="search">
        <label class="govuk-label" for="q" safe>
          {t('manual.reader.search')}
        </label>
        <input class="govuk-input govuk-input--width-20" id="q" name="q" type="search" value={page.query} />{' '}
        <button type="submit" class="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" safe>
          {t('manual.reader.searchButton')}
        </button>
      </form>
      {page.hits === null ? (
        ''
      ) : (
        <div id="search-results" class="govuk-!-margin-bottom-8">
          <h2 class="govuk-heading-m" safe>
            {t('manual.reader.results', { count: page.hits.length })}
          </h2>
          <ul class="govuk-list">
            {page.hits.map((hit) => (
              <li>
                <a class="govuk-link" href={`/manual/${code}#section-${hit.position}`} safe>
                  {hit.title}
                </a>
                <p class="govuk-body-s" safe>
                  {hit.excerpt}
                </p>
              </li>
            ))}
          </ul>
        </div>
      )}
      <nav aria-label={t('manual.reader.contents')}>
        <h2 class="govuk-heading-s" safe>
          {t('manual.reader.contents')}
        </h2>
        <ol class="govuk-list govuk-list--number">
          {page.sections.map((section) => (
            <li>
              <a class="govuk-link" href={`#section-${section.position}`} safe>
                {section.title[locale]}
              </a>
            </li>
          ))}
        </ol>
      </nav>
      {page.sections.map((section) => (
        <section id={`section-${section.position}`}>
          <h2 class="govuk-heading-m" safe>
            {`${section.position}. ${section.title[locale]}`}
          </h2>
          <ManualText body={section.body[locale]} />
        </section>
      ))}
      {isCurrent ? (
        page.acknowledged ? (
          <p class="govuk-body govuk-!-font-weight-bold" id="acknowledged" safe>
            {t('manual.reader.acknowledged', { date: dottedDay(page.acknowledged.acknowledgedAt) })}
          </p>
        ) : (
          <form method="post" action={`/manual/${code}/acknowledge`} id="acknowledge">
            <CsrfField token={context.csrfToken} />
            <input type="hidden" name="version" value={String(page.current.version)} />
            <button type="submit" class="govuk-button" data-module="govuk-button" safe>
              {t('manual.reader.acknowledge')}
            </button>
          </form>
        )
      ) : (
        ''
      )}
      <h2 class="govuk-heading-m" safe>
        {t('manual.reader.versions')}
      </h2>
      <ul class="govuk-list" id="versions">
        {page.versions.map((version) => (
          <li>
            <a class="govuk-link" href={`/manual/${code}?version=${version.version}`} safe>
              {t('manual.reader.version', { version: version.version, date: dottedDay(version.publishedAt) })}
            </a>
            <span class="govuk-body-s" safe>{` — ${version.changeNote}`}</span>
          </li>
        ))}
      </ul>
      <p class="govuk-body">
        {props.mayPublish ? (
          <a class="govuk-link govuk-!-margin-right-4" href={`/manual/${code}/publish`} safe>
            {t('manual.publish.link')}
          </a>
        ) : (
          ''
        )}
        {props.mayReport ? (
          <a class="govuk-link" href={`/manual/${code}/report`} safe>
            {t('manual.report.link')}
          </a>
        ) : (
          ''
        )}
      </p>
    </Layout>
  );
}
