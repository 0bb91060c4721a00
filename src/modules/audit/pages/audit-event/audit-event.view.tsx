import type { FieldChange } from '../../../../platform/audit/audit.tables.ts';
import { Layout } from '../../../../platform/views/layout.tsx';
import type { PageContext } from '../../../../platform/views/page-context.ts';
import type { AuditEventRow } from '../../audit.repository.ts';
import { OutcomeTag, resourceText } from '../audit-trail/audit-events.table.tsx';

/** A value as recorded: text as it is, anything else as JSON, so nothing is hidden by formatting. */
const shown = (value: unknown): string =>
  value === null || value === undefined ? '—' : typeof value === 'string' ? value : JSON.stringify(value);

function Row({ label, value }: { label: string; value: string }): JSX.Element {
  return (
    <div class="govuk-summary-list__row">
      <dt class="govuk-summary-list__key" safe>
        {label}
      </dt>
      <dd class="govuk-summary-list__value" safe>
        {value}
      </dd>
    </div>
  );
}

export function AuditEventView({ context, event }: { context: PageContext; event: AuditEventRow }): JSX.Element {
  const { t, formatDateTime } = context.i18n;
  const title = t('audit.event.title', { seq: String(event.seq) });
  const changes: FieldChange[] = event.changes ?? [];
  return (
    <Layout context={context} title={title}>
      <a href="/audit" class="govuk-back-link" safe>
        {t('audit.event.back')}
      </a>
      <h1 class="govuk-heading-l" safe>
        {title}
      </h1>
      <p class="govuk-body">
        <OutcomeTag context={context} outcome={event.outcome} />
      </p>
      <dl class="govuk-summary-list">
        <Row label={t('audit.column.time')} value={`${formatDateTime(event.occurredAt)} (${event.occurredAt.toISOString()})`} />
        <Row label={t('audit.column.user')} value={shown(event.username)} />
        <Row label={t('audit.column.roles')} value={shown(event.roles)} />
        <Row label={t('audit.event.unit')} value={shown(event.unitId)} />
        <Row label={t('audit.column.action')} value={event.action} />
        <Row label={t('audit.column.resource')} value={resourceText(event) || '—'} />
        <Row label={t('audit.event.person')} value={shown(event.personId)} />
        <Row label={t('audit.column.reason')} value={shown(event.reason)} />
        <Row label={t('audit.column.requestId')} value={shown(event.requestId)} />
        <Row label={t('audit.event.sourceAddress')} value={shown(event.sourceAddress)} />
        <Row
          label={t('audit.column.details')}
          value={event.details ? JSON.stringify(event.details, null, 1) : t('audit.event.noDetails')}
        />
      </dl>

      <h2 class="govuk-heading-m" safe>
        {t('audit.event.changes')}
      </h2>
      {changes.length === 0 ? (
        <p class="govuk-body" safe>
          {t('audit.event.noChanges')}
        </p>
      ) : (
        <table class="govuk-table">
          <thead class="govuk-table__head">
            <tr class="govuk-table__row">
              <th scope="col" class="govuk-table__header" safe>
                {t('audit.event.field')}
              </th>
              <th scope="col" class="govuk-table__header" safe>
                {t('audit.event.before')}
              </th>
              <th scope="col" class="govuk-table__header" safe>
                {t('audit.event.after')}
              </th>
            </tr>
          </thead>
          <tbody class="govuk-table__body">
            {changes.map((change) => (
              <tr class="govuk-table__row">
                <th scope="row" class="govuk-table__header" safe>
                  {change.field}
                </th>
                <td class="govuk-table__cell" safe>
                  {shown(change.from)}
                </td>
                <td class="govuk-table__cell" safe>
                  {shown(change.to)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Layout>
  );
}
