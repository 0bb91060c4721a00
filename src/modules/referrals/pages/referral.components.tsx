import { Tag } from '../../../platform/views/components.tsx';
import type { PageContext } from '../../../platform/views/page-context.ts';
import type { ReferralStatus } from '../referrals.tables.ts';

const COLOURS: Record<ReferralStatus, 'blue' | 'green' | 'grey' | 'orange' | 'purple'> = {
  sent: 'blue',
  accepted: 'purple',
  declined: 'orange',
  in_progress: 'purple',
  completed: 'green',
  withdrawn: 'grey',
};

export function StatusTag({ context, status }: { context: PageContext; status: ReferralStatus }) {
  return <Tag text={context.i18n.t(`referrals.status.${status}`)} colour={COLOURS[status]} />;
}

export const serviceLabel = (context: PageContext, service: string) =>
  context.i18n.t(`partners.service.${service}` as 'partners.service.housing');

/** Label / value rows; values are plain text, escaped here. */
export function SummaryList({ rows }: { rows: [string, string][] }) {
  return (
    <dl class="govuk-summary-list">
      {rows.map(([label, value]) => (
        <div class="govuk-summary-list__row">
          <dt class="govuk-summary-list__key" safe>
            {label}
          </dt>
          <dd class="govuk-summary-list__value kadam-preserve-lines" safe>
            {value}
          </dd>
        </div>
      ))}
    </dl>
  );
}

export function Notice({ text }: { text: string | undefined }) {
  if (!text) return '';
  return (
    <div class="govuk-notification-banner govuk-notification-banner--success" role="alert">
      <div class="govuk-notification-banner__content">
        <p class="govuk-notification-banner__heading" safe>
          {text}
        </p>
      </div>
    </div>
  );
}

export type SessionRow = { id: string; heldOn: string; attended: boolean; note: string | null };
export type HistoryRow = { kind: string; note: string | null; at: Date; by: string };

/** Sessions with attendance, as the partner reported them; the officer and the partner see the same table. */
export function SessionsTable({ context, sessions }: { context: PageContext; sessions: SessionRow[] }) {
  const { t, formatDate } = context.i18n;
  if (sessions.length === 0)
    return (
      <p class="govuk-body" safe>
        {t('referrals.session.none')}
      </p>
    );
  return (
    <table class="govuk-table">
      <thead class="govuk-table__head">
        <tr class="govuk-table__row">
          {(['referrals.session.heldOn', 'referrals.session.attended', 'referrals.session.note'] as const).map((key) => (
            <th scope="col" class="govuk-table__header" safe>
              {t(key)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody class="govuk-table__body">
        {sessions.map((session) => (
          <tr class="govuk-table__row">
            <td class="govuk-table__cell" safe>
              {formatDate(session.heldOn)}
            </td>
            <td class="govuk-table__cell" safe>
              {t(session.attended ? 'referrals.session.present' : 'referrals.session.absent')}
            </td>
            <td class="govuk-table__cell" safe>
              {session.note ?? ''}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Every step of the referral, who took it and when, with its reason or comment. */
export function HistoryList({ context, history }: { context: PageContext; history: HistoryRow[] }) {
  const { t, formatDateTime } = context.i18n;
  return (
    <ul class="govuk-list">
      {history.map((step) => (
        <li safe>
          {[formatDateTime(step.at), t(`referrals.event.${step.kind}` as 'referrals.event.sent'), step.by, step.note]
            .filter(Boolean)
            .join(' — ')}
        </li>
      ))}
    </ul>
  );
}
