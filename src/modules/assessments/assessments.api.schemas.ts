import { z } from 'zod';
import { assessmentAnswers } from './assessments.answers.ts';
import { ASSESSMENT_REASONS, ASSESSMENT_STATUSES } from './assessments.tables.ts';
import { CLASSIFICATION_CATEGORIES, CLASSIFICATION_STATUSES, PLACEMENT_OPTIONS } from './classification.tables.ts';
import { INSTRUMENT_KINDS, RISK_LEVELS, SUPERVISION_INTENSITIES } from './instruments/instrument.definition.ts';

const localised = z.object({ ky: z.string(), ru: z.string(), en: z.string() });
const level = z.enum(RISK_LEVELS);

export const instrumentDto = z.object({
  code: z.string(),
  kind: z.enum(INSTRUMENT_KINDS),
  name: localised,
  currentVersion: z.number().int().nullable(),
});

export const instrumentVersionDto = z.object({
  code: z.string(),
  version: z.number().int(),
  status: z.enum(['draft', 'published', 'retired']),
  contentHash: z.string(),
  publishedAt: z.string().nullable(),
  definition: z.record(z.string(), z.unknown()),
});

export const assessmentDto = z.object({
  id: z.uuid(),
  personId: z.uuid(),
  instrument: z.object({ code: z.string(), version: z.number().int(), contentHash: z.string() }),
  status: z.enum(ASSESSMENT_STATUSES),
  reason: z.enum(ASSESSMENT_REASONS),
  answers: assessmentAnswers,
  reviewOutcome: z.enum(['approved', 'overridden']).nullable(),
  overrideJudgements: z.record(z.string(), z.string()).nullable(),
  overrideReason: z.string().nullable(),
  nextReviewDate: z.string().nullable(),
  correctsId: z.uuid().nullable(),
  supersededById: z.uuid().nullable(),
  version: z.number().int(),
});

export const newAssessment = z.object({ instrumentCode: z.string().max(32), reason: z.enum(ASSESSMENT_REASONS) }).strict();

export const reviewBody = z.discriminatedUnion('action', [
  z.object({ action: z.literal('approve'), comment: z.string().max(8000).optional() }).strict(),
  z.object({ action: z.literal('return'), comment: z.string().max(8000) }).strict(),
  z.object({ action: z.literal('override'), reason: z.string().max(8000), judgements: z.record(z.string(), level) }).strict(),
]);

export const classificationContent = z
  .object({
    category: z.enum(CLASSIFICATION_CATEGORIES),
    violence: level.nullable(),
    influence: level.nullable(),
    vulnerability: level.nullable(),
    reoffending: level.nullable(),
    placement: z.enum(PLACEMENT_OPTIONS).nullable(),
    intensity: z.enum(SUPERVISION_INTENSITIES).nullable(),
  })
  .strict();

export const classificationDto = z.object({
  id: z.uuid(),
  personId: z.uuid(),
  status: z.enum(CLASSIFICATION_STATUSES),
  proposal: classificationContent,
  decision: classificationContent.nullable(),
  decisionReason: z.string().nullable(),
  returnComment: z.string().nullable(),
  basisAssessmentIds: z.array(z.uuid()),
  proposedAt: z.string(),
  decidedAt: z.string().nullable(),
  nextReviewDate: z.string().nullable(),
  version: z.number().int(),
});

export const decisionBody = z.discriminatedUnion('action', [
  z.object({ action: z.literal('confirm') }).strict(),
  z.object({ action: z.literal('override'), decision: classificationContent, reason: z.string().max(8000) }).strict(),
  z.object({ action: z.literal('return'), comment: z.string().max(8000) }).strict(),
]);

export const personParams = z.object({ personId: z.uuid() });
export const assessmentParams = z.object({ personId: z.uuid(), assessmentId: z.uuid() });
export const classificationParams = z.object({ personId: z.uuid(), classificationId: z.uuid() });
export const ifMatchHeaders = z.object({ 'if-match': z.string().optional() });
