import { inArray } from 'drizzle-orm';
import { users } from '../../platform/auth/auth.tables.ts';
import type { Database, Executor } from '../../platform/db/pool.ts';
import { type PeopleActor, type PersonRow, withPerson } from '../people/people.service.ts';
import { AssessmentRefused } from './assessments.errors.ts';
import { assessmentOf, type AssessmentWithInstrument, stepsOf } from './assessments.repository.ts';
import { type ChallengeRow, challengesOf } from './challenges.ts';
import { type ClassificationRow, classificationsOf } from './classification.decisions.ts';

export type DocumentLanguage = 'ky' | 'ru';
export type Produced = { at: Date; by: string };
type Names = Map<string, string>;

export type AssessmentDocument = {
  person: PersonRow;
  assessment: AssessmentWithInstrument;
  steps: Awaited<ReturnType<typeof stepsOf>>;
  challenges: ChallengeRow[];
  names: Names;
  produced: Produced;
};

export type ClassificationDocument = {
  person: PersonRow;
  classification: ClassificationRow;
  basis: AssessmentWithInstrument[];
  challenges: ChallengeRow[];
  names: Names;
  produced: Produced;
};

/** The display names of the staff a document names (assessor, reviewer, decider, who answered a challenge). */
async function namesOf(tx: Executor, ids: readonly (string | null)[]): Promise<Names> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map();
  const rows = await tx.select({ id: users.id, name: users.displayName }).from(users).where(inArray(users.id, wanted));
  return new Map(rows.map((row) => [row.id, row.name]));
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const producedBy = (actor: PeopleActor): Produced => ({ at: new Date(), by: `${actor.user.displayName} (${actor.user.username})` });

/**
 * Everything the assessment document shows, read through `withPerson`: scoped (another unit's person answers
 * 404), and audited as `assessment.document` with the language, so a printed copy is accounted for.
 */
export async function assessmentDocument(
  db: Database,
  actor: PeopleActor,
  personId: string,
  assessmentId: string,
  language: DocumentLanguage,
): Promise<AssessmentDocument> {
  const details = { resource: 'assessment', id: assessmentId, language };
  return withPerson(db, actor, { personId, permission: 'assessments:read', action: 'assessment.document', details }, async (tx, person) => {
    const assessment = UUID.test(assessmentId) ? await assessmentOf(tx, person.id, assessmentId) : undefined;
    if (!assessment) throw new AssessmentRefused('not_found', 404);
    const challenges = await challengesOf(tx, 'assessment', assessment.id);
    const names = await namesOf(tx, [assessment.assessorId, assessment.reviewerId, ...challenges.map((entry) => entry.respondedBy)]);
    return { person, assessment, steps: await stepsOf(tx, assessment.id), challenges, names, produced: producedBy(actor) };
  });
}

/** Everything the classification decision document shows, read and audited as `classification.document`. */
export async function classificationDocument(
  db: Database,
  actor: PeopleActor,
  personId: string,
  classificationId: string,
  language: DocumentLanguage,
): Promise<ClassificationDocument> {
  const details = { resource: 'classification', id: classificationId, language };
  return withPerson(
    db,
    actor,
    { personId, permission: 'assessments:read', action: 'classification.document', details },
    async (tx, person) => {
      const classification = (await classificationsOf(tx, person.id)).find((entry) => entry.id === classificationId);
      if (!classification) throw new AssessmentRefused('not_found', 404);
      const basis: AssessmentWithInstrument[] = [];
      for (const id of classification.basisAssessmentIds) {
        const assessment = await assessmentOf(tx, person.id, id);
        if (assessment) basis.push(assessment);
      }
      const challenges = await challengesOf(tx, 'classification', classification.id);
      const names = await namesOf(tx, [
        classification.proposedBy,
        classification.decidedBy,
        ...challenges.map((entry) => entry.respondedBy),
      ]);
      return { person, classification, basis, challenges, names, produced: producedBy(actor) };
    },
  );
}
