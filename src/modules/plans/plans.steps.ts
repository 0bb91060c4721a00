import { eq, sql } from 'drizzle-orm';
import type { Permission } from '../../platform/auth/permissions.ts';
import type { Database, Executor } from '../../platform/db/pool.ts';
import { type PeopleActor, type PersonRow, withPerson } from '../people/people.service.ts';
import { PlanRefused } from './plans.errors.ts';
import { openPlanOf, type PlanRow } from './plans.repository.ts';
import { plans } from './plans.tables.ts';
import { type PlanStep, STEP_FROM } from './plans.workflow.ts';

export type StepInput = {
  personId: string;
  /** The audited action, e.g. `plan.submit`. */
  action: string;
  step: PlanStep;
  permission?: Permission;
  /** The plan's row version the user's form was opened at. */
  rowVersion: number;
  reason?: string;
  details?: Record<string, unknown>;
};

/**
 * One change to a person's open plan: person scope, permission and the audit event by `withPerson`; the plan
 * row locked; a form opened before someone else's change refused (409) rather than saved over it; the step
 * allowed from the plan's status. The plan's row version moves on with the change, all in one transaction.
 */
export async function planStep<T>(
  db: Database,
  actor: PeopleActor,
  input: StepInput,
  work: (tx: Executor, plan: PlanRow, person: PersonRow) => Promise<T>,
): Promise<T> {
  return withPerson(
    db,
    actor,
    {
      personId: input.personId,
      permission: input.permission ?? 'plans:write',
      action: input.action,
      details: input.details,
      reason: input.reason,
    },
    async (tx, person) => {
      const plan = await openPlanOf(tx, person.id, true);
      if (!plan) throw new PlanRefused('not_found', 404);
      if (plan.rowVersion !== input.rowVersion) throw new PlanRefused('stale', 409);
      if (!STEP_FROM[input.step]!.includes(plan.status)) throw new PlanRefused('wrong_status', 409);
      const result = await work(tx, plan, person);
      await tx
        .update(plans)
        .set({ rowVersion: sql`${plans.rowVersion} + 1`, updatedAt: sql`now()` })
        .where(eq(plans.id, plan.id));
      return result;
    },
  );
}
