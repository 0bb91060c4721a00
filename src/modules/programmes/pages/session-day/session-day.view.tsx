import { ErrorSummary, type FieldError, SuccessNotice } from '../../../../platform/views/components.tsx';
import { Layout } from '../../../../platform/views/layout.tsx';
import type { PageContext } from '../../../../platform/views/page-context.ts';
import type { SessionSheet } from '../../programmes.sessions.ts';
import type { AttendanceForm } from './attendance.form.ts';
import { AttendanceSheet } from './attendance-sheet.view.tsx';

export type SessionDayPage = {
  sheets: { sheet: SessionSheet; form: AttendanceForm }[];
  today: string;
  errors: FieldError[];
  notice?: string | undefined;
  /** One session (`/programmes/sessions/:id`) rather than the day's list. */
  single: boolean;
};

/** `/programmes/sessions/today` (the facilitator's day) and `/programmes/sessions/:id` (one session). */
export function SessionDayView({ context, page }: { context: PageContext; page: SessionDayPage }): JSX.Element {
  const { t, formatDate } = context.i18n;
  const title = page.single
    ? t('programmes.page.attendance.title')
    : t('programmes.page.sessionDay.title', { date: formatDate(page.today) });
  const returnTo = page.single ? 'session' : 'today';
  return (
    <Layout context={context} title={title}>
      {page.single && page.sheets[0] ? (
        <a href={`/programmes/groups/${page.sheets[0].sheet.group.id}`} class="govuk-back-link" safe>
          {t('programmes.page.back')}
        </a>
      ) : (
        ''
      )}
      <ErrorSummary title={t('error.summaryTitle')} errors={page.errors} />
      <SuccessNotice text={page.notice} />
      <h1 class="govuk-heading-l" safe>
        {title}
      </h1>
      {page.sheets.length === 0 ? (
        <p class="govuk-body" safe>
          {t('programmes.page.sessionDay.none')}
        </p>
      ) : (
        page.sheets.map(({ sheet, form }) => (
          <AttendanceSheet context={context} sheet={sheet} form={form} errors={page.errors} today={page.today} returnTo={returnTo} />
        ))
      )}
    </Layout>
  );
}
