import type { Database } from '../../platform/db/pool.ts';
import type { PdfBlock } from '../../platform/documents/pdf.ts';
import type { I18n } from '../../platform/i18n/translator.ts';
import { fullName, type PeopleActor, type PersonRow, withPerson } from '../people/people.service.ts';
import { isUuid } from './probation.access.ts';
import { probationNotFound } from './probation.errors.ts';
import {
  breachReportsOfPerson,
  type BreachRecord,
  type ConditionRecord,
  conditionsOf,
  type OrderRecord,
  ordersOfPerson,
  staffNames,
  type ViolationRecord,
  violationsOfPerson,
} from './probation.person.ts';

export type BreachDocument = {
  person: PersonRow;
  order: OrderRecord;
  conditions: ConditionRecord[];
  violation: ViolationRecord;
  earlier: ViolationRecord[];
  breach: BreachRecord;
  names: Map<string, string>;
  produced: { at: Date; by: string };
};

/**
 * Everything the breach report to the court shows, read through `withPerson` (`probation:read`, the person's
 * scope) and audited as `probation.breach.document` with the language, so each printed copy is accounted for.
 */
export async function breachDocument(db: Database, actor: PeopleActor, personId: string, breachId: string, language: 'ky' | 'ru') {
  const details = { breachId, language };
  return withPerson(
    db,
    actor,
    { personId, permission: 'probation:read', action: 'probation.breach.document', details },
    async (tx, person) => {
      const breach = isUuid(breachId) ? (await breachReportsOfPerson(tx, person.id)).find((entry) => entry.id === breachId) : undefined;
      if (!breach) throw probationNotFound();
      const order = (await ordersOfPerson(tx, person.id)).find((entry) => entry.id === breach.orderId)!;
      const violations = (await violationsOfPerson(tx, person.id)).filter((entry) => entry.orderId === order.id);
      const violation = violations.find((entry) => entry.id === breach.violationId)!;
      const document: BreachDocument = {
        person,
        order,
        conditions: await conditionsOf(tx, [order.id]),
        violation,
        earlier: violations.filter((entry) => entry.occurredOn < violation.occurredOn).reverse(),
        breach,
        names: await staffNames(tx, [breach.writtenBy, breach.approvedBy]),
        produced: { at: new Date(), by: `${actor.user.displayName} (${actor.user.username})` },
      };
      return document;
    },
  );
}

/** The report as PDF blocks in the document's language: the person, the order and its conditions, the breach, the history. */
export function layoutBreachDocument(data: BreachDocument, i18n: I18n): PdfBlock[] {
  const { t, formatDate, locale } = i18n;
  const { order, violation, breach } = data;
  const name = (id: string | null) => (id ? (data.names.get(id) ?? '') : '');
  return [
    { kind: 'title', text: t('probation.document.title') },
    { kind: 'meta', label: t('probation.document.court'), value: order.court },
    { kind: 'meta', label: t('probation.document.person'), value: fullName(data.person) },
    { kind: 'meta', label: t('probation.document.dateOfBirth'), value: formatDate(data.person.dateOfBirth) },
    { kind: 'meta', label: t('probation.document.produced'), value: `${i18n.formatDateTime(data.produced.at)}, ${data.produced.by}` },
    { kind: 'heading', text: t('probation.document.order') },
    { kind: 'field', label: t('probation.field.kind'), value: `${t(`probation.kind.${order.kind}`)} (${order.typeName[locale]})` },
    { kind: 'field', label: t('probation.field.orderedOn'), value: formatDate(order.orderedOn) },
    { kind: 'field', label: t('probation.field.period'), value: `${formatDate(order.startsOn)} – ${formatDate(order.endsOn)}` },
    { kind: 'field', label: t('probation.field.office'), value: order.officeName[locale] },
    { kind: 'heading', text: t('probation.field.conditions') },
    ...data.conditions.map((condition): PdfBlock => ({
      kind: 'entry',
      text: `${condition.name ? condition.name[locale] : (condition.freeText ?? '')} (${formatDate(condition.startsOn)} – ${formatDate(condition.endsOn)})`,
    })),
    { kind: 'heading', text: t('probation.document.violation') },
    { kind: 'field', label: t('probation.violation.occurredOn'), value: formatDate(violation.occurredOn) },
    { kind: 'field', label: t('probation.violation.severity'), value: t(`probation.severity.${violation.severity}`) },
    { kind: 'field', label: t('probation.violation.description'), value: violation.description },
    { kind: 'field', label: t('probation.violation.evidence'), value: violation.evidence },
    { kind: 'field', label: t('probation.violation.evidenceReference'), value: violation.evidenceReference ?? '—' },
    { kind: 'heading', text: t('probation.document.history') },
    ...(data.earlier.length === 0
      ? [{ kind: 'note', text: t('probation.document.noHistory') } as PdfBlock]
      : data.earlier.map((entry): PdfBlock => ({
          kind: 'entry',
          text: `${formatDate(entry.occurredOn)} · ${t(`probation.severity.${entry.severity}`)} · ${entry.description} → ${t(`probation.response.${entry.response}`)}`,
        }))),
    { kind: 'heading', text: t('probation.document.response') },
    { kind: 'field', label: t('probation.document.proposed'), value: t(`probation.response.${violation.proposedResponse}`) },
    { kind: 'field', label: t('probation.violation.response'), value: t(`probation.response.${violation.response}`) },
    { kind: 'field', label: t('probation.violation.responseReasons'), value: violation.responseReasons },
    ...(violation.overrideReason
      ? [{ kind: 'field', label: t('probation.violation.overrideReason'), value: violation.overrideReason } as PdfBlock]
      : []),
    { kind: 'heading', text: t('probation.document.signatures') },
    { kind: 'field', label: t('probation.document.writtenBy'), value: `${name(breach.writtenBy)}, ${formatDate(breach.writtenAt)}` },
    {
      kind: 'field',
      label: t('probation.document.approvedBy'),
      value:
        breach.approvedBy && breach.approvedAt
          ? `${name(breach.approvedBy)}, ${formatDate(breach.approvedAt)}`
          : t('probation.document.notApproved'),
    },
  ];
}
