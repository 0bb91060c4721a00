import { and, eq } from 'drizzle-orm';
import type { Database, Executor } from '../../platform/db/pool.ts';
import { type PeopleActor, todayInBishkek, withPerson } from '../people/people.service.ts';
import { isUuid, withOrder } from './probation.access.ts';
import { probationNotFound, ProbationRefused, probationStale } from './probation.errors.ts';
import { type ConditionInput, insertCondition } from './probation.orders.ts';
import { proposeResponse, type Response, type ResponseProposal, type Severity } from './probation.response.ts';
import type { COURT_OUTCOMES } from './probation.tables.ts';
import { probationBreachReports, probationViolations } from './probation.tables.ts';

export type ViolationInput = {
  occurredOn: string;
  severity: Severity;
  description: string;
  evidence: string;
  evidenceReference: string | null;
  response: Response;
  responseReasons: string;
  overrideReason: string | null;
  /** The condition an "additional condition" response adds. */
  condition: ConditionInput | null;
};

/** What Kadam proposes for a violation of this order on that day, from the order's earlier violations. */
export async function proposalFor(tx: Executor, orderId: string, severity: Severity, occurredOn: string): Promise<ResponseProposal> {
  const earlier = await tx
    .select({ occurredOn: probationViolations.occurredOn, severity: probationViolations.severity, response: probationViolations.response })
    .from(probationViolations)
    .where(eq(probationViolations.orderId, orderId));
  return proposeResponse({ severity, occurredOn, earlier });
}

/**
 * Records a violation with its evidence and the officer's graded response. The proposal is worked out again
 * here, in the transaction, from the order's history; a different response needs a written reason. An
 * additional condition is added to the order at once; a referral to court opens a breach report for a manager
 * to approve.
 */
export async function recordViolation(
  db: Database,
  actor: PeopleActor,
  ids: { personId: string; orderId: string },
  input: ViolationInput,
): Promise<{ violationId: string; breachId: string | null }> {
  const details = { severity: input.severity, response: input.response };
  return withOrder(
    db,
    actor,
    { ...ids, permission: 'probation:supervise', action: 'probation.violation.record', details, forUpdate: true },
    async (tx, person, order) => {
      if (order.status !== 'active') throw new ProbationRefused('order_closed', 409);
      if (input.occurredOn < order.startsOn) throw new ProbationRefused('violation_before_start', 400, 'occurredOn');
      if (input.occurredOn > todayInBishkek()) throw new ProbationRefused('date_in_future', 400, 'occurredOn');
      const proposal = await proposalFor(tx, order.id, input.severity, input.occurredOn);
      const overridden = input.response !== proposal.response;
      if (overridden && !input.overrideReason) throw new ProbationRefused('override_reason_required', 400, 'overrideReason');
      const [violation] = await tx
        .insert(probationViolations)
        .values({
          orderId: order.id,
          personId: person.id,
          occurredOn: input.occurredOn,
          severity: input.severity,
          description: input.description,
          evidence: input.evidence,
          evidenceReference: input.evidenceReference,
          proposedResponse: proposal.response,
          response: input.response,
          responseReasons: input.responseReasons,
          overrideReason: overridden ? input.overrideReason : null,
          recordedBy: actor.user.id,
        })
        .returning({ id: probationViolations.id });
      const violationId = violation!.id;
      if (input.response === 'additional_condition') {
        if (!input.condition) throw new ProbationRefused('condition_required', 400, 'conditionCode');
        await insertCondition(tx, order, { ...input.condition, userId: actor.user.id, violationId });
      }
      if (input.response !== 'court_referral') return { violationId, breachId: null };
      const [breach] = await tx
        .insert(probationBreachReports)
        .values({ violationId, orderId: order.id, personId: person.id, writtenBy: actor.user.id })
        .returning({ id: probationBreachReports.id });
      return { violationId, breachId: breach!.id };
    },
  );
}

type BreachRow = typeof probationBreachReports.$inferSelect;

async function withBreach<T>(
  db: Database,
  actor: PeopleActor,
  input: { personId: string; breachId: string; permission: 'breaches:approve' | 'probation:supervise'; action: string; reason?: string },
  work: (tx: Executor, breach: BreachRow) => Promise<T>,
): Promise<T> {
  const details = { breachId: input.breachId };
  return withPerson(
    db,
    actor,
    { personId: input.personId, permission: input.permission, action: input.action, details, reason: input.reason },
    async (tx, person) => {
      const [breach] = isUuid(input.breachId)
        ? await tx
            .select()
            .from(probationBreachReports)
            .where(and(eq(probationBreachReports.id, input.breachId), eq(probationBreachReports.personId, person.id)))
            .for('update')
        : [];
      if (!breach) throw probationNotFound();
      return work(tx, breach);
    },
  );
}

/** A manager approves the breach report for the court: a second person, never the one who wrote it. */
export async function approveBreach(db: Database, actor: PeopleActor, input: { personId: string; breachId: string; version: number }) {
  await withBreach(db, actor, { ...input, permission: 'breaches:approve', action: 'probation.breach.approve' }, async (tx, breach) => {
    if (breach.version !== input.version) throw probationStale();
    if (breach.status !== 'submitted') throw new ProbationRefused('report_already_decided', 409);
    if (breach.writtenBy === actor.user.id) throw new ProbationRefused('own_report', 409);
    await tx
      .update(probationBreachReports)
      .set({ status: 'approved', approvedBy: actor.user.id, approvedAt: new Date(), version: breach.version + 1 })
      .where(eq(probationBreachReports.id, breach.id));
  });
}

export type OutcomeInput = { version: number; outcome: (typeof COURT_OUTCOMES)[number]; outcomeOn: string; note: string | null };

/** The court's decision on an approved breach report, recorded once. */
export async function recordCourtOutcome(
  db: Database,
  actor: PeopleActor,
  ids: { personId: string; breachId: string },
  input: OutcomeInput,
) {
  await withBreach(db, actor, { ...ids, permission: 'probation:supervise', action: 'probation.breach.outcome' }, async (tx, breach) => {
    if (breach.version !== input.version) throw probationStale();
    if (breach.status === 'submitted') throw new ProbationRefused('report_not_approved', 409);
    if (breach.status !== 'approved') throw new ProbationRefused('report_already_decided', 409);
    if (input.outcomeOn > todayInBishkek()) throw new ProbationRefused('date_in_future', 400, 'outcomeOn');
    await tx
      .update(probationBreachReports)
      .set({
        status: 'outcome_recorded',
        outcome: input.outcome,
        outcomeOn: input.outcomeOn,
        outcomeNote: input.note,
        outcomeBy: actor.user.id,
        version: breach.version + 1,
      })
      .where(eq(probationBreachReports.id, breach.id));
  });
}
