import { CsrfField, ErrorSummary, type FieldError, Tag, Textarea } from '../../../../platform/views/components.tsx';
import { Layout } from '../../../../platform/views/layout.tsx';
import type { PageContext } from '../../../../platform/views/page-context.ts';
import { fullName } from '../../../people/people.service.ts';
import { type DeadlineStatus, deadlineStatus } from '../../courtreports.models.ts';
import { courtNameOf, type HistoryRow, type InterviewRow, type ReportNames, type ReportRow } from '../../courtreports.repository.ts';
import { errorOf, Radios, RowVersionField } from '../report-page.tsx';
import { ReportHistory } from './report-history.view.tsx';
import { InterviewsTable, ReportSections } from './report-sections.view.tsx';

export type ReportPage = {
  report: ReportRow;
  names: ReportNames;
  interviews: InterviewRow[];
  history: HistoryRow[];
  screening: { instrumentCode: string; reviewedAt: Date | null } | null;
  mayApprove: boolean;
  today: string;
  notice?: string | undefined;
  errors?: FieldError[];
  comment?: string;
};

const TAG_COLOUR: Record<DeadlineStatus, 'green' | 'orange' | 'purple' | 'blue'> = {
  done: 'green',
  overdue: 'orange',
  due: 'purple',
  on_time: 'blue',
};

/** A row of the summary list: label and value. */
const Row = ({ label, value }: { label: string; value: string }) => (
  <div class="govuk-summary-list__row">
    <dt class="govuk-summary-list__key" safe>
      {label}
    </dt>
    <dd class="govuk-summary-list__value" safe>
      {value}
    </dd>
  </div>
);

/**
 * `/court-reports/:reportId`: the court's request, the inquiry, the recommendation and what happens next —
 * sending for approval, the manager's decision, the document for the court once approved, the court's decision
 * — with the report's history at the foot.
 */
export function ReportView({ context, page }: { context: PageContext; page: ReportPage }) {
  const { t, formatDate, formatDateTime, locale } = context.i18n;
  const { report, names } = page;
  const writing = report.status === 'draft' || report.status === 'returned';
  const issued = report.status === 'approved' || report.status === 'decided';
  const deadline = deadlineStatus(report, page.today);
  const errors = page.errors ?? [];
  const title = t('courtReports.page.report.title');
  return (
    <Layout context={context} title={title}>
      <a class="govuk-back-link" href="/court-reports" safe>
        {t('courtReports.page.backToList')}
      </a>
      <ErrorSummary title={t('error.summaryTitle')} errors={errors} />
      {page.notice ? (
        <div class="govuk-notification-banner govuk-notification-banner--success" role="alert">
          <div class="govuk-notification-banner__content">
            <p class="govuk-notification-banner__heading" safe>
              {page.notice}
            </p>
          </div>
        </div>
      ) : (
        ''
      )}
      <span class="govuk-caption-l" safe>
        {`${fullName(names.person)} — ${formatDate(names.person.dateOfBirth)}`}
      </span>
      <h1 class="govuk-heading-l" safe>
        {title}
      </h1>
      <p class="govuk-body">
        <Tag text={t(`courtReports.status.${report.status}`)} colour="grey" />{' '}
        <Tag text={t(`courtReports.deadline.${deadline}`)} colour={TAG_COLOUR[deadline]} />
      </p>
      {report.status === 'returned' && report.returnComment ? (
        <div class="govuk-inset-text" safe>
          {t('courtReports.page.returned', { comment: report.returnComment })}
        </div>
      ) : (
        ''
      )}
      <h2 class="govuk-heading-m" safe>
        {t('courtReports.page.request')}
      </h2>
      <dl class="govuk-summary-list">
        <Row label={t('courtReports.field.court')} value={courtNameOf(report, names.court, locale)} />
        <Row label={t('courtReports.field.judge')} value={report.judge} />
        <Row label={t('courtReports.field.caseNumber')} value={report.caseNumber} />
        <Row label={t('courtReports.field.receivedOn')} value={formatDate(report.receivedOn)} />
        <Row label={t('courtReports.field.deadline')} value={formatDate(report.deadline)} />
        <Row label={t('courtReports.field.office')} value={names.office[locale]} />
        <Row label={t('courtReports.field.officer')} value={names.officer} />
        <Row label={t('courtReports.field.questions')} value={report.questions} />
      </dl>
      {writing ? (
        <p class="govuk-body">
          <a class="govuk-link" href={`/court-reports/${report.id}/request`} safe>
            {t('courtReports.page.changeRequest')}
          </a>
        </p>
      ) : (
        ''
      )}
      <h2 class="govuk-heading-m" safe>
        {t('courtReports.page.interviews')}
      </h2>
      <InterviewsTable context={context} interviews={page.interviews} />
      {writing ? (
        <p class="govuk-body">
          <a class="govuk-link" href={`/court-reports/${report.id}/interviews`} safe>
            {t('courtReports.page.addInterview')}
          </a>
        </p>
      ) : (
        ''
      )}
      <ReportSections context={context} report={report} screening={page.screening} writing={writing} />
      {writing ? (
        <form method="post" action={`/court-reports/${report.id}/submit`} novalidate>
          <CsrfField token={context.csrfToken} />
          <RowVersionField value={report.rowVersion} />
          <button type="submit" class="govuk-button" data-module="govuk-button" id="submit" safe>
            {t('courtReports.page.submit')}
          </button>
        </form>
      ) : (
        ''
      )}
      {report.status === 'submitted' && page.mayApprove ? (
        <form method="post" action={`/court-reports/${report.id}/decision`} novalidate>
          <CsrfField token={context.csrfToken} />
          <RowVersionField value={report.rowVersion} />
          <h2 class="govuk-heading-m" safe>
            {t('courtReports.page.decision')}
          </h2>
          <Radios
            name="decision"
            legend={t('courtReports.page.decisionLegend')}
            options={(['approve', 'return'] as const).map((value) => ({ value, label: t(`courtReports.decision.${value}`) }))}
            value=""
            error={errorOf(errors, 'decision')}
          />
          <Textarea name="comment" label={t('courtReports.page.comment')} value={page.comment ?? ''} error={errorOf(errors, 'comment')} />
          <button type="submit" class="govuk-button" data-module="govuk-button" safe>
            {t('courtReports.page.saveDecision')}
          </button>
        </form>
      ) : (
        ''
      )}
      {issued ? (
        <>
          <h2 class="govuk-heading-m" safe>
            {t('courtReports.page.document')}
          </h2>
          <p class="govuk-body" safe>
            {t('courtReports.page.approvedBy', {
              date: report.approvedAt ? formatDateTime(report.approvedAt) : '—',
            })}
          </p>
          <ul class="govuk-list">
            {(['ky', 'ru'] as const).map((lang) => (
              <li>
                <a class="govuk-link" href={`/court-reports/${report.id}/report.pdf?lang=${lang}`} safe>
                  {t(`courtReports.page.download.${lang}`)}
                </a>
              </li>
            ))}
          </ul>
          <h2 class="govuk-heading-m" safe>
            {t('courtReports.page.courtDecision')}
          </h2>
          {report.sentence ? (
            <dl class="govuk-summary-list">
              <Row label={t('courtReports.field.decidedOn')} value={report.decidedOn ? formatDate(report.decidedOn) : '—'} />
              <Row label={t('courtReports.field.sentence')} value={t(`courtReports.sentence.${report.sentence}`)} />
              <Row label={t('courtReports.field.sentenceDetails')} value={report.sentenceDetails ?? '—'} />
              <Row label={t('courtReports.field.followed')} value={report.followed ? t(`courtReports.followed.${report.followed}`) : '—'} />
            </dl>
          ) : (
            ''
          )}
          <a class="govuk-button govuk-button--secondary" href={`/court-reports/${report.id}/court-decision`} safe>
            {t(report.sentence ? 'courtReports.page.correctCourtDecision' : 'courtReports.page.recordCourtDecision')}
          </a>
        </>
      ) : (
        ''
      )}
      <ReportHistory context={context} history={page.history} />
    </Layout>
  );
}
