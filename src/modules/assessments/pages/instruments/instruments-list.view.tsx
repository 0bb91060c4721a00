import { Layout } from '../../../../platform/views/layout.tsx';
import type { PageContext } from '../../../../platform/views/page-context.ts';
import type { instrumentSummaries } from '../../instruments/instruments.repository.ts';
import { Notice } from './instrument.components.tsx';

export type InstrumentSummary = Awaited<ReturnType<typeof instrumentSummaries>>[number];

/** `/admin/instruments`: every instrument, the version in use and how many drafts wait for publication. */
export function InstrumentsListView(props: { context: PageContext; instruments: InstrumentSummary[]; notice?: string }): JSX.Element {
  const { t, locale } = props.context.i18n;
  return (
    <Layout context={props.context} title={t('instrumentAdmin.title')}>
      <Notice text={props.notice} />
      <h1 class="govuk-heading-l" safe>
        {t('instrumentAdmin.title')}
      </h1>
      <p class="govuk-body" safe>
        {t('instrumentAdmin.intro')}
      </p>
      <a class="govuk-button" data-module="govuk-button" href="/admin/instruments/new" safe>
        {t('instrumentAdmin.loadDraft')}
      </a>
      <table class="govuk-table" id="instruments">
        <thead class="govuk-table__head">
          <tr class="govuk-table__row">
            <th scope="col" class="govuk-table__header" safe>
              {t('instrumentAdmin.code')}
            </th>
            <th scope="col" class="govuk-table__header" safe>
              {t('instrumentAdmin.kind')}
            </th>
            <th scope="col" class="govuk-table__header" safe>
              {t('instrumentAdmin.name')}
            </th>
            <th scope="col" class="govuk-table__header" safe>
              {t('instrumentAdmin.publishedVersion')}
            </th>
            <th scope="col" class="govuk-table__header govuk-table__header--numeric" safe>
              {t('instrumentAdmin.drafts')}
            </th>
          </tr>
        </thead>
        <tbody class="govuk-table__body">
          {props.instruments.map((instrument) => (
            <tr class="govuk-table__row">
              <td class="govuk-table__cell">
                <a class="govuk-link" href={`/admin/instruments/${encodeURIComponent(instrument.code)}`} safe>
                  {instrument.code}
                </a>
              </td>
              <td class="govuk-table__cell" safe>
                {t(`instrumentAdmin.kind.${instrument.kind}`)}
              </td>
              <td class="govuk-table__cell" safe>
                {instrument.name[locale]}
              </td>
              <td class="govuk-table__cell" safe>
                {instrument.published_version === null ? t('instrumentAdmin.nonePublished') : String(instrument.published_version)}
              </td>
              <td class="govuk-table__cell govuk-table__cell--numeric" safe>
                {String(instrument.draft_versions)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Layout>
  );
}
