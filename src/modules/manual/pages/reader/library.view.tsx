import { Tag } from '../../../../platform/views/components.tsx';
import { Layout } from '../../../../platform/views/layout.tsx';
import type { PageContext } from '../../../../platform/views/page-context.ts';
import type { libraryFor } from '../../manual.repository.ts';
import { dottedDay } from '../dates.ts';

type Manuals = Awaited<ReturnType<typeof libraryFor>>;

/** The staff manual library: each manual's current version and whether the reader has acknowledged it. */
export function LibraryView({ context, manuals }: { context: PageContext; manuals: Manuals }): JSX.Element {
  const { t, locale } = context.i18n;
  return (
    <Layout context={context} title={t('manual.library.title')}>
      <h1 class="govuk-heading-l" safe>
        {t('manual.library.title')}
      </h1>
      <p class="govuk-body" safe>
        {t('manual.library.intro')}
      </p>
      <ul class="govuk-list" id="manuals">
        {manuals.map((manual) => (
          <li class="govuk-!-margin-bottom-4">
            <a class="govuk-link govuk-!-font-size-24" href={`/manual/${manual.code}`} safe>
              {manual.title[locale]}
            </a>{' '}
            {manual.acknowledged ? (
              <Tag text={t('manual.library.read')} colour="green" />
            ) : (
              <Tag text={t('manual.library.notRead')} colour="orange" />
            )}
            <p class="govuk-body-s" safe>
              {t('manual.reader.version', { version: manual.version, date: dottedDay(manual.publishedAt) })}
            </p>
          </li>
        ))}
      </ul>
    </Layout>
  );
}
