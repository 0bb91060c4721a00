import { type SubjectAccessRow, type SubjectAccessSection, subjectAccessCode, subjectAccessInstant } from '../people/people.service.ts';
import { breachReportsOfPerson, conditionsOf, contactsOfPerson, ordersOfPerson, violationsOfPerson } from './probation.person.ts';

/**
 * The person's probation orders in the subject access export, each with its conditions, hours, and how it
 * closed. The export already checks `people:subject_access` and audits itself.
 */
export const probationOrdersSection: SubjectAccessSection = {
  key: 'probation_orders',
  title: 'probation.subjectAccess.orders',
  layout: 'entries',
  codes: { kind: subjectAccessCode('probation.kind'), status: subjectAccessCode('probation.status') },
  async rows({ tx, person, userName, unitName }): Promise<SubjectAccessRow[]> {
    const orders = await ordersOfPerson(tx, person.id);
    const conditions = await conditionsOf(
      tx,
      orders.map((order) => order.id),
    );
    const rows: SubjectAccessRow[] = [];
    for (const order of orders) {
      rows.push({
        id: order.id,
        kind: order.kind,
        probationType: order.typeName,
        court: order.court,
        orderedOn: order.orderedOn,
        startsOn: order.startsOn,
        endsOn: order.endsOn,
        office: await unitName(order.officeId),
        officer: await userName(order.officerId),
        hoursOwed: order.hoursOwed,
        hoursWorked: order.hoursWorked,
        conditions: conditions
          .filter((condition) => condition.orderId === order.id)
          .map(
            (condition) =>
              `${condition.name?.ru ?? condition.freeText ?? ''} (${condition.startsOn} – ${condition.endedOn ?? condition.endsOn})`,
          )
          .join('; '),
        status: order.status,
        closedOn: order.closedOn,
        closeReason: order.closeReason,
        createdBy: await userName(order.createdBy),
        createdAt: subjectAccessInstant(order.createdAt),
      });
    }
    return rows;
  },
};

/** Supervision contacts, one row each, with who recorded them. */
export const probationContactsSection: SubjectAccessSection = {
  key: 'probation_contacts',
  title: 'probation.subjectAccess.contacts',
  layout: 'table',
  columns: [
    { field: 'contactOn', width: 2 },
    { field: 'kind', width: 2 },
    { field: 'attended', width: 1 },
    { field: 'missedReason', width: 3 },
  ],
  codes: { kind: subjectAccessCode('probation.contactKind') },
  async rows({ tx, person, userName }): Promise<SubjectAccessRow[]> {
    const rows: SubjectAccessRow[] = [];
    for (const contact of await contactsOfPerson(tx, person.id)) {
      rows.push({
        contactOn: contact.contactOn,
        kind: contact.kind,
        attended: contact.attended,
        missedReason: contact.missedReason,
        notes: contact.notes,
        recordedBy: await userName(contact.recordedBy),
        recordedAt: subjectAccessInstant(contact.recordedAt),
      });
    }
    return rows;
  },
};

/** Violations with the proposed and decided responses, and any breach report with the court's outcome. */
export const probationViolationsSection: SubjectAccessSection = {
  key: 'probation_violations',
  title: 'probation.subjectAccess.violations',
  layout: 'entries',
  codes: {
    severity: subjectAccessCode('probation.severity'),
    proposedResponse: subjectAccessCode('probation.response'),
    response: subjectAccessCode('probation.response'),
    courtOutcome: subjectAccessCode('probation.courtOutcome'),
  },
  async rows({ tx, person, userName }): Promise<SubjectAccessRow[]> {
    const breaches = await breachReportsOfPerson(tx, person.id);
    const rows: SubjectAccessRow[] = [];
    for (const violation of await violationsOfPerson(tx, person.id)) {
      const breach = breaches.find((entry) => entry.violationId === violation.id);
      rows.push({
        occurredOn: violation.occurredOn,
        severity: violation.severity,
        description: violation.description,
        evidence: violation.evidence,
        evidenceReference: violation.evidenceReference,
        proposedResponse: violation.proposedResponse,
        response: violation.response,
        responseReasons: violation.responseReasons,
        overrideReason: violation.overrideReason,
        recordedBy: await userName(violation.recordedBy),
        breachApprovedBy: breach ? await userName(breach.approvedBy) : null,
        courtOutcome: breach?.outcome ?? null,
        courtOutcomeOn: breach?.outcomeOn ?? null,
      });
    }
    return rows;
  },
};
