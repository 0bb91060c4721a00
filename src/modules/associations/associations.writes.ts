import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { isUniqueViolation } from '../../platform/db/constraint-errors.ts';
import type { Database } from '../../platform/db/pool.ts';
import { type PeopleActor, unitInScope, withPerson } from '../people/people.service.ts';
import { conflict } from '../../platform/http/errors.ts';
import { AssociationInputError, linkNotFound } from './associations.errors.ts';
import { linkInForce, linkOfPerson, personIdsOf, recordInUse } from './associations.repository.ts';
import { personAssociations } from './associations.tables.ts';
import type { LinkInput } from './pages/association-form.ts';

/**
 * Records a link between the person and another, audited as `association.record` on the person in the same
 * transaction (with the other person's id, so the trail of either can be followed). The note and the source
 * reference are not in the audit event: the trail is read more widely than the links are.
 *
 * The other person must be one the user could have chosen on the form: someone in the user's units, or the
 * holder of the exact PIN the user typed (`pinTyped`). An id sent without either is refused like an unknown one,
 * so the form cannot be used to learn where anyone is held. A record merged meanwhile is refused as stale.
 */
export async function recordAssociation(
  db: Database,
  actor: PeopleActor,
  personId: string,
  input: LinkInput,
  pinTyped: string | null,
): Promise<string> {
  const id = randomUUID();
  try {
    return await withPerson(
      db,
      actor,
      {
        personId,
        permission: 'associations:write',
        action: 'association.record',
        details: {
          associationId: id,
          otherPersonId: input.otherPersonId,
          kind: input.kind,
          source: input.source,
          knownSince: input.knownSince,
        },
      },
      async (tx, person) => {
        if (person.mergedIntoId) throw conflict('associations.error.stale');
        if ((await personIdsOf(tx, person.id)).includes(input.otherPersonId))
          throw new AssociationInputError('otherPersonId', 'associations.error.self');
        const other = await recordInUse(tx, input.otherPersonId);
        const findable =
          other !== undefined &&
          ((pinTyped !== null && other.pin === pinTyped) || (await unitInScope(tx, actor.user, 'people:read', other.unitId)));
        if (!findable) throw new AssociationInputError('otherPersonId', 'associations.error.other');
        if (await linkInForce(tx, person.id, input.otherPersonId, input.kind))
          throw new AssociationInputError('kind', 'associations.error.duplicate');
        await tx.insert(personAssociations).values({ id, personId: person.id, ...input, recordedBy: actor.user.id });
        return id;
      },
    );
  } catch (error) {
    if (isUniqueViolation(error)) throw new AssociationInputError('kind', 'associations.error.duplicate');
    throw error;
  }
}

/**
 * Ends a link with the reason; it stays in the history. A link ended meanwhile, or the form of an older
 * version, is refused as stale (409, with the conflict page in the user's language).
 */
export function endAssociation(
  db: Database,
  actor: PeopleActor,
  input: { personId: string; linkId: string; reason: string; version: number },
): Promise<void> {
  return withPerson(
    db,
    actor,
    {
      personId: input.personId,
      permission: 'associations:write',
      action: 'association.end',
      reason: input.reason,
      forUpdate: true,
      details: { associationId: input.linkId },
    },
    async (tx, person) => {
      const link = await linkOfPerson(tx, await personIdsOf(tx, person.id), input.linkId);
      if (!link) throw linkNotFound();
      if (link.endedAt || link.version !== input.version) throw conflict('associations.error.stale');
      await tx
        .update(personAssociations)
        .set({ endedAt: new Date(), endedBy: actor.user.id, endReason: input.reason, version: link.version + 1 })
        .where(eq(personAssociations.id, link.id));
    },
  );
}
