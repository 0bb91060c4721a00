import { Layout } from '../../../../platform/views/layout.tsx';
import type { PageContext } from '../../../../platform/views/page-context.ts';
import type { InstrumentRow, InstrumentVersionRow } from '../../instruments/instruments.repository.ts';
import { Notice, VersionStatus, versionHref } from './instrument.components.tsx';

const COLUMNS = ['version', 'status', 'contentHash', 'published', 'retired', 'actions'] as const;

/**
 * `/admin/instruments/:code`: every version of one instrument with who published or retired it and when.
 * Only a draft offers editing and publication; only a published version offers retirement.
 */
export function InstrumentVersionsView(props: {
  context: PageContext;
  instrument: InstrumentRow;
  versions: InstrumentVersionRow[];
  names: Map<string, string>;
  notice?: string | undefined;
}): JSX.Element {
  const { t, locale, formatDateTime } = props.context.i18n;
  const { instrument } = props;
  const byAt = (userId: string | null, at: Date | null) =>
    at
      ? t('instrumentAdmin.byAt', { name: (userId && props.names.get(userId)) ?? t('instrumentAdmin.system'), at: formatDateTime(at) })
      : '';
  return (
    <Layout context={props.context} title={instrument.name[locale]}>
      <a class="govuk-back-link" href="/admin/instruments" safe>
        {t('instrumentAdmin.title')}
      </a>
      <Notice text={props.notice} />
      <span class="govuk-caption-l" safe>{`${instrument.code} · ${t(`instrumentAdmin.kind.${instrument.kind}`)}`}</span>
      <h1 class="govuk-heading-l" safe>
        {instrument.name[locale]}
      </h1>
      <table class="govuk-table" id="versions">
        <caption class="govuk-table__caption govuk-table__caption--m" safe>
          {t('instrumentAdmin.versions')}
        </caption>
        <thead class="govuk-table__head">
          <tr class="govuk-table__row">
            {COLUMNS.map((column) => (
              <th scope="col" class="govuk-table__header" safe>
                {t(`instrumentAdmin.column.${column}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody class="govuk-table__body">
          {props.versions.map((version) => (
            <tr class="govuk-table__row" id={`version-${version.version}`}>
              <td class="govuk-table__cell">
                <a class="govuk-link" href={versionHref(instrument.code, version.version)} safe>
                  {t('instrumentAdmin.versionNumber', { version: version.version })}
                </a>
              </td>
              <td class="govuk-table__cell">
                <VersionStatus t={t} status={version.status} />
              </td>
              <td class="govuk-table__cell">
                <code safe>{version.contentHash.slice(0, 16)}</code>
              </td>
              <td class="govuk-table__cell" safe>
                {byAt(version.publishedBy, version.publishedAt)}
              </td>
              <td class="govuk-table__cell" safe>
                {byAt(version.retiredBy, version.retiredAt)}
              </td>
              <td class="govuk-table__cell">
                <VersionActions t={t} code={instrument.code} version={version} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Layout>
  );
}

/** The links a version's state allows: a published or retired version is never edited, only read or exported. */
export function VersionActions(props: { t: PageContext['i18n']['t']; code: string; version: InstrumentVersionRow }): JSX.Element {
  const { t, code, version } = props;
  const links: [string, string][] = [[`${versionHref(code, version.version)}.json`, t('instrumentAdmin.downloadJson')]];
  if (version.status === 'draft') {
    links.push([versionHref(code, version.version, 'edit'), t('instrumentAdmin.edit')]);
    links.push([versionHref(code, version.version, 'publish'), t('instrumentAdmin.publish')]);
  }
  if (version.status === 'published') links.push([versionHref(code, version.version, 'retire'), t('instrumentAdmin.retire')]);
  return (
    <ul class="govuk-list">
      {links.map(([href, label]) => (
        <li>
          <a class="govuk-link" href={href} safe>
            {label}
          </a>
        </li>
      ))}
    </ul>
  );
}
