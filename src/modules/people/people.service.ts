import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { authorise } from '../../platform/access/authorise.ts';
import { fieldChanges } from '../../platform/audit/audit.service.ts';
import type { FieldChange } from '../../platform/audit/audit.tables.ts';
import type { Database, Executor } from '../../platform/db/pool.ts';
import { conflict } from '../../platform/http/errors.ts';
import { type PeopleActor, type PersonRow, personRecord, withPerson } from './people.access.ts';
import type { PersonExtras, PersonInput, PinInput } from './people.schemas.ts';
import { people, personAliases, personContacts } from './people.tables.ts';
import { searchTextOf } from './people.transliteration.ts';

export { addIdentityDocument, identityDocumentsOf, removeIdentityDocument } from './people.documents.ts';
export { changePin, pinHeldByAnother, pinHistoryOf } from './people.pin-history.ts';
export { generateDemoPeople } from './people.seeds.ts';
// What other modules build on: the one door to a person's data, the person's table, and the person page frame
// their tabs render inside.
export { type PeopleActor, type PersonRow, withPerson } from './people.access.ts';
export { people } from './people.tables.ts';
export { PersonLayout, type PersonTab, personTabHref } from './pages/person-layout.tsx';
export type { PersonHeaderModel } from './pages/person-header.ts';
export { type PersonPageDeps, type PersonRequest, peopleActorOf, showPersonPage } from './pages/person/person.page.ts';
export { fullName, todayInBishkek } from './people.models.ts';
export { parseUserDate, userDateOf } from './people.dates.ts';
export { unitInScope } from './people.scope.ts';
export { ensureAlertInForce, placementAlertsOf } from './people.alerts.ts';
// Courts' requests for reports: find the person, and open pre-trial probation for them.
export { searchPeople, type PersonSearchResult } from './people.search.ts';
export { openProbationEpisodeIfNone } from './people.episodes.ts';
// Other modules' contributions to the person's timeline and to the subject access export.
export { type Entry as TimelineEntry, registerTimelineSource, type TimelineContext, type TimelineSource } from './people.timeline.ts';
export { registerSubjectAccessSection } from './people.subject-access.registry.ts';
export { code as subjectAccessCode, iso as subjectAccessInstant } from './people.subject-access.cases.ts';
export type { SectionBuilder as SubjectAccessSection, SubjectAccessRow } from './people.subject-access.ts';

/** The latest expected release date of the person's cases, if any (yyyy-mm-dd). */
export async function expectedReleaseOf(db: Executor, personId: string): Promise<string | null> {
  const result = await db.execute<{ release: string | null }>(
    sql`select to_char(max(expected_release_on), 'YYYY-MM-DD') as release from criminal_cases where person_id = ${personId}`,
  );
  return result.rows[0]?.release ?? null;
}

/** Whether the person was ever convicted under an article marked terrorism- or extremism-related. */
export async function hasExtremismConviction(db: Executor, personId: string): Promise<boolean> {
  const result = await db.execute<{ found: boolean }>(sql`
    select exists (
      select 1 from criminal_cases c join criminal_code_articles a on a.code = any(c.articles)
      where c.person_id = ${personId} and (a.extremism or a.terrorism)) as found`);
  return result.rows[0]?.found === true;
}

/** Ethnicity and disability are audited as "recorded", never by value: the audit trail is read more widely. */
const SENSITIVE = new Set(['ethnicity', 'disability']);
const masked = (changes: FieldChange[]): FieldChange[] =>
  changes.map((change) =>
    SENSITIVE.has(change.field)
      ? { ...change, from: change.from === null ? null : 'recorded', to: change.to === null ? null : 'recorded' }
      : change,
  );

/** Every spelling a person is searched by: the names in both scripts and every alias. */
export const searchTextFor = (
  person: Pick<PersonRow, 'familyName' | 'givenName' | 'patronymic' | 'familyNameLatin' | 'givenNameLatin' | 'patronymicLatin'>,
  aliases: readonly string[],
) =>
  searchTextOf([
    person.familyName,
    person.givenName,
    person.patronymic,
    person.familyNameLatin,
    person.givenNameLatin,
    person.patronymicLatin,
    ...aliases,
  ]);

/** The other names a form edits; previous names added by a merge are history and stay. */
const EDITABLE_ALIAS_KINDS = ['alias', 'other_spelling'] as const;

export async function aliasesOf(db: Executor, personId: string) {
  return db
    .select()
    .from(personAliases)
    .where(eq(personAliases.personId, personId))
    .orderBy(asc(personAliases.createdAt), asc(personAliases.name));
}

export async function contactsOf(db: Executor, personId: string) {
  return db.select().from(personContacts).where(eq(personContacts.personId, personId)).orderBy(asc(personContacts.createdAt));
}

/** Creates a person with their aliases and contacts in one transaction, audited as `person.create`. */
export async function createPerson(
  db: Database,
  actor: PeopleActor,
  data: { unitId: string; input: PersonInput; extras: PersonExtras; pin: PinInput },
): Promise<string> {
  return db.transaction(async (tx) => {
    const values = {
      ...data.input,
      ...data.pin,
      unitId: data.unitId,
      createdBy: actor.user.id,
      searchText: searchTextFor(data.input, data.extras.aliases),
    };
    const [created] = await tx.insert(people).values(values).returning({ id: people.id });
    const id = created!.id;
    await saveExtras(tx, id, data.extras);
    // Only what was filled in: the record's first version, field by field.
    const changes = masked(
      fieldChanges({}, {
        ...data.input,
        ...data.pin,
        unitId: data.unitId,
        aliases: data.extras.aliases,
        phone: data.extras.phone,
        nextOfKin: data.extras.kin,
      } as Record<string, unknown>),
    ).filter((change) => change.to !== null && !(Array.isArray(change.to) && change.to.length === 0));
    await authorise(tx, {
      actor: actor.user,
      audit: actor.audit,
      permission: 'people:create',
      action: 'person.create',
      record: { ...personRecord(id), unitId: data.unitId, personId: id },
      changes,
    });
    return id;
  });
}

/** Corrects a person's record. The reason is required and audited with the field changes; a stale version is a 409. */
export async function updatePerson(
  db: Database,
  actor: PeopleActor,
  data: { personId: string; version: number; input: PersonInput; extras: PersonExtras; reason: string; sensitive: boolean },
): Promise<void> {
  const { input, extras } = data;
  // Without `people:sensitive` the sensitive fields were not on the form: they keep their values.
  const patch: Partial<PersonInput> = { ...input };
  if (!data.sensitive) {
    delete patch.ethnicity;
    delete patch.disability;
  }
  // Read before the locked transaction: a change in between bumps the version, and the check below refuses it.
  const before = { aliases: await editableAliases(db, data.personId), ...(await contactSummary(db, data.personId)) };
  await withPerson(
    db,
    actor,
    {
      personId: data.personId,
      permission: 'people:edit',
      action: 'person.update',
      reason: data.reason,
      forUpdate: true,
      changes: (person) =>
        masked(
          fieldChanges<Record<string, unknown>>(
            { ...person, ...before },
            {
              ...patch,
              aliases: extras.aliases,
              phone: extras.phone,
              nextOfKin: extras.kin,
            },
          ),
        ),
    },
    async (tx, person) => {
      if (person.mergedIntoId || person.version !== data.version) throw conflict('people.stale_version', { version: person.version });
      const merged = { ...person, ...patch };
      await tx
        .update(people)
        .set({
          ...patch,
          searchText: searchTextFor(merged, [...extras.aliases, ...(await previousNames(tx, person.id))]),
          version: person.version + 1,
          updatedAt: new Date(),
        })
        .where(eq(people.id, person.id));
      await tx.delete(personAliases).where(and(eq(personAliases.personId, person.id), inArray(personAliases.kind, EDITABLE_ALIAS_KINDS)));
      await replaceFirstContacts(tx, person.id, extras);
    },
  );
}

async function editableAliases(db: Executor, personId: string): Promise<string[]> {
  const rows = await aliasesOf(db, personId);
  return rows.filter((row) => row.kind !== 'previous_name').map((row) => row.name);
}

async function previousNames(db: Executor, personId: string): Promise<string[]> {
  const rows = await aliasesOf(db, personId);
  return rows.filter((row) => row.kind === 'previous_name').map((row) => row.name);
}

/** The phone and next of kin a form shows: the first of each (a merge may have brought more). */
export async function contactSummary(db: Executor, personId: string) {
  const rows = await contactsOf(db, personId);
  const phone = rows.find((row) => row.kind === 'phone');
  const kin = rows.find((row) => row.kind === 'next_of_kin');
  return {
    phone: phone?.value ?? null,
    nextOfKin: kin ? { name: kin.name ?? '', relationship: kin.relationship, phone: kin.value } : null,
  };
}

async function saveExtras(tx: Executor, personId: string, extras: PersonExtras) {
  if (extras.aliases.length > 0)
    await tx.insert(personAliases).values(extras.aliases.map((name) => ({ personId, kind: 'alias' as const, name })));
  if (extras.phone) await tx.insert(personContacts).values({ personId, kind: 'phone', value: extras.phone });
  if (extras.kin)
    await tx
      .insert(personContacts)
      .values({ personId, kind: 'next_of_kin', name: extras.kin.name, relationship: extras.kin.relationship, value: extras.kin.phone });
}

/** Replaces the first phone and next of kin with what the form says (removing them when emptied). */
async function replaceFirstContacts(tx: Executor, personId: string, extras: PersonExtras) {
  const rows = await contactsOf(tx, personId);
  for (const kind of ['phone', 'next_of_kin'] as const) {
    const first = rows.find((row) => row.kind === kind);
    if (first) await tx.delete(personContacts).where(eq(personContacts.id, first.id));
  }
  // The editable aliases were deleted above; these are the form's.
  await saveExtras(tx, personId, extras);
}
