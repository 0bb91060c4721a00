import { and, asc, eq } from 'drizzle-orm';
import { users } from '../../platform/auth/auth.tables.ts';
import type { Database, Executor } from '../../platform/db/pool.ts';
import { type PeopleActor, withPerson } from '../people/people.service.ts';
import { AssessmentRefused } from './assessments.errors.ts';
import { assessments } from './assessments.tables.ts';
import { type CHALLENGE_OUTCOMES, type CHALLENGE_SUBJECTS, challenges, classifications } from './classification.tables.ts';

type Subject = (typeof CHALLENGE_SUBJECTS)[number];
type Outcome = (typeof CHALLENGE_OUTCOMES)[number];
export type ChallengeRow = typeof challenges.$inferSelect & { recordedByName: string };

/** Who answers a challenge: a reviewer for an assessment, the committee for a classification. */
const RESPONDER = { assessment: 'assessments:review', classification: 'classification:decide' } as const;
const tableOf = { assessment: assessments, classification: classifications } as const;

async function subjectOfPerson(tx: Executor, subject: Subject, subjectId: string, personId: string) {
  const table = tableOf[subject];
  const [row] = await tx
    .select({ id: table.id })
    .from(table)
    .where(and(eq(table.id, subjectId), eq(table.personId, personId)));
  if (!row) throw new AssessmentRefused('not_found', 404);
}

/**
 * Records the person's challenge to an assessment or classification, in their words (the right to be heard).
 * Anyone who works on the person's assessments may write it down for them.
 */
export async function recordChallenge(
  db: Database,
  actor: PeopleActor,
  personId: string,
  input: { subject: Subject; subjectId: string; receivedOn: string; grounds: string },
): Promise<string> {
  return withPerson(
    db,
    actor,
    { personId, permission: 'assessments:conduct', action: `${input.subject}.challenge.record`, details: { id: input.subjectId } },
    async (tx, person) => {
      await subjectOfPerson(tx, input.subject, input.subjectId, person.id);
      const [row] = await tx
        .insert(challenges)
        .values({ ...input, subjectType: input.subject, personId: person.id, recordedBy: actor.user.id })
        .returning({ id: challenges.id });
      return row!.id;
    },
  );
}

/** The response and outcome, by a reviewer (assessment) or a committee member (classification); stale refused. */
export async function respondToChallenge(
  db: Database,
  actor: PeopleActor,
  personId: string,
  challengeId: string,
  input: { response: string; outcome: Outcome; rowVersion: number },
): Promise<void> {
  const [challenge] = await db.select().from(challenges).where(eq(challenges.id, challengeId));
  if (!challenge || challenge.personId !== personId) throw new AssessmentRefused('not_found', 404);
  if (input.response.trim() === '') throw new AssessmentRefused('comment_required', 400);
  await withPerson(
    db,
    actor,
    {
      personId,
      permission: RESPONDER[challenge.subjectType],
      action: `${challenge.subjectType}.challenge.respond`,
      details: { challenge: challengeId, outcome: input.outcome },
    },
    async (tx) => {
      const updated = await tx
        .update(challenges)
        .set({
          response: input.response,
          outcome: input.outcome,
          respondedBy: actor.user.id,
          respondedAt: new Date(),
          rowVersion: input.rowVersion + 1,
        })
        .where(and(eq(challenges.id, challengeId), eq(challenges.rowVersion, input.rowVersion)))
        .returning({ id: challenges.id });
      if (updated.length === 0) throw new AssessmentRefused('stale', 409);
    },
  );
}

/** The challenges to one decision, oldest first: shown to everyone who sees the decision. */
export async function challengesOf(tx: Executor, subject: Subject, subjectId: string): Promise<ChallengeRow[]> {
  const rows = await tx
    .select({ challenge: challenges, recordedByName: users.displayName })
    .from(challenges)
    .innerJoin(users, eq(users.id, challenges.recordedBy))
    .where(and(eq(challenges.subjectType, subject), eq(challenges.subjectId, subjectId)))
    .orderBy(asc(challenges.recordedAt));
  return rows.map((row) => ({ ...row.challenge, recordedByName: row.recordedByName }));
}
