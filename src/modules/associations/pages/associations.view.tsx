import { SuccessNotice } from '../../../platform/views/components.tsx';
import type { PageContext } from '../../../platform/views/page-context.ts';
import { fullName, PersonLayout, type PersonHeaderModel } from '../../people/people.service.ts';
import type { Graph } from '../associations.graph.ts';
import { kindLabelOf } from '../associations.labels.ts';
import type { PersonLink } from '../associations.repository.ts';
import { LinksGraph } from './graph.view.tsx';

export type LinksPage = { links: PersonLink[]; graph: Graph; mayWrite: boolean; notice?: string | undefined };

/** `/people/:id/associations`: the graph of the links in force, the table of them with their sources, and the ended ones. */
export function LinksView({ context, header, page }: { context: PageContext; header: PersonHeaderModel; page: LinksPage }) {
  const { t } = context.i18n;
  const inForce = page.links.filter((row) => !row.link.endedAt);
  const ended = page.links.filter((row) => row.link.endedAt);
  return (
    <PersonLayout context={context} person={header} tab="associations" title={t('people.tab.associations')}>
      <SuccessNotice text={page.notice} />
      <h1 class="govuk-heading-l" safe>
        {t('people.tab.associations')}
      </h1>
      <p class="govuk-body" safe>
        {t('associations.lead')}
      </p>
      {page.mayWrite ? (
        <a
          class="govuk-button"
          href={`/people/${header.id}/associations/new`}
          role="button"
          draggable="false"
          data-module="govuk-button"
          safe
        >
          {t('associations.record')}
        </a>
      ) : (
        ''
      )}
      {inForce.length === 0 ? (
        <p class="govuk-body" id="no-links" safe>
          {t('associations.none')}
        </p>
      ) : (
        <>
          <LinksGraph context={context} graph={page.graph} name={header.name} />
          <h2 class="govuk-heading-m" safe>
            {t('associations.inForce')}
          </h2>
          <LinksTable context={context} personId={header.id} rows={inForce} mayWrite={page.mayWrite} id="links" />
        </>
      )}
      {ended.length > 0 ? (
        <>
          <h2 class="govuk-heading-m" safe>
            {t('associations.endedTitle')}
          </h2>
          <LinksTable context={context} personId={header.id} rows={ended} mayWrite={false} id="ended-links" />
        </>
      ) : (
        ''
      )}
    </PersonLayout>
  );
}

function LinksTable(props: { context: PageContext; personId: string; rows: PersonLink[]; mayWrite: boolean; id: string }): JSX.Element {
  const { t, locale, formatDate, formatDateTime } = props.context.i18n;
  const headers = [
    'associations.field.other',
    'associations.field.kind',
    'associations.field.location',
    'associations.field.source',
    'associations.field.knownSince',
    'associations.field.recorded',
  ] as const;
  return (
    <table class="govuk-table" id={props.id}>
      <thead class="govuk-table__head">
        <tr class="govuk-table__row">
          {headers.map((key) => (
            <th scope="col" class="govuk-table__header" safe>
              {t(key)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody class="govuk-table__body">
        {props.rows.map((row) => (
          <tr class="govuk-table__row" data-link-id={row.link.id}>
            <td class="govuk-table__cell">
              <a class="govuk-link" href={`/people/${row.other.id}`} safe>
                {fullName(row.other)}
              </a>
              {row.other.pin ? (
                <span class="govuk-body-s govuk-!-display-block" safe>
                  {row.other.pin}
                </span>
              ) : (
                ''
              )}
            </td>
            <td class="govuk-table__cell" safe>
              {t(kindLabelOf(row))}
            </td>
            <td class="govuk-table__cell" safe>
              {row.location[locale]}
            </td>
            <td class="govuk-table__cell">
              <span safe>{t(`associations.source.${row.link.source}`)}</span>
              {row.link.sourceReference ? (
                <span class="govuk-body-s govuk-!-display-block" safe>
                  {row.link.sourceReference}
                </span>
              ) : (
                ''
              )}
              {row.link.note ? (
                <span class="govuk-body-s govuk-!-display-block kadam-preserve-lines" safe>
                  {row.link.note}
                </span>
              ) : (
                ''
              )}
            </td>
            <td class="govuk-table__cell" safe>
              {formatDate(row.link.knownSince)}
            </td>
            <td class="govuk-table__cell">
              <span class="govuk-body-s" safe>
                {t('associations.recordedBy', { name: row.recorderName ?? '—', date: formatDateTime(row.link.recordedAt) })}
              </span>
              {row.link.endedAt ? (
                <span class="govuk-body-s govuk-!-display-block" safe>
                  {t('associations.endedBy', {
                    name: row.enderName ?? '—',
                    date: formatDateTime(row.link.endedAt),
                    reason: row.link.endReason ?? '',
                  })}
                </span>
              ) : (
                ''
              )}
              {props.mayWrite ? (
                <a class="govuk-link govuk-body-s govuk-!-display-block" href={`/people/${props.personId}/associations/${row.link.id}/end`}>
                  <span safe>{t('associations.end.link')}</span>
                  <span class="govuk-visually-hidden" safe>{` — ${fullName(row.other)}`}</span>
                </a>
              ) : (
                ''
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
