import type { PageContext } from '../../../../platform/views/page-context.ts';
import type { HistoryRow } from '../../courtreports.repository.ts';

/** The request's fields, named as the form names them, for "request changed" entries. */
const FIELD_LABELS: Record<string, 'officer' | 'court' | 'courtName' | 'judge' | 'caseNumber' | 'receivedOn' | 'deadline' | 'questions'> = {
  officerId: 'officer',
  courtId: 'court',
  courtName: 'courtName',
  judge: 'judge',
  caseNumber: 'caseNumber',
  receivedOn: 'receivedOn',
  deadline: 'deadline',
  questions: 'questions',
};

/** A history entry in the reader's language, its coded details (recommendation, sentence, dates) worded too. */
function historyText({ i18n }: PageContext, entry: HistoryRow): string {
  const params: Record<string, string> = {};
  for (const [key, value] of Object.entries(entry.details)) {
    if (value === null) params[key] = '—';
    else if (key === 'fields')
      params[key] = value
        .split(', ')
        .map((name) => i18n.t(`courtReports.field.${FIELD_LABELS[name] ?? 'questions'}`))
        .join(', ');
    else if (key === 'recommendation') params[key] = i18n.t(`courtReports.recommendation.${value}` as 'courtReports.recommendation.fine');
    else if (key === 'sentence') params[key] = i18n.t(`courtReports.sentence.${value}` as 'courtReports.sentence.fine');
    else if (key === 'followed') params[key] = i18n.t(`courtReports.followed.${value}` as 'courtReports.followed.partly');
    else if (/^\d{4}-\d{2}-\d{2}$/.test(value)) params[key] = i18n.formatDate(value);
    else params[key] = value;
  }
  return i18n.t(`courtReports.history.${entry.event}` as 'courtReports.history.submit', params);
}

/** The report's history, newest first: when, who, what, and why when a reason was given. */
export function ReportHistory({ context, history }: { context: PageContext; history: HistoryRow[] }) {
  const { t, formatDateTime } = context.i18n;
  return (
    <>
      <h2 class="govuk-heading-m" safe>
        {t('courtReports.page.history')}
      </h2>
      <ul class="govuk-list">
        {history.map((entry) => (
          <li>
            <span safe>{`${formatDateTime(entry.at)} — ${entry.userName ?? '—'}: `}</span>
            <span safe>{historyText(context, entry)}</span>
            {entry.reason ? <span safe>{` (${entry.reason})`}</span> : ''}
          </li>
        ))}
      </ul>
    </>
  );
}
