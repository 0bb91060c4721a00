import type { I18n } from '../../platform/i18n/translator.ts';
import { HISTORY_EVENTS, type HistoryEvent } from './plans.history.ts';
import { ACTION_STATUSES, AGREEMENTS, PLAN_KINDS } from './plans.tables.ts';

/** What the wording of a history entry needs: its event code and the details recorded with it. */
type HistoryEntry = { event: string; details: Record<string, string | null> };

const isOneOf = <T extends string>(list: readonly T[], value: string | null | undefined): value is T =>
  value !== null && value !== undefined && (list as readonly string[]).includes(value);

/** One history entry in words, in the reader's language. */
export function describeHistoryEntry(row: HistoryEntry, i18n: I18n): string {
  const label = historyLabel(row.event);
  return label ? i18n.t(label, historyParams(row, i18n)) : row.event;
}

/** The wording's parameters: codes (kind, agreement, statuses, dates) put in the reader's language. */
export function historyParams(row: HistoryEntry, { t, formatDate }: I18n): Record<string, string> {
  const details = row.details;
  const status = (value: string | null | undefined) => (isOneOf(ACTION_STATUSES, value) ? t(`plans.actionStatus.${value}`) : (value ?? ''));
  const date = (value: string | null | undefined) => (value ? formatDate(value) : '—');
  const params: Record<string, string> = {
    objective: details.objective ?? '',
    proposed: details.proposed ?? '',
    action: details.action ?? '',
    needs: details.needs ?? '',
    group: details.group ?? '',
    from: row.event === 'review' ? date(details.from) : status(details.from),
    to: row.event === 'review' ? date(details.to) : status(details.to),
    kind: isOneOf(PLAN_KINDS, details.kind) ? t(`plans.kind.${details.kind}`) : '',
    agreement: isOneOf(AGREEMENTS, details.agreement) ? t(`plans.agreement.${details.agreement}`) : '',
    targetDate: date(details.targetDate),
    on: date(details.on),
    words: details.words ?? '',
    place: details.place === 'waiting' || details.place === 'enrolled' ? t(`plans.place.${details.place}`) : '',
  };
  return params;
}

/** `plans.history.<event>`, or null for an event code this version does not know. */
export function historyLabel(event: string): `plans.history.${HistoryEvent}` | null {
  return isOneOf(HISTORY_EVENTS, event) ? `plans.history.${event}` : null;
}
