import type { PageContext } from '../../../../platform/views/page-context.ts';
import type { Entry } from '../../people.timeline.ts';
import type { PersonHeaderModel } from '../person-header.ts';
import { PersonLayout } from '../person-layout.tsx';

/** `/people/:id/timeline`: what happened to the person, newest first, one entry per line with its date. */
export function TimelineView({ context, header, entries }: { context: PageContext; header: PersonHeaderModel; entries: Entry[] }) {
  const { t, formatDate, formatDateTime } = context.i18n;
  return (
    <PersonLayout context={context} person={header} tab="timeline" title={t('people.tab.timeline')}>
      <h1 class="govuk-heading-l" safe>
        {t('people.tab.timeline')}
      </h1>
      {entries.length === 0 ? (
        <p class="govuk-body" safe>
          {t('people.page.timeline.none')}
        </p>
      ) : (
        <ol class="kadam-timeline">
          {entries.map((entry) => (
            <li class="kadam-timeline__item" data-kind={entry.kind}>
              <p class="govuk-body-s kadam-timeline__date">
                <time datetime={entry.at ? entry.at.toISOString() : entry.on} safe>
                  {entry.at ? formatDateTime(entry.at) : formatDate(entry.on)}
                </time>
              </p>
              <p class="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1" safe>
                {t(entry.label, entry.params)}
              </p>
              {entry.detail ? (
                <p class="govuk-body-s govuk-!-margin-bottom-0" safe>
                  {entry.detail}
                </p>
              ) : (
                ''
              )}
            </li>
          ))}
        </ol>
      )}
    </PersonLayout>
  );
}
