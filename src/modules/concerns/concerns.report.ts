import { eq } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/audit.service.ts';
import type { Database } from '../../platform/db/pool.ts';
import { type PeopleActor, people, unitInScope, withPerson } from '../people/people.service.ts';
import { triageDueAt } from './concerns.due.ts';
import { ConcernRefused, isUuid } from './concerns.errors.ts';
import { recordHistory } from './concerns.history.ts';
import type { ConcernIndicator } from './concerns.indicators.ts';
import { peopleInReporterScope } from './concerns.repository.ts';
import { triageDays } from './concerns.settings.ts';
import { concernPeopleInvolved, concerns } from './concerns.tables.ts';

export type NewConcern = {
  personId: string;
  observedAt: Date;
  place: string | null;
  indicators: ConcernIndicator[];
  description: string;
  involvedIds: string[];
};

/**
 * Records a concern. The reporter needs only `concerns:report` over the person's unit — their own scope, not a
 * break-glass grant nor any other permission. A person outside their units (or one who does not exist) is
 * refused alike with a message, never a page that reveals whether the person exists; the refusal is audited.
 * People named as involved must be in the reporter's units too. Everything is saved in one transaction.
 */
export async function reportConcern(db: Database, actor: PeopleActor, input: NewConcern): Promise<string> {
  const [person] = isUuid(input.personId)
    ? await db.select({ unitId: people.unitId, mergedIntoId: people.mergedIntoId }).from(people).where(eq(people.id, input.personId))
    : [];
  if (!person || person.mergedIntoId || !(await unitInScope(db, actor.user, 'concerns:report', person.unitId))) {
    await recordAudit(db, actor.audit, {
      action: 'concern.report',
      outcome: 'denied',
      reason: 'out_of_scope',
      details: { permission: 'concerns:report', requestedPersonId: input.personId },
    });
    throw new ConcernRefused('person_outside', 400);
  }
  const involvedIds = [...new Set(input.involvedIds)].filter((id) => id !== input.personId);
  const involved = await peopleInReporterScope(db, actor.user, involvedIds.filter(isUuid));
  if (involved.length !== involvedIds.length) throw new ConcernRefused('involved_outside', 400);

  const reportedAt = new Date();
  return withPerson(
    db,
    actor,
    {
      personId: input.personId,
      permission: 'concerns:report',
      action: 'concern.report',
      details: { indicators: input.indicators, involved: involvedIds.length },
    },
    async (tx, row) => {
      const [created] = await tx
        .insert(concerns)
        .values({
          personId: row.id,
          reportedBy: actor.user.id,
          reportedAt,
          observedAt: input.observedAt,
          place: input.place,
          indicators: input.indicators,
          description: input.description,
          triageDueAt: triageDueAt(reportedAt, triageDays()),
        })
        .returning({ id: concerns.id });
      const concernId = created!.id;
      if (involvedIds.length > 0) await tx.insert(concernPeopleInvolved).values(involvedIds.map((personId) => ({ concernId, personId })));
      await recordHistory(tx, { concernId, event: 'report', userId: actor.user.id, details: { indicators: input.indicators.join(', ') } });
      return concernId;
    },
  );
}
