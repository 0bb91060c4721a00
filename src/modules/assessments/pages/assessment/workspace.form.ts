import { type AssessmentAnswers, assessmentAnswers, type IndicatorAnswer } from '../../assessments.answers.ts';
import { CONFIDENCE_LEVELS, EVIDENCE_SOURCES, RISK_LEVELS } from '../../instruments/instrument.definition.ts';

/**
 * The workspace form, flat so that a plain form post, the autosave's urlencoded post and the error summary's
 * links all use the same names: `rating-S1`, `evidence-S1`, `sources-S1` (one per ticked box), `confidence-S1`,
 * `free-CONTEXT`, `judgement-VIOLENCE`, `formulation`, `personView`, `overallReasons`, and the hidden
 * `rowVersion`. The field ids are the ones `missingForSubmission` names, so each missing item links to its field.
 */

type Body = Record<string, unknown>;
const CODE = '([A-Z][A-Z0-9_]{0,31})';
const FIELD = new RegExp(`^(rating|evidence|sources|confidence|free|judgement)-${CODE}$`);

const values = (value: unknown): string[] =>
  (Array.isArray(value) ? value : [value]).filter((entry): entry is string => typeof entry === 'string');
const first = (value: unknown): string => values(value)[0] ?? '';
const oneOf = <T extends string>(list: readonly T[], value: string): T | undefined =>
  (list as readonly string[]).includes(value) ? (value as T) : undefined;
/** Blank text is not an answer; text that is there is kept exactly as typed. */
const text = (value: unknown): string | undefined => (first(value).trim() === '' ? undefined : first(value));

export type WorkspaceForm = { answers: AssessmentAnswers; rowVersion: number };
export type TooLong = { field: string; max: number };

/** The answers the form carries; anything not in the form's vocabulary is left out. */
export function answersFromBody(body: Body): AssessmentAnswers {
  const answers: AssessmentAnswers = { ratings: {}, freeText: {}, judgements: {} };
  const indicator = (code: string): IndicatorAnswer => (answers.ratings[code] ??= {});
  for (const [name, value] of Object.entries(body)) {
    const match = FIELD.exec(name);
    if (!match) continue;
    const [, kind, code] = match as unknown as [string, string, string];
    const single = first(value);
    if (kind === 'rating' && single !== '') indicator(code).rating = single;
    if (kind === 'evidence' && text(value) !== undefined) indicator(code).evidence = single;
    if (kind === 'sources') {
      const sources = values(value).flatMap((entry) => oneOf(EVIDENCE_SOURCES, entry) ?? []);
      if (sources.length > 0) indicator(code).sources = sources;
    }
    const confidence = kind === 'confidence' ? oneOf(CONFIDENCE_LEVELS, single) : undefined;
    if (confidence) indicator(code).confidence = confidence;
    if (kind === 'free' && text(value) !== undefined) answers.freeText[code] = single;
    const level = kind === 'judgement' ? oneOf(RISK_LEVELS, single) : undefined;
    if (level) answers.judgements[code] = level;
  }
  for (const key of ['formulation', 'personView', 'overallReasons'] as const) {
    const written = text(body[key]);
    if (written !== undefined) answers[key] = written;
  }
  return answers;
}

/** The row version the page was loaded with; anything else is version 0, which no saved row has (stale). */
export function rowVersionFromBody(body: Body): number {
  const version = Number(first(body.rowVersion));
  return Number.isSafeInteger(version) && version > 0 ? version : 0;
}

/** Texts longer than the saved answers allow, each named by its field id, so nothing is cut off silently. */
export function tooLongFields(answers: AssessmentAnswers): TooLong[] {
  const result = assessmentAnswers.safeParse(answers);
  if (result.success) return [];
  return result.error.issues.flatMap((issue) => {
    if (issue.code !== 'too_big') return [];
    const [group, code, part] = issue.path.map(String);
    const field =
      group === 'ratings' ? `${part === 'rating' ? 'rating' : 'evidence'}-${code}` : group === 'freeText' ? `free-${code}` : group!;
    return [{ field, max: Number(issue.maximum) }];
  });
}

export function workspaceFormFromBody(body: Body): WorkspaceForm {
  return { answers: answersFromBody(body), rowVersion: rowVersionFromBody(body) };
}
