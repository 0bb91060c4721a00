import { z } from 'zod';
import { CONFIDENCE_LEVELS, EVIDENCE_SOURCES, RISK_LEVELS } from './instruments/instrument.definition.ts';

/**
 * What an assessor has written into an assessment so far, as saved with every (auto)save of a draft. A draft
 * may be incomplete; `assessments.completeness.ts` says what is still missing before it can be submitted.
 */
export const indicatorAnswer = z
  .object({
    rating: z.string().max(16).optional(),
    evidence: z.string().max(8000).optional(),
    sources: z.array(z.enum(EVIDENCE_SOURCES)).optional(),
    confidence: z.enum(CONFIDENCE_LEVELS).optional(),
  })
  .strict();

export const assessmentAnswers = z
  .object({
    ratings: z.record(z.string(), indicatorAnswer).default({}),
    freeText: z.record(z.string(), z.string().max(8000)).default({}),
    judgements: z.record(z.string(), z.enum(RISK_LEVELS)).default({}),
    /** How the factors fit together for this person, in the assessor's words. */
    formulation: z.string().max(20000).optional(),
    /** The person's own view of the assessment, in their words (the right to be heard). */
    personView: z.string().max(8000).optional(),
    /** The assessor's overall professional judgement and its reasons. */
    overallReasons: z.string().max(8000).optional(),
  })
  .strict();

export type IndicatorAnswer = z.infer<typeof indicatorAnswer>;
export type AssessmentAnswers = z.infer<typeof assessmentAnswers>;

export const emptyAnswers = (): AssessmentAnswers => ({ ratings: {}, freeText: {}, judgements: {} });
