import { REGIMES } from '../../../../platform/org/org.tables.ts';
import { Tag } from '../../../../platform/views/components.tsx';
import type { PageContext } from '../../../../platform/views/page-context.ts';
import type { History } from '../../people.history.ts';

/** The three tables of the history tab; each row is one record, newest first, every text escaped. */

function Empty({ context }: { context: PageContext }): JSX.Element {
  return (
    <p class="govuk-body" safe>
      {context.i18n.t('history.none')}
    </p>
  );
}

function Head({ labels }: { labels: string[] }): JSX.Element {
  return (
    <thead class="govuk-table__head">
      <tr class="govuk-table__row">
        {labels.map((label) => (
          <th scope="col" class="govuk-table__header" safe>
            {label}
          </th>
        ))}
      </tr>
    </thead>
  );
}

export function CasesTable({
  context,
  history,
  base,
  canEdit,
}: {
  context: PageContext;
  history: History;
  base: string;
  canEdit: boolean;
}): JSX.Element {
  const { t, locale, formatDate } = context.i18n;
  if (history.cases.length === 0) return <Empty context={context} />;
  const date = (value: string | null) => (value ? formatDate(value) : '—');
  return (
    <table class="govuk-table" id="cases">
      <Head
        labels={[
          t('history.field.caseNumber'),
          t('history.field.verdictOn'),
          t('history.field.articles'),
          t('history.field.sentenceType'),
          t('history.field.startOn'),
          t('history.field.releaseOn'),
          '',
        ]}
      />
      <tbody class="govuk-table__body">
        {history.cases.map((row) => (
          <tr class="govuk-table__row">
            <td class="govuk-table__cell">
              <span safe>{row.caseNumber}</span>
              <br />
              <span class="govuk-body-s" safe>
                {row.court ?? ''}
              </span>
            </td>
            <td class="govuk-table__cell" safe>
              {date(row.verdictOn)}
            </td>
            <td class="govuk-table__cell">
              <ul class="govuk-list">
                {row.articles.map((code) => {
                  const article = history.articles.get(code);
                  return (
                    <li>
                      <span safe>{`${code}. ${article?.title[locale] ?? ''}`}</span>{' '}
                      {article?.terrorism ? <Tag text={t('history.terrorism')} colour="purple" /> : ''}{' '}
                      {article?.extremism ? <Tag text={t('history.extremism')} colour="orange" /> : ''}
                    </li>
                  );
                })}
              </ul>
            </td>
            <td class="govuk-table__cell" safe>
              {`${row.sentenceType ? t(`history.sentence.${row.sentenceType}`) : '—'}${row.sentenceMonths ? ` (${String(row.sentenceMonths)})` : ''}`}
            </td>
            <td class="govuk-table__cell" safe>
              {date(row.sentenceStartOn)}
            </td>
            <td class="govuk-table__cell" safe>
              {date(row.expectedReleaseOn)}
            </td>
            <td class="govuk-table__cell">
              {canEdit ? (
                <a class="govuk-link" href={`${base}/cases/${row.id}/edit`} safe>
                  {t('history.edit')}
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

/** The regime recorded on a movement; the column is free text, so an unknown value is shown as it is. */
function regimeName(t: PageContext['i18n']['t'], regime: string | null): string {
  if (!regime) return '—';
  return (REGIMES as readonly string[]).includes(regime) ? t(`regime.${regime as (typeof REGIMES)[number]}`) : regime;
}

export function CustodyTable({ context, history }: { context: PageContext; history: History }): JSX.Element {
  const { t, locale, formatDate } = context.i18n;
  if (history.movements.length === 0) return <Empty context={context} />;
  return (
    <table class="govuk-table" id="custody">
      <Head
        labels={[
          t('history.field.occurredOn'),
          t('history.column.event'),
          t('history.field.facility'),
          t('history.column.from'),
          t('history.field.regime'),
          t('history.field.reason'),
        ]}
      />
      <tbody class="govuk-table__body">
        {history.movements.map(({ event, facility, from }) => (
          <tr class="govuk-table__row">
            <td class="govuk-table__cell" safe>
              {formatDate(event.occurredOn)}
            </td>
            <td class="govuk-table__cell" safe>
              {`${t(`history.event.${event.kind}`)}${event.kind === 'release' ? '' : ` — ${t(event.remand ? 'history.basis.remand' : 'history.basis.convicted')}`}`}
            </td>
            <td class="govuk-table__cell" safe>
              {facility?.[locale] ?? '—'}
            </td>
            <td class="govuk-table__cell" safe>
              {from?.[locale] ?? '—'}
            </td>
            <td class="govuk-table__cell" safe>
              {regimeName(t, event.regime)}
            </td>
            <td class="govuk-table__cell" safe>
              {[event.releaseType ? t(`history.releaseType.${event.releaseType}`) : '', event.reason ?? ''].filter(Boolean).join('. ')}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function ProbationTable({
  context,
  history,
  base,
  canEdit,
}: {
  context: PageContext;
  history: History;
  base: string;
  canEdit: boolean;
}): JSX.Element {
  const { t, locale, formatDate } = context.i18n;
  if (history.episodes.length === 0) return <Empty context={context} />;
  return (
    <table class="govuk-table" id="probation">
      <Head
        labels={[
          t('history.field.probationType'),
          t('history.field.office'),
          t('history.field.startedOn'),
          t('history.field.endedOn'),
          t('history.field.endReason'),
          '',
        ]}
      />
      <tbody class="govuk-table__body">
        {history.episodes.map(({ episode, office }) => (
          <tr class="govuk-table__row">
            <td class="govuk-table__cell" safe>
              {t(`history.probationType.${episode.probationType}`)}
            </td>
            <td class="govuk-table__cell" safe>
              {office[locale]}
            </td>
            <td class="govuk-table__cell" safe>
              {formatDate(episode.startedOn)}
            </td>
            <td class="govuk-table__cell" safe>
              {episode.endedOn ? formatDate(episode.endedOn) : t('history.episode.open')}
            </td>
            <td class="govuk-table__cell" safe>
              {episode.endReason ?? ''}
            </td>
            <td class="govuk-table__cell">
              {canEdit && !episode.endedOn ? (
                <a class="govuk-link" href={`${base}/probation/${episode.id}/end`} safe>
                  {t('history.endEpisode')}
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
