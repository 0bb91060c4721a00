import { Layout } from '../../../platform/views/layout.tsx';
import type { PageContext } from '../../../platform/views/page-context.ts';
import { userDateOf } from '../../people/people.service.ts';
import type { Facility } from '../placement.facilities.ts';
import type { MoveRow } from '../placement.queries.ts';
import type { CurrentSeparation } from '../separation.report.ts';
import { ConflictList } from './conflicts.tsx';

const Head = (props: { labels: string[] }) => (
  <thead class="govuk-table__head">
    <tr class="govuk-table__row">
      {props.labels.map((label) => (
        <th scope="col" class="govuk-table__header" safe>
          {label}
        </th>
      ))}
    </tr>
  </thead>
);

/** `/facilities/:code/overrides`: every move a manager made over a conflict, with the reason, newest first. */
export function OverridesView(props: { context: PageContext; facility: Facility; moves: MoveRow[]; names: ReadonlyMap<string, string> }) {
  const { t, locale, formatDate } = props.context.i18n;
  const title = t('placement.page.overrides', { facility: props.facility.name[locale] });
  return (
    <Layout context={props.context} title={title}>
      <a href="/facilities" class="govuk-back-link" safe>
        {t('placement.page.facilities')}
      </a>
      <h1 class="govuk-heading-l" safe>
        {title}
      </h1>
      {props.moves.length === 0 ? (
        <p class="govuk-body" safe>
          {t('placement.page.none')}
        </p>
      ) : (
        <table class="govuk-table">
          <Head
            labels={[
              t('placement.page.when'),
              t('placement.page.person'),
              t('placement.page.cell'),
              t('placement.page.conflicts'),
              t('placement.page.overrideReason'),
              t('placement.page.by'),
            ]}
          />
          <tbody class="govuk-table__body">
            {props.moves.map((move) => (
              <tr class="govuk-table__row">
                <td class="govuk-table__cell" safe>
                  {formatDate(new Date(move.movedAt))}
                </td>
                <td class="govuk-table__cell">
                  <a class="govuk-link" href={`/people/${move.personId}/cell`} safe>
                    {move.personName}
                  </a>
                </td>
                <td class="govuk-table__cell" safe>
                  {move.toCell}
                </td>
                <td class="govuk-table__cell">
                  <ConflictList context={props.context} conflicts={move.conflicts} names={props.names} />
                </td>
                <td class="govuk-table__cell" safe>
                  {move.overrideReason ?? ''}
                </td>
                <td class="govuk-table__cell" safe>
                  {move.movedBy}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Layout>
  );
}

/** `/separations`: the report for oversight bodies of everyone in separation today, with the count. */
export function SeparationsView(props: { context: PageContext; rows: CurrentSeparation[] }) {
  const { t, locale } = props.context.i18n;
  return (
    <Layout context={props.context} title={t('placement.page.separations')}>
      <h1 class="govuk-heading-l" safe>
        {t('placement.page.separations')}
      </h1>
      <p class="govuk-body" safe>
        {t('placement.page.separationsIntro')}
      </p>
      {props.rows.length === 0 ? (
        <p class="govuk-body" safe>
          {t('placement.page.none')}
        </p>
      ) : (
        <table class="govuk-table">
          <Head
            labels={[
              t('placement.page.person'),
              t('placement.page.facility'),
              t('placement.page.days'),
              t('placement.page.limitOn'),
              t('placement.page.status'),
              t('placement.page.extensions'),
            ]}
          />
          <tbody class="govuk-table__body">
            {props.rows.map((row) => (
              <tr class="govuk-table__row">
                <td class="govuk-table__cell">
                  <a class="govuk-link" href={`/people/${row.personId}/cell`} safe>
                    {row.name}
                  </a>
                </td>
                <td class="govuk-table__cell" safe>
                  {row.facilityName[locale]}
                </td>
                <td class="govuk-table__cell">{row.days}</td>
                <td class="govuk-table__cell" safe>
                  {userDateOf(row.limitOn)}
                </td>
                <td class="govuk-table__cell" safe>
                  {t(`placement.separation.status.${row.status}`, { days: row.days, limit: userDateOf(row.limitOn) })}
                </td>
                <td class="govuk-table__cell" safe>
                  {[
                    ...row.extensions.map((until) => t('placement.page.approvedBy', { date: userDateOf(until) })),
                    ...(row.pending > 0 ? [t('placement.page.pending')] : []),
                  ].join('; ')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Layout>
  );
}
