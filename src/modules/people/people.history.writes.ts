import { randomUUID } from 'node:crypto';
import { eq, inArray, sql } from 'drizzle-orm';
import { fieldChanges } from '../../platform/audit/audit.service.ts';
import type { FieldChange } from '../../platform/audit/audit.tables.ts';
import { GLOBAL_SCOPE_ROLES } from '../../platform/auth/roles.ts';
import type { Database, Executor } from '../../platform/db/pool.ts';
import { emitPersonEvent } from '../../platform/events/person-events.ts';
import { conflict } from '../../platform/http/errors.ts';
import type { MessageKey } from '../../platform/i18n/catalog.ts';
import { type PeopleActor, type PersonRow, withPerson } from './people.access.ts';
import { currentStatus, type Episode, type HistoryRuleError, type Movement } from './people.history.models.ts';
import { episodesOf, movementsOf } from './people.history.queries.ts';
import { todayInBishkek } from './people.models.ts';
import { unitInScope } from './people.scope.ts';
import { criminalCodeArticles, people } from './people.tables.ts';

/** One field's problem: the message key and its parameters; the page adds the field's label. */
export type FieldProblem = { field: string; key: MessageKey; params?: Record<string, string> };

/** A history change that breaks a rule: nothing was saved, and each problem names its field. */
export class HistoryRefused extends Error {
  override name = 'HistoryRefused';
  constructor(readonly problems: FieldProblem[]) {
    super('people.history.refused');
  }
}

export const ruleProblem = (error: HistoryRuleError): FieldProblem => ({ field: error.field, key: `history.error.${error.key}` });

/** What a change will do, worked out from the history as it stands; `apply` then writes it. */
export type Prepared = {
  problems: FieldProblem[];
  changes: FieldChange[];
  details: Record<string, unknown>;
  /** The history after the change, from which the person's status and unit are derived. */
  after: { movements: Movement[]; episodes: Episode[] };
  apply: (tx: Executor) => Promise<void>;
};
export type Prepare = (db: Executor, person: PersonRow, today: string) => Promise<Prepared>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const stable = (changes: FieldChange[]) => JSON.stringify(changes);

/** The person's history as it stands, for a change to be checked against. */
export async function historyState(db: Executor, personId: string) {
  // One after the other: inside a transaction both would share one connection.
  return { movements: await movementsOf(db, personId), episodes: await episodesOf(db, personId) };
}

/**
 * Every history change: worked out once before the locked transaction (so the one audit event written by
 * `withPerson` carries the field changes, the person's new status and unit included), then again inside it.
 * If the two differ, someone changed the history in between: 409, nothing saved. A broken rule throws
 * HistoryRefused, which rolls the audit event back with the rest.
 */
export async function changeHistory(db: Database, actor: PeopleActor, personId: string, action: string, prepare: Prepare) {
  const today = todayInBishkek();
  const [person] = UUID.test(personId) ? await db.select().from(people).where(eq(people.id, personId)) : [];
  // A preview that fails (an unknown case, a stale version) fails again inside, after authorisation.
  const preview = person
    ? await prepare(db, person, today)
        .then(withStatus(person, today))
        .catch(() => null)
    : null;
  const result = await withPerson(
    db,
    actor,
    { personId, permission: 'people:edit', action, forUpdate: true, details: preview?.details, changes: () => preview?.changes ?? [] },
    async (tx, locked) => {
      const prepared = await prepare(tx, locked, today).then(withStatus(locked, today));
      if (prepared.problems.length > 0) throw new HistoryRefused(prepared.problems);
      if (!preview || stable(prepared.changes) !== stable(preview.changes)) throw conflict('people.history.changed_meanwhile');
      await prepared.apply(tx);
      const event = personEventOf(action, prepared.changes);
      if (event) await emitPersonEvent(tx, { kind: event, personId: locked.id, userId: actor.user.id, today });
      return { unitId: prepared.unitId, unitChanged: prepared.unitId !== locked.unitId };
    },
  );
  return { ...result, visible: await stillVisible(db, actor, result.unitId) };
}

/** A transfer, or a case whose sentence or release date changed, is a change of circumstances others act on. */
export function personEventOf(action: string, changes: readonly FieldChange[]): 'transfer' | 'sentence_change' | 'release' | null {
  if (action === 'person.custody.transfer') return 'transfer';
  if (action === 'person.custody.release') return 'release';
  const sentenceFields = /^(sentence|expectedRelease)/;
  if (action.startsWith('person.case.') && changes.some((change) => sentenceFields.test(change.field) && change.to !== null))
    return 'sentence_change';
  return null;
}

/** Adds the derived status and unit to a prepared change: to its audited changes and to what it writes. */
function withStatus(person: PersonRow, today: string) {
  return (prepared: Prepared) => {
    const derived = currentStatus(prepared.after.movements, prepared.after.episodes, today);
    const next = { legalStatus: derived?.legalStatus ?? person.legalStatus, unitId: derived?.unitId ?? person.unitId };
    const statusChanges = fieldChanges({ legalStatus: person.legalStatus, unitId: person.unitId }, next);
    return {
      ...prepared,
      unitId: next.unitId,
      changes: [...prepared.changes, ...statusChanges],
      apply: async (tx: Executor) => {
        await prepared.apply(tx);
        if (statusChanges.length === 0) return;
        await tx
          .update(people)
          .set({ ...next, version: sql`${people.version} + 1`, updatedAt: sql`now()` })
          .where(eq(people.id, person.id));
      },
    };
  };
}

/** After a transfer the person may have left the user's units: then the page sends the user elsewhere. */
async function stillVisible(db: Executor, actor: PeopleActor, unitId: string): Promise<boolean> {
  if (actor.user.roles.some((entry) => GLOBAL_SCOPE_ROLES.has(entry.role))) return true;
  return unitInScope(db, actor.user, 'people:read', unitId);
}

/** Article numbers typed that are not in the Criminal Code list. */
export async function unknownArticles(db: Executor, codes: readonly string[]): Promise<string[]> {
  if (codes.length === 0) return [];
  const known = await db
    .select({ code: criminalCodeArticles.code })
    .from(criminalCodeArticles)
    .where(inArray(criminalCodeArticles.code, [...codes]));
  const found = new Set(known.map((row) => row.code));
  return codes.filter((code) => !found.has(code));
}

/** A fresh id for a record about to be created, shared by the preview and the write so both audit the same. */
export const newRecordId = () => randomUUID();
