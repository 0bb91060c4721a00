import { Tag } from '../../../platform/views/components.tsx';
import type { PageContext } from '../../../platform/views/page-context.ts';
import type { ConditionRecord, ContactRecord, ViolationRecord } from '../probation.person.ts';
import type { OrderView } from './probation.data.ts';

type Context = { context: PageContext };

export function Notice({ text }: { text: string | undefined }): JSX.Element {
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

/** The order's facts and its supervision standing (next contact due, overdue) as a summary list. */
export function OrderFacts({ context, view }: Context & { view: OrderView }): JSX.Element {
  const { t, locale, formatDate } = context.i18n;
  const { order, supervision } = view;
  const standing = supervision.standing;
  const next =
    order.status !== 'active'
      ? t('probation.field.closed', {
          status: t(`probation.status.${order.status}`),
          date: formatDate(order.closedOn ?? order.endsOn),
          reason: order.closeReason ?? '',
        })
      : standing.due === null
        ? t('probation.field.noFurtherContact')
        : t(standing.overdue ? 'probation.field.overdue' : 'probation.field.nextDue', {
            date: formatDate(standing.due),
            days: standing.daysOverdue,
          });
  return (
    <dl class="govuk-summary-list">
      <Row label={t('probation.field.probationType')} value={order.typeName[locale]} />
      <Row label={t('probation.field.court')} value={`${order.court}, ${formatDate(order.orderedOn)}`} />
      <Row label={t('probation.field.period')} value={`${formatDate(order.startsOn)} – ${formatDate(order.endsOn)}`} />
      <Row label={t('probation.field.office')} value={order.officeName[locale]} />
      <Row label={t('probation.field.officer')} value={order.officerName ?? t('probation.field.notAllocated')} />
      {order.hoursOwed === null ? (
        ''
      ) : (
        <Row
          label={t('probation.field.hours')}
          value={t('probation.field.hoursValue', { worked: order.hoursWorked, owed: order.hoursOwed })}
        />
      )}
      <Row
        label={t('probation.field.supervision')}
        value={t('probation.field.supervisionValue', {
          intensity: t(`probation.intensity.${supervision.intensity}`),
          days: supervision.intervalDays,
        })}
      />
      <div class="govuk-summary-list__row">
        <dt class="govuk-summary-list__key" safe>
          {t('probation.field.nextContact')}
        </dt>
        <dd class="govuk-summary-list__value">
          <span safe>{next}</span> {standing.overdue ? <Tag text={t('probation.overdue')} colour="orange" /> : ''}
        </dd>
      </div>
    </dl>
  );
}

export function ConditionsList({ context, conditions }: Context & { conditions: ConditionRecord[] }): JSX.Element {
  const { t, locale, formatDate } = context.i18n;
  if (conditions.length === 0)
    return (
      <p class="govuk-body" safe>
        {t('probation.field.noConditions')}
      </p>
    );
  return (
    <ul class="govuk-list govuk-list--bullet">
      {conditions.map((condition) => (
        <li safe>
          {[
            condition.name ? condition.name[locale] : (condition.freeText ?? ''),
            `${formatDate(condition.startsOn)} – ${formatDate(condition.endsOn)}`,
            condition.endedOn ? t('probation.condition.ended', { date: formatDate(condition.endedOn) }) : '',
          ]
            .filter(Boolean)
            .join(' · ')}
        </li>
      ))}
    </ul>
  );
}

export function ContactsTable({
  context,
  contacts,
  names,
}: Context & { contacts: ContactRecord[]; names: Map<string, string> }): JSX.Element {
  const { t, formatDate } = context.i18n;
  if (contacts.length === 0)
    return (
      <p class="govuk-body" safe>
        {t('probation.field.noContacts')}
      </p>
    );
  return (
    <table class="govuk-table">
      <thead class="govuk-table__head">
        <tr class="govuk-table__row">
          {(
            ['probation.contact.contactOn', 'probation.contact.kind', 'probation.contact.attended', 'probation.contact.recordedBy'] as const
          ).map((key) => (
            <th scope="col" class="govuk-table__header" safe>
              {t(key)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody class="govuk-table__body">
        {contacts.map((contact) => (
          <tr class="govuk-table__row">
            <td class="govuk-table__cell" safe>
              {formatDate(contact.contactOn)}
            </td>
            <td class="govuk-table__cell" safe>
              {t(`probation.contactKind.${contact.kind}`)}
            </td>
            <td class="govuk-table__cell" safe>
              {contact.attended ? t('probation.contact.yes') : `${t('probation.contact.no')}: ${contact.missedReason ?? ''}`}
            </td>
            <td class="govuk-table__cell" safe>
              {names.get(contact.recordedBy) ?? ''}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function ViolationSummary({ context, violation }: Context & { violation: ViolationRecord }): JSX.Element {
  const { t, formatDate } = context.i18n;
  return (
    <>
      <p class="govuk-body govuk-!-margin-bottom-1">
        <strong safe>{`${formatDate(violation.occurredOn)} · ${t(`probation.severity.${violation.severity}`)}`}</strong>{' '}
        <Tag text={t(`probation.response.${violation.response}`)} colour={violation.response === 'court_referral' ? 'orange' : 'blue'} />
      </p>
      <p class="govuk-body" safe>
        {violation.description}
      </p>
      <p class="govuk-body-s" safe>
        {[
          t('probation.violation.evidenceShown', { evidence: violation.evidence }),
          violation.evidenceReference ?? '',
          t('probation.violation.reasonsShown', { reasons: violation.responseReasons }),
          violation.overrideReason
            ? t('probation.violation.overrideShown', {
                proposed: t(`probation.response.${violation.proposedResponse}`),
                reason: violation.overrideReason,
              })
            : '',
        ]
          .filter(Boolean)
          .join(' · ')}
      </p>
    </>
  );
}
