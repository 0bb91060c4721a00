import { asc, desc, eq, inArray } from 'drizzle-orm';
import type { SessionUser } from '../../../../platform/auth/sessions.ts';
import type { Executor } from '../../../../platform/db/pool.ts';
import { type LocalisedName, territories } from '../../../../platform/org/org.tables.ts';
import type { PersonRow } from '../../people.access.ts';
import { unitAndAncestors } from '../../../../platform/access/access.repository.ts';
import type { Permission } from '../../../../platform/auth/permissions.ts';
import { scopeUnitsOf } from '../../people.scope.ts';
import { identityDocuments, personAliases, personContacts, pinChanges } from '../../people.tables.ts';

/** What the overview shows besides the person's row, and which of its actions this user may take. */
export type PersonOverview = {
  person: PersonRow;
  aliases: (typeof personAliases.$inferSelect)[];
  contacts: (typeof personContacts.$inferSelect)[];
  documents: (typeof identityDocuments.$inferSelect)[];
  pinHistory: (typeof pinChanges.$inferSelect)[];
  districts: { registered: LocalisedName | null; actual: LocalisedName | null };
  may: { seeSensitive: boolean; edit: boolean; alerts: boolean };
};

/**
 * Reads the overview inside the page's `withPerson` transaction. What the user may do is decided by the roles
 * whose units cover this person, not by any role anywhere: a psychologist of another colony reading the record
 * under break-glass does not see its sensitive fields.
 */
export async function loadOverview(tx: Executor, user: SessionUser, person: PersonRow): Promise<PersonOverview> {
  const aliases = await tx.select().from(personAliases).where(eq(personAliases.personId, person.id)).orderBy(asc(personAliases.createdAt));
  const contacts = await tx
    .select()
    .from(personContacts)
    .where(eq(personContacts.personId, person.id))
    .orderBy(asc(personContacts.createdAt));
  const documents = await tx
    .select()
    .from(identityDocuments)
    .where(eq(identityDocuments.personId, person.id))
    .orderBy(asc(identityDocuments.createdAt));
  const pinHistory = await tx
    .select()
    .from(pinChanges)
    .where(eq(pinChanges.personId, person.id))
    .orderBy(desc(pinChanges.changedOn), desc(pinChanges.recordedAt));
  const territoryIds = [person.registeredTerritoryId, person.actualTerritoryId].filter((id): id is string => id !== null);
  const names =
    territoryIds.length > 0
      ? await tx.select({ id: territories.id, name: territories.name }).from(territories).where(inArray(territories.id, territoryIds))
      : [];
  const nameOf = (id: string | null) => names.find((row) => row.id === id)?.name ?? null;
  // One look up the organisation tree answers all three questions.
  const covering = await unitAndAncestors(tx, person.unitId);
  const may = (permission: Permission) => scopeUnitsOf(user, permission).some((unitId) => covering.has(unitId));
  return {
    person,
    aliases,
    contacts,
    documents,
    pinHistory,
    districts: { registered: nameOf(person.registeredTerritoryId), actual: nameOf(person.actualTerritoryId) },
    may: { seeSensitive: may('people:sensitive'), edit: may('people:edit'), alerts: may('people:alerts') },
  };
}
