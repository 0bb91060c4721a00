import { inArray } from 'drizzle-orm';
import { type TimelineEntry, type TimelineSource, todayInBishkek } from '../people/people.service.ts';
import { probationBreachReports, probationOrders, probationViolations } from './probation.tables.ts';

/**
 * Probation on the person's timeline: each order's start and its completion or early termination, each
 * violation with the response, and the court's decision on a breach report. Contacts are many and routine:
 * they stay on the probation tab.
 */
export const probationTimeline: TimelineSource = async ({ tx, personIds, i18n }) => {
  const orders = await tx.select().from(probationOrders).where(inArray(probationOrders.personId, personIds));
  const violations = await tx.select().from(probationViolations).where(inArray(probationViolations.personId, personIds));
  const breaches = await tx.select().from(probationBreachReports).where(inArray(probationBreachReports.personId, personIds));
  const kindOf = new Map(orders.map((order) => [order.id, i18n.t(`probation.kind.${order.kind}`)]));
  return [
    ...orders.flatMap((order): TimelineEntry[] => {
      const kind = i18n.t(`probation.kind.${order.kind}`);
      const started: TimelineEntry = {
        kind: 'probation_order',
        on: order.startsOn,
        label: 'probation.timeline.orderStarted',
        params: { kind },
        detail: order.court,
      };
      if (!order.closedOn || order.status === 'active') return [started];
      const label = order.status === 'completed' ? 'probation.timeline.orderCompleted' : 'probation.timeline.orderTerminated';
      return [started, { kind: 'probation_order_closed', on: order.closedOn, label, params: { kind }, detail: order.closeReason }];
    }),
    ...violations.map((violation): TimelineEntry => ({
      kind: 'probation_violation',
      on: violation.occurredOn,
      at: violation.recordedAt,
      label: 'probation.timeline.violation',
      params: { kind: kindOf.get(violation.orderId) ?? '', response: i18n.t(`probation.response.${violation.response}`) },
      detail: violation.description,
    })),
    ...breaches
      .filter((breach) => breach.outcome !== null && breach.outcomeOn !== null)
      .map((breach): TimelineEntry => ({
        kind: 'probation_breach_outcome',
        on: breach.outcomeOn ?? todayInBishkek(breach.writtenAt),
        label: 'probation.timeline.breachOutcome',
        params: { outcome: i18n.t(`probation.courtOutcome.${breach.outcome ?? 'other'}`) },
        detail: breach.outcomeNote,
      })),
  ];
};
