import { and, desc, eq, inArray, isNull, not, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { users } from '../../platform/auth/auth.tables.ts';
import type { Executor } from '../../platform/db/pool.ts';
import { orgUnits } from '../../platform/org/org.tables.ts';
import { people } from '../people/people.service.ts';
import { type AssociationRow, personAssociations } from './associations.tables.ts';

/** The person and every record merged into them: links recorded on a merged record are the person's links too. */
export async function personIdsOf(tx: Executor, personId: string): Promise<string[]> {
  const rows = await tx
    .select({ id: people.id })
    .from(people)
    .where(or(eq(people.id, personId), eq(people.mergedIntoId, personId)));
  return [personId, ...rows.map((row) => row.id).filter((id) => id !== personId)];
}

const touching = (personIds: readonly string[]) =>
  or(inArray(personAssociations.personId, [...personIds]), inArray(personAssociations.otherPersonId, [...personIds]));

/**
 * Every link of the person (in force first, then ended), each with who the other person is, where they are,
 * and who recorded and ended it. `otherIsVisitor` tells a visitor of the person from someone the person visits.
 * A link between two of the person's own records (merged since) is left out; an other person whose record was
 * merged since is shown as the record they were merged into.
 */
export async function linksOf(tx: Executor, personIds: readonly string[]) {
  const other = alias(people, 'other');
  const recorder = alias(users, 'recorder');
  const ender = alias(users, 'ender');
  const ids = [...personIds];
  const rows = await tx
    .select({
      link: personAssociations,
      other: {
        id: other.id,
        familyName: other.familyName,
        givenName: other.givenName,
        patronymic: other.patronymic,
        pin: other.pin,
        dateOfBirth: other.dateOfBirth,
        legalStatus: other.legalStatus,
      },
      otherMergedInto: other.mergedIntoId,
      location: orgUnits.name,
      recorderName: recorder.displayName,
      enderName: ender.displayName,
    })
    .from(personAssociations)
    .innerJoin(
      other,
      sql`${other.id} = case when ${inArray(personAssociations.personId, ids)} then ${personAssociations.otherPersonId} else ${personAssociations.personId} end`,
    )
    .innerJoin(orgUnits, eq(orgUnits.id, other.unitId))
    .leftJoin(recorder, eq(recorder.id, personAssociations.recordedBy))
    .leftJoin(ender, eq(ender.id, personAssociations.endedBy))
    .where(and(touching(ids), not(and(inArray(personAssociations.personId, ids), inArray(personAssociations.otherPersonId, ids))!)))
    .orderBy(sql`${personAssociations.endedAt} is not null`, desc(personAssociations.knownSince), desc(personAssociations.recordedAt));
  const survivors = await survivingRecords(
    tx,
    rows.flatMap((row) => (row.otherMergedInto ? [row.otherMergedInto] : [])),
  );
  return rows.map(({ otherMergedInto, ...row }) => {
    const survivor = otherMergedInto ? survivors.get(otherMergedInto) : undefined;
    return {
      ...row,
      ...(survivor ? { other: survivor.other, location: survivor.location } : {}),
      otherIsVisitor: row.link.kind === 'visitor' && ids.includes(row.link.personId),
    };
  });
}

/** The records other records were merged into, as a link shows them. */
async function survivingRecords(tx: Executor, ids: readonly string[]) {
  const rows =
    ids.length === 0
      ? []
      : await tx
          .select({
            other: {
              id: people.id,
              familyName: people.familyName,
              givenName: people.givenName,
              patronymic: people.patronymic,
              pin: people.pin,
              dateOfBirth: people.dateOfBirth,
              legalStatus: people.legalStatus,
            },
            location: orgUnits.name,
          })
          .from(people)
          .innerJoin(orgUnits, eq(orgUnits.id, people.unitId))
          .where(inArray(people.id, [...new Set(ids)]));
  return new Map(rows.map((row) => [row.other.id, row]));
}
export type PersonLink = Awaited<ReturnType<typeof linksOf>>[number];

/**
 * The links in force between any two of these people: what the placement check and the graph draw on. A link
 * recorded on a record since merged into one of them counts as theirs, so both ends are given as the people
 * asked about; a link between two records of the same person is left out.
 */
export async function linksAmong(tx: Executor, personIds: readonly string[]) {
  if (personIds.length < 2) return [];
  const asked = [...new Set(personIds)];
  const merged = await tx.select({ id: people.id, into: people.mergedIntoId }).from(people).where(inArray(people.mergedIntoId, asked));
  const survivorOf = new Map<string, string>(asked.map((id) => [id, id]));
  for (const record of merged) survivorOf.set(record.id, record.into!);
  const records = [...survivorOf.keys()];
  const links = await tx
    .select({ personId: personAssociations.personId, otherPersonId: personAssociations.otherPersonId, kind: personAssociations.kind })
    .from(personAssociations)
    .where(
      and(
        inArray(personAssociations.personId, records),
        inArray(personAssociations.otherPersonId, records),
        isNull(personAssociations.endedAt),
      ),
    );
  return links
    .map((link) => ({ ...link, personId: survivorOf.get(link.personId)!, otherPersonId: survivorOf.get(link.otherPersonId)! }))
    .filter((link) => link.personId !== link.otherPersonId);
}

/** A link in force of this kind between the two people, whichever of them it was recorded on. */
export async function linkInForce(tx: Executor, personId: string, otherId: string, kind: AssociationRow['kind']) {
  const sameWay = and(eq(personAssociations.personId, personId), eq(personAssociations.otherPersonId, otherId));
  const otherWay = and(eq(personAssociations.personId, otherId), eq(personAssociations.otherPersonId, personId));
  const [row] = await tx
    .select({ id: personAssociations.id })
    .from(personAssociations)
    .where(
      and(eq(personAssociations.kind, kind), isNull(personAssociations.endedAt), kind === 'visitor' ? sameWay : or(sameWay, otherWay)),
    );
  return row;
}

/** One link of the person, locked for the end that follows. */
export async function linkOfPerson(tx: Executor, personIds: readonly string[], linkId: string) {
  const [row] = await tx
    .select()
    .from(personAssociations)
    .where(and(eq(personAssociations.id, linkId), touching(personIds)))
    .for('update');
  return row;
}

/**
 * The one person holding this PIN anywhere in the country, not only in the reader's units: co-defendants are
 * often held apart, and the link must be recordable on both. Only an exact PIN finds someone this way.
 */
export async function personWithPin(tx: Executor, pin: string) {
  const [row] = await tx
    .select({
      id: people.id,
      familyName: people.familyName,
      givenName: people.givenName,
      patronymic: people.patronymic,
      pin: people.pin,
      dateOfBirth: people.dateOfBirth,
      location: orgUnits.name,
    })
    .from(people)
    .innerJoin(orgUnits, eq(orgUnits.id, people.unitId))
    .where(and(eq(people.pin, pin), isNull(people.mergedIntoId)));
  return row;
}

/** The other person of a link being recorded, if their record is in use (not merged into another). */
export async function recordInUse(tx: Executor, personId: string) {
  const [row] = await tx
    .select({ id: people.id, unitId: people.unitId, pin: people.pin })
    .from(people)
    .where(and(eq(people.id, personId), isNull(people.mergedIntoId)));
  return row;
}
