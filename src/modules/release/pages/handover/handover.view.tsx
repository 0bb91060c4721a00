import type { LocalisedName } from '../../../../platform/org/org.tables.ts';
import { CsrfField, ErrorSummary, type FieldError, Tag, Textarea } from '../../../../platform/views/components.tsx';
import { Layout } from '../../../../platform/views/layout.tsx';
import type { PageContext } from '../../../../platform/views/page-context.ts';
import { todayInBishkek } from '../../../people/people.service.ts';
import { handoverStanding } from '../../release.due.ts';
import type { HandoverRow } from '../../release.repository.ts';
import { PackageView } from './package.view.tsx';

type Props = {
  context: PageContext;
  found: { row: HandoverRow; fromUnit: LocalisedName | null; toOffice: LocalisedName | null };
  errors?: FieldError[];
  note?: string;
  notice?: string | undefined;
};

/** The receiving office's page: the frozen package, and the acknowledgement (once) with an optional note. */
export function HandoverPage({ context, found, errors, note, notice }: Props): JSX.Element {
  const { t, locale, formatDate } = context.i18n;
  const { row } = found;
  const today = todayInBishkek();
  const standing = handoverStanding({
    releaseOn: row.releaseOn,
    sendBy: row.sendBy,
    sent: true,
    acknowledged: row.status === 'acknowledged',
    today,
  });
  const title = `${t('release.package.title')} — ${row.package.person.name}`;
  return (
    <Layout context={context} title={title}>
      {notice ? (
        <div class="govuk-notification-banner govuk-notification-banner--success" role="alert" data-module="govuk-notification-banner">
          <div class="govuk-notification-banner__content">
            <p class="govuk-notification-banner__heading" safe>
              {notice}
            </p>
          </div>
        </div>
      ) : (
        ''
      )}
      <ErrorSummary title={t('error.summaryTitle')} errors={errors ?? []} />
      <span class="govuk-caption-l" safe>
        {`${found.fromUnit?.[locale] ?? ''} → ${found.toOffice?.[locale] ?? ''}`}
      </span>
      <h1 class="govuk-heading-l" safe>
        {title}
      </h1>
      <p class="govuk-body">
        <Tag text={t(`release.handoverStage.${standing.stage}`)} colour={standing.stage === 'acknowledged' ? 'green' : 'blue'} />{' '}
        {standing.overdue ? <Tag text={t('release.overdue')} colour="orange" /> : ''}
      </p>
      <PackageView context={context} pack={row.package} sentAt={row.sentAt} />
      {row.acknowledgedAt ? (
        <p class="govuk-body" safe>
          {`${t('release.ack.done', { date: formatDate(row.acknowledgedAt) })}${row.acknowledgementNote ? ` ${row.acknowledgementNote}` : ''}`}
        </p>
      ) : (
        <form method="post" action={`/release/handovers/${row.id}/acknowledge`} novalidate>
          <CsrfField token={context.csrfToken} />
          <input type="hidden" name="version" value={String(row.version)} />
          <h2 class="govuk-heading-m" safe>
            {t('release.ack.title')}
          </h2>
          <Textarea name="note" label={t('release.ack.note')} value={note ?? ''} error={errors?.find((e) => e.field === 'note')?.message} />
          <button type="submit" class="govuk-button" data-module="govuk-button" safe>
            {t('release.ack.submit')}
          </button>
        </form>
      )}
    </Layout>
  );
}
