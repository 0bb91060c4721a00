import { and, eq, or, sql } from 'drizzle-orm';
import { RecordNotFound } from '../../platform/access/access.errors.ts';
import { authorise } from '../../platform/access/authorise.ts';
import type { SessionUser } from '../../platform/auth/sessions.ts';
import type { Database, Executor } from '../../platform/db/pool.ts';
import { AppError, conflict } from '../../platform/http/errors.ts';
import { type PeopleActor, personRecord, withPerson } from './people.access.ts';
import { fullName, latinName } from './people.models.ts';
import { unitInScope } from './people.scope.ts';
import { searchTextFor } from './people.service.ts';
import {
  criminalCases,
  custodyEvents,
  identityDocuments,
  people,
  personAlerts,
  personAliases,
  personContacts,
  personMerges,
  pinChanges,
  probationEpisodes,
} from './people.tables.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The other record of a proposal, named by its id or its PIN, if the user may see it; null otherwise. */
export async function findMergeCandidate(db: Executor, actor: PeopleActor, reference: string) {
  const text = reference.trim();
  const key = UUID.test(text) ? eq(people.id, text) : /^\d{14}$/.test(text) ? eq(people.pin, text) : undefined;
  if (!key) return null;
  const [row] = await db
    .select()
    .from(people)
    .where(and(key, sql`${people.mergedIntoId} is null`));
  if (!row || !(await unitInScope(db, actor.user, 'people:merge', row.unitId))) return null;
  return row;
}

/** Proposes merging `mergedId` into `survivorId`; a manager other than the proposer decides. */
export async function proposeMerge(db: Database, actor: PeopleActor, data: { survivorId: string; mergedId: string; reason: string }) {
  return withPerson(
    db,
    actor,
    {
      personId: data.survivorId,
      permission: 'people:merge',
      action: 'person.merge_propose',
      reason: data.reason,
      details: { mergedId: data.mergedId },
    },
    async (tx, survivor) => {
      if (survivor.mergedIntoId) throw conflict('people.merged');
      const pending = await tx
        .select({ id: personMerges.id })
        .from(personMerges)
        .where(
          and(
            eq(personMerges.status, 'proposed'),
            or(
              and(eq(personMerges.survivorId, survivor.id), eq(personMerges.mergedId, data.mergedId)),
              and(eq(personMerges.survivorId, data.mergedId), eq(personMerges.mergedId, survivor.id)),
            ),
          ),
        );
      if (pending.length > 0) throw conflict('people.merge_pending');
      const [row] = await tx
        .insert(personMerges)
        .values({ survivorId: survivor.id, mergedId: data.mergedId, reason: data.reason, proposedBy: actor.user.id })
        .returning({ id: personMerges.id });
      return row!.id;
    },
  );
}

export type MergeProposal = {
  id: string;
  survivorId: string;
  survivorName: string;
  survivorBorn: string;
  survivorPin: string | null;
  mergedId: string;
  mergedName: string;
  mergedBorn: string;
  mergedPin: string | null;
  reason: string;
  proposedBy: string | null;
  proposedByName: string | null;
  proposedAt: Date;
};

/** Proposals waiting for a decision whose two records are both in the user's scope. */
export async function pendingMerges(db: Executor, actor: PeopleActor): Promise<MergeProposal[]> {
  const rows = await db.execute<MergeProposal & { survivorUnit: string; mergedUnit: string }>(sql`
    select m.id, m.reason, m.proposed_by as "proposedBy", u.display_name as "proposedByName", m.proposed_at as "proposedAt",
           s.id as "survivorId", concat_ws(' ', s.family_name, s.given_name, s.patronymic) as "survivorName",
           to_char(s.date_of_birth, 'YYYY-MM-DD') as "survivorBorn", s.pin as "survivorPin", s.unit_id as "survivorUnit",
           d.id as "mergedId", concat_ws(' ', d.family_name, d.given_name, d.patronymic) as "mergedName",
           to_char(d.date_of_birth, 'YYYY-MM-DD') as "mergedBorn", d.pin as "mergedPin", d.unit_id as "mergedUnit"
    from person_merges m
    join people s on s.id = m.survivor_id join people d on d.id = m.merged_id
    left join users u on u.id = m.proposed_by
    where m.status = 'proposed' order by m.proposed_at limit 200`);
  const visible: MergeProposal[] = [];
  for (const { survivorUnit, mergedUnit, ...row } of rows.rows) {
    const both =
      (await unitInScope(db, actor.user, 'people:merge_approve', survivorUnit)) &&
      (await unitInScope(db, actor.user, 'people:merge_approve', mergedUnit));
    if (both) visible.push(row);
  }
  return visible;
}

const sameProposer = () => new AppError('people.merge_same_user', 403, 'people.record.merge.error.sameUser');

/**
 * Approves or rejects a proposal. Approval joins the two records in one transaction: every child row moves to
 * the survivor, the merged record's names become its previous names, and the merged record points at it.
 */
export async function decideMerge(db: Database, actor: PeopleActor, data: { mergeId: string; approve: boolean; note: string | null }) {
  const [proposal] = UUID.test(data.mergeId) ? await db.select().from(personMerges).where(eq(personMerges.id, data.mergeId)) : [];
  if (!proposal) throw new AppError('people.merge_not_found', 404, 'error.notFound.title');
  const details = {
    mergeId: proposal.id,
    survivorId: proposal.survivorId,
    mergedId: proposal.mergedId,
    decision: data.approve ? 'approved' : 'rejected',
  };
  const action = data.approve ? 'person.merge' : 'person.merge_reject';
  await withPerson(
    db,
    actor,
    { personId: proposal.survivorId, permission: 'people:merge_approve', action, details, reason: data.note ?? undefined, forUpdate: true },
    async (tx, survivor) => {
      const [merged] = await tx.select().from(people).where(eq(people.id, proposal.mergedId)).for('update');
      if (!merged) throw new AppError('people.merge_not_found', 404, 'error.notFound.title');
      // The same door for the second record: its scope is checked, and its own history shows the merge too.
      await authorise(tx, {
        actor: actor.user,
        audit: actor.audit,
        permission: 'people:merge_approve',
        action,
        record: { ...personRecord(merged.id), unitId: merged.unitId, personId: merged.id },
        details,
        reason: data.note,
      });
      const [current] = await tx.select().from(personMerges).where(eq(personMerges.id, proposal.id)).for('update');
      if (current?.status !== 'proposed') throw conflict('people.merge_decided');
      if (current.proposedBy === actor.user.id) throw sameProposer();
      if (data.approve) {
        if (survivor.mergedIntoId || merged.mergedIntoId) throw conflict('people.merged');
        await joinRecords(tx, survivor.id, merged);
      }
      await tx
        .update(personMerges)
        .set({ status: data.approve ? 'approved' : 'rejected', decidedBy: actor.user.id, decidedAt: new Date(), decisionNote: data.note })
        .where(eq(personMerges.id, proposal.id));
    },
  );
}

async function joinRecords(tx: Executor, survivorId: string, merged: typeof people.$inferSelect) {
  for (const table of [
    personAliases,
    personContacts,
    pinChanges,
    identityDocuments,
    criminalCases,
    custodyEvents,
    probationEpisodes,
    personAlerts,
  ])
    await tx.update(table).set({ personId: survivorId }).where(eq(table.personId, merged.id));
  await tx.update(personAlerts).set({ relatedPersonId: survivorId }).where(eq(personAlerts.relatedPersonId, merged.id));
  const names = [fullName(merged), latinName(merged)].filter((name): name is string => Boolean(name));
  await tx.insert(personAliases).values(names.map((name) => ({ personId: survivorId, kind: 'previous_name' as const, name })));
  // Records merged into the merged one earlier now lead straight to the survivor.
  await tx.update(people).set({ mergedIntoId: survivorId }).where(eq(people.mergedIntoId, merged.id));
  await tx
    .update(people)
    .set({ mergedIntoId: survivorId, version: merged.version + 1, updatedAt: new Date() })
    .where(eq(people.id, merged.id));
  const [survivor] = await tx.select().from(people).where(eq(people.id, survivorId));
  const aliases = await tx.select({ name: personAliases.name }).from(personAliases).where(eq(personAliases.personId, survivorId));
  await tx
    .update(people)
    .set({
      searchText: searchTextFor(
        survivor!,
        aliases.map((alias) => alias.name),
      ),
      version: survivor!.version + 1,
      updatedAt: new Date(),
    })
    .where(eq(people.id, survivorId));
}

/** Where a merged record's pages lead: the record it was merged into (null for a record that was not merged). */
export async function survivorOf(db: Executor, personId: string): Promise<string | null> {
  if (!UUID.test(personId)) return null;
  const [row] = await db.select({ mergedIntoId: people.mergedIntoId }).from(people).where(eq(people.id, personId));
  return row?.mergedIntoId ?? null;
}

/** The redirect never reveals where a record outside the user's units went: that is the 404 of a record they may not see. */
export async function ensureSurvivorInScope(db: Executor, user: SessionUser, mergedId: string, survivorId: string): Promise<void> {
  const [row] = await db.select({ unitId: people.unitId }).from(people).where(eq(people.id, survivorId));
  if (!row || !(await unitInScope(db, user, 'people:read', row.unitId))) throw new RecordNotFound(personRecord(mergedId));
}
