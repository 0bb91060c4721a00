import { Tag } from '../../../../platform/views/components.tsx';
import type { PageContext } from '../../../../platform/views/page-context.ts';
import type { AuditEventRow } from '../../audit.repository.ts';

const OUTCOME_COLOUR = { success: 'green', denied: 'orange', failure: 'grey' } as const;

/** `user` + `42`, and the person when the event concerns one. */
export function resourceText(event: AuditEventRow): string {
  const resource = [event.resourceType, event.resourceId].filter(Boolean).join(' ');
  return event.personId ? `${resource}${resource ? ' · ' : ''}${event.personId}` : resource;
}

export function OutcomeTag({ context, outcome }: { context: PageContext; outcome: AuditEventRow['outcome'] }): JSX.Element {
  return <Tag text={context.i18n.t(`audit.outcome.${outcome}`)} colour={OUTCOME_COLOUR[outcome]} />;
}

/** The events of one page: time, user and roles, action, record, outcome, reason, request id, and a link to each. */
export function AuditEventsTable({ context, rows }: { context: PageContext; rows: AuditEventRow[] }): JSX.Element {
  const { t, formatDateTime } = context.i18n;
  const headers = [
    t('audit.column.time'),
    t('audit.column.user'),
    t('audit.column.roles'),
    t('audit.column.action'),
    t('audit.column.resource'),
    t('audit.column.outcome'),
    t('audit.column.reason'),
    t('audit.column.requestId'),
    t('audit.column.details'),
  ];
  return (
    <table class="govuk-table kadam-audit-table">
      <thead class="govuk-table__head">
        <tr class="govuk-table__row">
          {headers.map((header) => (
            <th scope="col" class="govuk-table__header" safe>
              {header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody class="govuk-table__body">
        {rows.map((event) => (
          <tr class="govuk-table__row" id={`event-${event.seq}`}>
            <td class="govuk-table__cell" safe>
              {formatDateTime(event.occurredAt)}
            </td>
            <td class="govuk-table__cell" safe>
              {event.username ?? ''}
            </td>
            <td class="govuk-table__cell govuk-body-s" safe>
              {event.roles ?? ''}
            </td>
            <td class="govuk-table__cell" safe>
              {event.action}
            </td>
            <td class="govuk-table__cell govuk-body-s" safe>
              {resourceText(event)}
            </td>
            <td class="govuk-table__cell">
              <OutcomeTag context={context} outcome={event.outcome} />
            </td>
            <td class="govuk-table__cell" safe>
              {event.reason ?? ''}
            </td>
            <td class="govuk-table__cell govuk-body-s" safe>
              {event.requestId ?? ''}
            </td>
            <td class="govuk-table__cell">
              <a class="govuk-link" href={`/audit/events/${event.seq}`}>
                <span safe>{t('audit.viewEvent')}</span>
                <span class="govuk-visually-hidden" safe>{` ${t('audit.event.title', { seq: String(event.seq) })}`}</span>
              </a>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
