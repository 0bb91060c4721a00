import { eq, sql } from 'drizzle-orm';
import type { Database } from '../../platform/db/pool.ts';
import { type PeopleActor, withPerson } from '../people/people.service.ts';
import { type AssessmentAnswers, emptyAnswers } from './assessments.answers.ts';
import { AssessmentRefused } from './assessments.errors.ts';
import { approvedAssessment, assessmentOf, recordStep, stepsOf } from './assessments.repository.ts';
import { type ASSESSMENT_REASONS, assessments } from './assessments.tables.ts';
import { missingForSubmission, unknownAnswerCodes } from './assessments.completeness.ts';
import { adviceFor } from './instruments/instrument.rules.ts';
import { currentVersion, instrumentByCode } from './instruments/instruments.repository.ts';

const assessmentRecord = (id: string) => ({ resource: 'assessment', id });

/**
 * Starts a draft assessment of the person with the current published version of the instrument. The draft is
 * the assessor's workspace until it is submitted; it keeps that version forever.
 */
export async function startAssessment(
  db: Database,
  actor: PeopleActor,
  personId: string,
  input: { instrumentCode: string; reason: (typeof ASSESSMENT_REASONS)[number] },
): Promise<string> {
  return withPerson(
    db,
    actor,
    {
      personId,
      permission: 'assessments:conduct',
      action: 'assessment.start',
      details: { instrument: input.instrumentCode, reason: input.reason },
    },
    async (tx, person) => {
      const instrument = await instrumentByCode(tx, input.instrumentCode);
      const version = instrument ? await currentVersion(tx, instrument.id) : undefined;
      if (!version) throw new AssessmentRefused('no_current_version', 400);
      const [row] = await tx
        .insert(assessments)
        .values({
          personId: person.id,
          instrumentVersionId: version.id,
          reason: input.reason,
          answers: emptyAnswers(),
          assessorId: actor.user.id,
          contributorIds: [actor.user.id],
        })
        .returning({ id: assessments.id });
      await recordStep(tx, { assessmentId: row!.id, action: 'start', toStatus: 'draft', actorId: actor.user.id });
      return row!.id;
    },
  );
}

/**
 * Everything the workspace shows: the assessment with its instrument version, the previous approved
 * assessment with the same instrument (ratings shown beside, changes highlighted), the workflow history, what
 * is still missing before submission, and the advice of the instrument's rules (advice, never the decision).
 */
export async function loadAssessment(db: Database, actor: PeopleActor, personId: string, assessmentId: string) {
  return withPerson(
    db,
    actor,
    { personId, permission: 'assessments:read', action: 'assessment.view', details: assessmentRecord(assessmentId) },
    async (tx, person) => {
      const assessment = await assessmentOf(tx, person.id, assessmentId);
      if (!assessment) throw new AssessmentRefused('not_found', 404);
      const previous = await approvedAssessment(tx, person.id, assessment.instrument.id, assessment.id);
      const definition = assessment.version.definition;
      return {
        person,
        assessment,
        previous: previous && previous.createdAt < assessment.createdAt ? previous : undefined,
        steps: await stepsOf(tx, assessment.id),
        missing: missingForSubmission(definition, assessment.answers),
        advice: adviceFor(definition, assessment.answers),
      };
    },
  );
}

/**
 * Saves the workspace (an autosave or the save button) as one write. `rowVersion` is the version the user's
 * page was loaded with: if someone saved in between, the save is refused as stale and nothing is overwritten.
 * Returns the new row version for the next save.
 */
export async function saveDraft(
  db: Database,
  actor: PeopleActor,
  personId: string,
  assessmentId: string,
  answers: AssessmentAnswers,
  rowVersion: number,
): Promise<number> {
  return withPerson(
    db,
    actor,
    { personId, permission: 'assessments:conduct', action: 'assessment.save', details: assessmentRecord(assessmentId) },
    async (tx, person) => {
      const assessment = await assessmentOf(tx, person.id, assessmentId, true);
      if (!assessment) throw new AssessmentRefused('not_found', 404);
      if (assessment.status !== 'draft' && assessment.status !== 'returned') throw new AssessmentRefused('wrong_status', 409);
      if (assessment.rowVersion !== rowVersion) throw new AssessmentRefused('stale', 409);
      if (unknownAnswerCodes(assessment.version.definition, answers).length > 0) throw new AssessmentRefused('unknown_answer', 400);
      const contributors = assessment.contributorIds.includes(actor.user.id)
        ? assessment.contributorIds
        : [...assessment.contributorIds, actor.user.id];
      await tx
        .update(assessments)
        .set({ answers, contributorIds: contributors, rowVersion: sql`${assessments.rowVersion} + 1`, updatedAt: sql`now()` })
        .where(eq(assessments.id, assessment.id));
      return rowVersion + 1;
    },
  );
}
