import { and, desc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../platform/db/pool.ts';
import { approvedAssessmentsOf } from './assessments.repository.ts';
import { classifications, type ClassificationContent } from './classification.tables.ts';
import type { LocalisedText } from './instruments/instrument.definition.ts';

/**
 * What a plan is built from: the needs found in the person's approved assessments in force. A need is an
 * indicator of kind `need` (any instrument) or a `risk` indicator of the violent-extremism instrument — the
 * changeable factors interventions target — rated above the lowest level of its scale. Screening does not count:
 * it routes, it does not find needs. Ratings are never added up: each need stands on its own.
 */
export type PersonNeed = {
  assessmentId: string;
  instrumentCode: string;
  indicatorCode: string;
  kind: 'need' | 'risk';
  title: LocalisedText;
  rating: string;
  ratingLabel: LocalisedText;
  /** 1 for the first level above "none", up to `levelCount - 1`; lets a plan order the most pressing first. */
  level: number;
  levelCount: number;
};

export async function needsOfPerson(tx: Executor, personId: string): Promise<PersonNeed[]> {
  const inForce = await approvedAssessmentsOf(tx, personId, ['violent_extremism', 'general_rnr']);
  const needs: PersonNeed[] = [];
  for (const assessment of inForce.values()) {
    const definition = assessment.version.definition;
    const ratings = assessment.answers.ratings;
    for (const section of definition.sections)
      for (const indicator of section.indicators) {
        const targeted = indicator.kind === 'need' || (indicator.kind === 'risk' && definition.kind === 'violent_extremism');
        if (!targeted) continue;
        const scale = definition.scales.find((candidate) => candidate.code === indicator.scale);
        const rating = ratings[indicator.code]?.rating;
        const level = scale?.levels.findIndex((candidate) => candidate.value === rating) ?? -1;
        if (!scale || level < 1) continue;
        needs.push({
          assessmentId: assessment.id,
          instrumentCode: assessment.instrument.code,
          indicatorCode: indicator.code,
          kind: indicator.kind === 'need' ? 'need' : 'risk',
          title: indicator.title,
          rating: rating!,
          ratingLabel: scale.levels[level]!.label,
          level,
          levelCount: scale.levels.length,
        });
      }
  }
  return needs;
}

/** The approved assessments in force (one per instrument kind, screening included), newest first, for handovers. */
export async function assessmentsInForce(tx: Executor, personId: string) {
  const byKind = await approvedAssessmentsOf(tx, personId, ['screening', 'violent_extremism', 'general_rnr']);
  return [...byKind.values()].map((assessment) => ({
    id: assessment.id,
    instrumentCode: assessment.instrument.code,
    instrumentKind: assessment.instrument.kind,
    reviewedAt: assessment.reviewedAt,
    nextReviewDate: assessment.nextReviewDate,
  }));
}

/** The classification in force: the latest confirmed or overridden one, with what was decided. */
export async function classificationInForce(
  tx: Executor,
  personId: string,
): Promise<{ id: string; decidedAt: Date | null; decision: ClassificationContent; nextReviewDate: string | null } | undefined> {
  const [row] = await tx
    .select()
    .from(classifications)
    .where(and(eq(classifications.personId, personId), inArray(classifications.status, ['confirmed', 'overridden'])))
    .orderBy(desc(classifications.decidedAt))
    .limit(1);
  if (!row?.decision) return undefined;
  return { id: row.id, decidedAt: row.decidedAt, decision: row.decision, nextReviewDate: row.nextReviewDate };
}
