import { and, eq, sql } from 'drizzle-orm';
import { type AuditActor, recordAudit } from '../../platform/audit/audit.service.ts';
import type { Database, Executor } from '../../platform/db/pool.ts';
import type { PersonEvent } from '../../platform/events/person-events.ts';
import { type PeopleActor, withPerson } from '../people/people.service.ts';
import { PRE_RELEASE_WINDOW_MONTHS, preReleasePlanDue } from './release.due.ts';
import { ReleaseRefused } from './release.errors.ts';
import { custodyFactsOf, handoverOfPlan, openPlanOf } from './release.repository.ts';
import { PATHWAYS, type PLAN_TRIGGERS, releasePathways, releasePlans } from './release.tables.ts';

type Trigger = (typeof PLAN_TRIGGERS)[number];

/** Kadam itself, for the plans its daily pass opens: audited under this name, never as a person. */
export const RELEASE_PASS_ACTOR: AuditActor = {
  userId: null,
  username: 'kadam:release-pass',
  roles: null,
  unitId: null,
  requestId: null,
  sourceAddress: 'server',
};

/** Opens a plan with its six pathways, unless one is open already (the partial unique index decides). */
async function insertPlan(tx: Executor, input: { personId: string; releaseOn: string; trigger: Trigger; openedBy: string | null }) {
  const [plan] = await tx
    .insert(releasePlans)
    .values({ ...input, updatedBy: input.openedBy })
    .onConflictDoNothing()
    .returning({ id: releasePlans.id });
  if (!plan) return null;
  await tx.insert(releasePathways).values(PATHWAYS.map((pathway) => ({ planId: plan.id, pathway, updatedBy: input.openedBy })));
  return plan.id;
}

/** Opens the person's pre-release plan if it is due today; null when it is not due or one is open already. */
export async function openPlanIfDue(tx: Executor, personId: string, today: string, trigger: Trigger, openedBy: string | null) {
  const facts = await custodyFactsOf(tx, personId);
  const verdict = preReleasePlanDue({ releaseOn: facts.releaseOn, inCustody: facts.inCustody, today });
  if (!verdict.due || !facts.releaseOn) return null;
  return insertPlan(tx, { personId, releaseOn: facts.releaseOn, trigger, openedBy });
}

/**
 * A sentence change (a new case, a changed sentence or expected release date) may bring the release inside
 * the window: the plan opens in the same transaction as the change. An open plan whose route nobody has set
 * yet follows the new expected date; a route set by staff, or a handover already sent, is left as it is.
 */
export async function releaseOnPersonEvent(tx: Executor, event: PersonEvent): Promise<void> {
  if (event.kind === 'release') return closeOnRelease(tx, event);
  if (event.kind !== 'sentence_change') return;
  if (await openPlanIfDue(tx, event.personId, event.today, 'sentence_change', event.userId)) return;
  const plan = await openPlanOf(tx, event.personId, true);
  if (!plan || plan.releaseType !== null || (await handoverOfPlan(tx, plan.id))) return;
  const { releaseOn } = await custodyFactsOf(tx, event.personId);
  if (!releaseOn || releaseOn === plan.releaseOn) return;
  await tx
    .update(releasePlans)
    .set({ releaseOn, version: sql`${releasePlans.version} + 1`, updatedAt: new Date() })
    .where(eq(releasePlans.id, plan.id));
}

/**
 * A release closes the person's open pre-release plan in the same transaction: its work is done (or overtaken),
 * and the daily pass must not count it as preparing anyone. A handover already sent stays with the receiving
 * office, which still acknowledges it.
 */
async function closeOnRelease(tx: Executor, event: PersonEvent): Promise<void> {
  await tx
    .update(releasePlans)
    .set({
      status: 'closed',
      closedOn: event.today,
      closedBy: event.userId,
      updatedBy: event.userId,
      version: sql`${releasePlans.version} + 1`,
      updatedAt: new Date(),
    })
    .where(and(eq(releasePlans.personId, event.personId), eq(releasePlans.status, 'open')));
}

/**
 * The daily pass (and the one at start-up): everyone held whose expected release has come within the window
 * gets a plan. Candidates are found in one query, then each plan is opened and audited in its own transaction,
 * so one failure does not undo the others and a second server running the same pass opens nothing twice.
 */
export async function openDuePlans(db: Database, today: string): Promise<number> {
  // A few days' margin: the exact calendar-month rule is applied to each candidate by `preReleasePlanDue`.
  const candidates = await db.execute<{ id: string }>(sql`
    select p.id from people p join criminal_cases c on c.person_id = p.id
    where p.legal_status in ('convicted', 'remand') and p.merged_into_id is null
      and not exists (select 1 from release_plans r where r.person_id = p.id and r.status = 'open')
    group by p.id
    having max(c.expected_release_on) between ${today}::date
      and ${today}::date + ${sql.raw(`interval '${PRE_RELEASE_WINDOW_MONTHS} months 3 days'`)}`);
  let opened = 0;
  for (const { id } of candidates.rows) {
    const planId = await db.transaction(async (tx) => {
      const created = await openPlanIfDue(tx, id, today, 'window', null);
      if (created)
        await recordAudit(tx, RELEASE_PASS_ACTOR, {
          action: 'release.plan.open',
          resourceType: 'release_plan',
          resourceId: created,
          personId: id,
          details: { trigger: 'window' },
        });
      return created;
    });
    if (planId) opened += 1;
  }
  return opened;
}

/**
 * Staff may open a plan by hand for someone still held with a known release date — early, if they judge it
 * useful — but not for someone released or without a date, and not a second one.
 */
export async function openPlanByHand(db: Database, actor: PeopleActor, personId: string, today: string): Promise<string> {
  return withPerson(
    db,
    actor,
    { personId, permission: 'release:prepare', action: 'release.plan.open', forUpdate: true, details: { trigger: 'manual' } },
    async (tx, person) => {
      if (await openPlanOf(tx, person.id)) throw new ReleaseRefused('plan_exists', 409);
      const facts = await custodyFactsOf(tx, person.id);
      const verdict = preReleasePlanDue({ releaseOn: facts.releaseOn, inCustody: facts.inCustody, today });
      if (!facts.releaseOn || (!verdict.due && verdict.reason !== 'before_window')) throw new ReleaseRefused('not_due', 400);
      const id = await insertPlan(tx, { personId: person.id, releaseOn: facts.releaseOn, trigger: 'manual', openedBy: actor.user.id });
      if (!id) throw new ReleaseRefused('plan_exists', 409);
      return id;
    },
  );
}
