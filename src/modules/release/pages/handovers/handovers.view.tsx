import { Tag } from '../../../../platform/views/components.tsx';
import { Layout } from '../../../../platform/views/layout.tsx';
import type { PageContext } from '../../../../platform/views/page-context.ts';
import type { HandoverQueueItem } from '../../release.queues.ts';

type Props = {
  context: PageContext;
  side: 'outgoing' | 'incoming';
  title: 'release.list.outgoing' | 'release.list.incoming';
  items: HandoverQueueItem[];
};

/** A table of releases to supervision and their handovers, overdue first; each links to where the work is. */
export function HandoversView({ context, side, title, items }: Props): JSX.Element {
  const { t, locale, formatDate } = context.i18n;
  const columns = ['person', 'releaseOn', 'sendBy', side === 'outgoing' ? 'to' : 'from', 'status'] as const;
  const hrefOf = (item: HandoverQueueItem) =>
    side === 'outgoing' ? `/people/${item.personId}/release` : item.handoverId ? `/release/handovers/${item.handoverId}` : null;
  return (
    <Layout context={context} title={t(title)}>
      <h1 class="govuk-heading-l" safe>
        {t(title)}
      </h1>
      {items.length === 0 ? (
        <p class="govuk-body" safe>
          {t('release.list.empty')}
        </p>
      ) : (
        <table class="govuk-table">
          <thead class="govuk-table__head">
            <tr class="govuk-table__row">
              {columns.map((column) => (
                <th scope="col" class="govuk-table__header" safe>
                  {t(`release.list.${column}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody class="govuk-table__body">
            {items.map((item) => {
              const href = hrefOf(item);
              return (
                <tr class="govuk-table__row">
                  <td class="govuk-table__cell">
                    {href ? (
                      <a class="govuk-link" href={href} safe>
                        {item.name}
                      </a>
                    ) : (
                      <span safe>{item.name}</span>
                    )}
                  </td>
                  <td class="govuk-table__cell" safe>
                    {formatDate(item.releaseOn)}
                  </td>
                  <td class="govuk-table__cell" safe>
                    {formatDate(item.sendBy)}
                  </td>
                  <td class="govuk-table__cell" safe>
                    {side === 'outgoing' ? item.toOffice[locale] : item.fromUnit[locale]}
                  </td>
                  <td class="govuk-table__cell">
                    <Tag text={t(`release.handoverStage.${item.stage}`)} colour={item.stage === 'acknowledged' ? 'green' : 'blue'} />{' '}
                    {item.overdue ? <Tag text={t('release.overdue')} colour="orange" /> : ''}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </Layout>
  );
}
