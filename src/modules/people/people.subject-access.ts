import { eq } from 'drizzle-orm';
import { users } from '../../platform/auth/auth.tables.ts';
import type { Database, Executor } from '../../platform/db/pool.ts';
import type { MessageKey } from '../../platform/i18n/catalog.ts';
import { type LocalisedName, orgUnits } from '../../platform/org/org.tables.ts';
import { type PeopleActor, type PersonRow, withPerson } from './people.access.ts';
import { fullName } from './people.models.ts';
import { subjectAccessSections } from './people.subject-access.registry.ts';

/** What a section holds: plain JSON, so the same object is the JSON download and the PDF's source. */
export type SubjectAccessValue = string | number | boolean | null | SubjectAccessValue[] | { [key: string]: SubjectAccessValue };
export type SubjectAccessRow = Record<string, SubjectAccessValue>;

/** Lookups every section needs, cached for one production (a person's rows name the same few users and units). */
export type SectionContext = {
  tx: Executor;
  person: PersonRow;
  /** "Display name (username)", or null for no user. */
  userName: (id: string | null) => Promise<string | null>;
  unitName: (id: string | null) => Promise<LocalisedName | null>;
};

/**
 * One source of data about a person. Adding a module to the subject access export is adding one of these to
 * `SUBJECT_ACCESS_SECTIONS` (another module registers it with `registerSubjectAccessSection`): its rows (read in the
 * production's transaction) and how the PDF shows them.
 */
export type SectionBuilder = {
  /** Stable key of the section in the JSON. */
  key: string;
  title: MessageKey;
  /** `record`: one row of label/value lines; `entries`: each row as a numbered block; `table`: columns. */
  layout: 'record' | 'entries' | 'table';
  /** For `table`: the columns shown in the PDF and their relative widths (the JSON keeps every field). */
  columns?: { field: string; width: number }[];
  /** Coded values (statuses, kinds…) shown in the PDF by their label in the chosen language. */
  codes?: Record<string, (code: string) => MessageKey>;
  rows: (context: SectionContext) => Promise<SubjectAccessRow[]>;
};

export const SUBJECT_ACCESS_FORMATS = ['pdf', 'json'] as const;
export const SUBJECT_ACCESS_LANGUAGES = ['ky', 'ru'] as const;
export type SubjectAccessFormat = (typeof SUBJECT_ACCESS_FORMATS)[number];
export type SubjectAccessLanguage = (typeof SUBJECT_ACCESS_LANGUAGES)[number];

export type SubjectAccessExport = {
  kind: 'kadam.subject_access';
  version: 1;
  person: { id: string; name: string; pin: string | null };
  /** The law gives one week to answer: the due date is the day received plus seven days. */
  request: { receivedOn: string; dueOn: string };
  produced: {
    at: string;
    by: { username: string; displayName: string };
    format: SubjectAccessFormat;
    language: SubjectAccessLanguage | null;
  };
  /** Keyed by `SectionBuilder.key`: an object for a `record` section, a list for the others. */
  sections: Record<string, SubjectAccessRow | SubjectAccessRow[]>;
};

/** `yyyy-mm-dd` plus seven calendar days. */
export function subjectAccessDueOn(receivedOn: string): string {
  const day = new Date(`${receivedOn}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 7);
  return day.toISOString().slice(0, 10);
}

/**
 * Produces everything Kadam holds about the person, audited as `person.subject_access` (format, language and
 * the dates) in the same transaction as the reads, so an export that was not audited never leaves.
 */
export function produceSubjectAccess(
  db: Database,
  actor: PeopleActor,
  input: { personId: string; format: SubjectAccessFormat; language: SubjectAccessLanguage | null; receivedOn: string },
): Promise<SubjectAccessExport> {
  const dueOn = subjectAccessDueOn(input.receivedOn);
  return withPerson(
    db,
    actor,
    {
      personId: input.personId,
      permission: 'people:subject_access',
      action: 'person.subject_access',
      details: { format: input.format, language: input.language, receivedOn: input.receivedOn, dueOn },
    },
    async (tx, person) => ({
      kind: 'kadam.subject_access',
      version: 1,
      person: { id: person.id, name: fullName(person), pin: person.pin },
      request: { receivedOn: input.receivedOn, dueOn },
      produced: {
        at: new Date().toISOString(),
        by: { username: actor.user.username, displayName: actor.user.displayName },
        format: input.format,
        language: input.language,
      },
      sections: await gatherSections(sectionContext(tx, person)),
    }),
  );
}

async function gatherSections(context: SectionContext): Promise<SubjectAccessExport['sections']> {
  const sections: SubjectAccessExport['sections'] = {};
  // One after another: the transaction has one connection.
  for (const section of subjectAccessSections()) {
    const rows = await section.rows(context);
    sections[section.key] = section.layout === 'record' ? (rows[0] ?? {}) : rows;
  }
  return sections;
}

function sectionContext(tx: Executor, person: PersonRow): SectionContext {
  const userCache = new Map<string, string | null>();
  const unitCache = new Map<string, LocalisedName | null>();
  return {
    tx,
    person,
    async userName(id) {
      if (!id) return null;
      if (!userCache.has(id)) {
        const [user] = await tx.select({ username: users.username, displayName: users.displayName }).from(users).where(eq(users.id, id));
        userCache.set(id, user ? `${user.displayName} (${user.username})` : id);
      }
      return userCache.get(id) ?? null;
    },
    async unitName(id) {
      if (!id) return null;
      if (!unitCache.has(id)) {
        const [unit] = await tx.select({ name: orgUnits.name }).from(orgUnits).where(eq(orgUnits.id, id));
        unitCache.set(id, unit?.name ?? null);
      }
      return unitCache.get(id) ?? null;
    },
  };
}
