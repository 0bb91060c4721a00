import { Tag } from '../../../../platform/views/components.tsx';
import { Layout } from '../../../../platform/views/layout.tsx';
import type { PageContext } from '../../../../platform/views/page-context.ts';
import type { WorklistItem, WorklistSection } from '../../../../platform/worklists/worklist-sources.ts';

/**
 * `/worklist`: one section per kind of work with its count; overdue items first and marked, then by due date.
 * Sections with nothing in them are not shown; with nothing at all, the page says plainly that nothing is due.
 */
export function WorklistView({ context, sections }: { context: PageContext; sections: WorklistSection[] }): JSX.Element {
  const { t } = context.i18n;
  return (
    <Layout context={context} title={t('worklists.title')}>
      <h1 class="govuk-heading-l" safe>
        {t('worklists.title')}
      </h1>
      <p class="govuk-body" safe>
        {t('worklists.lead')}
      </p>
      {sections.length === 0 ? (
        <div class="govuk-inset-text" data-worklist="nothing-due" safe>
          {t('worklists.nothingDue')}
        </div>
      ) : (
        sections.map((section) => (
          <section class="govuk-!-margin-bottom-8" data-worklist={section.key} aria-labelledby={`worklist-${section.key}`}>
            <h2 class="govuk-heading-m" id={`worklist-${section.key}`}>
              <span safe>{t(section.title)}</span>{' '}
              <span class="govuk-caption-m" safe>
                {t('worklists.count', { count: section.items.length })}
              </span>
            </h2>
            <ul class="govuk-list govuk-list--spaced">
              {section.items.map((item) => (
                <Item context={context} item={item} />
              ))}
            </ul>
          </section>
        ))
      )}
    </Layout>
  );
}

function Item({ context, item }: { context: PageContext; item: WorklistItem }): JSX.Element {
  const { t, formatDate } = context.i18n;
  return (
    <li data-due={item.due ?? ''} data-overdue={String(item.overdue)}>
      <a class="govuk-link govuk-!-font-weight-bold" href={item.href} safe>
        {item.title}
      </a>
      {item.overdue ? (
        <>
          {' '}
          <Tag text={t('worklists.overdue')} colour="orange" />
        </>
      ) : (
        ''
      )}
      {item.detail ? (
        <p class="govuk-body-s govuk-!-margin-bottom-0" safe>
          {item.detail}
        </p>
      ) : (
        ''
      )}
      {item.due ? (
        <p class="govuk-body-s govuk-!-margin-bottom-0" safe>
          {t('worklists.due', { date: formatDate(item.due) })}
        </p>
      ) : (
        ''
      )}
    </li>
  );
}
