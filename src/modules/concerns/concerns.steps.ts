import { eq, sql } from 'drizzle-orm';
import type { Database, Executor } from '../../platform/db/pool.ts';
import { type PeopleActor, type PersonRow, withPerson } from '../people/people.service.ts';
import { ConcernRefused, isUuid } from './concerns.errors.ts';
import { type ConcernRow, concernOf } from './concerns.repository.ts';
import { concerns } from './concerns.tables.ts';
import { type ConcernStatus, type ConcernStep, mayTake, STEPS, statusAfter } from './concerns.workflow.ts';

export type StepInput = {
  personId: string;
  concernId: string;
  step: ConcernStep;
  /** The concern's row version the user's form was opened at. */
  rowVersion: number;
  /** How the step ends (a triage or decision outcome), which decides the next status. */
  outcome?: string;
  reason?: string;
  details?: Record<string, unknown>;
};

/**
 * One step of the concern loop: person scope, the step's permission and the audit event (`concern.<step>`) by
 * `withPerson`; the concern row locked; a form opened before someone else's step refused (409) rather than
 * saved over it; the step allowed from the concern's status. The status and row version move on with the
 * step's own changes, all in one transaction.
 */
export async function concernStep(
  db: Database,
  actor: PeopleActor,
  input: StepInput,
  work: (tx: Executor, concern: ConcernRow, person: PersonRow, next: ConcernStatus) => Promise<Partial<typeof concerns.$inferInsert>>,
): Promise<ConcernStatus> {
  if (!isUuid(input.concernId)) throw new ConcernRefused('not_found', 404);
  return withPerson(
    db,
    actor,
    {
      personId: input.personId,
      permission: STEPS[input.step].permission,
      action: `concern.${input.step}`,
      details: { concernId: input.concernId, ...input.details },
      reason: input.reason,
    },
    async (tx, person) => {
      const concern = await concernOf(tx, person.id, input.concernId, true);
      if (!concern) throw new ConcernRefused('not_found', 404);
      if (concern.rowVersion !== input.rowVersion) throw new ConcernRefused('stale', 409);
      if (!mayTake(input.step, concern.status)) throw new ConcernRefused('wrong_status', 409);
      const next = statusAfter(input.step, input.outcome);
      const changes = await work(tx, concern, person, next);
      await tx
        .update(concerns)
        .set({ ...changes, status: next, rowVersion: sql`${concerns.rowVersion} + 1`, updatedAt: sql`now()` })
        .where(eq(concerns.id, concern.id));
      return next;
    },
  );
}
