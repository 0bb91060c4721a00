import type { AssessmentAnswers } from '../assessments.answers.ts';
import type { AdvisoryRule, InstrumentDefinition, RuleCondition } from './instrument.definition.ts';

/**
 * The small evaluator for an instrument's advisory rules (for example screening routing). It reads only the
 * assessment's own ratings and judgements, never adds anything up, and its result is shown as advice: the
 * assessor and the reviewer decide.
 */

/** An indicator matches only when it has been rated one of the given levels; an unrated one never matches. */
function ratedOneOf(answers: AssessmentAnswers, indicatorCode: string, levels: string[]): boolean {
  const rating = answers.ratings[indicatorCode]?.rating;
  return rating !== undefined && levels.includes(rating);
}

export function evaluateCondition(condition: RuleCondition, answers: AssessmentAnswers): boolean {
  if ('rating' in condition) return ratedOneOf(answers, condition.rating, condition.in);
  if ('atLeast' in condition) {
    const matching = condition.of.filter((indicatorCode) => ratedOneOf(answers, indicatorCode, condition.in));
    return matching.length >= condition.atLeast;
  }
  if ('judgement' in condition) {
    const level = answers.judgements[condition.judgement];
    return level !== undefined && condition.in.includes(level);
  }
  if ('all' in condition) return condition.all.every((part) => evaluateCondition(part, answers));
  if ('any' in condition) return condition.any.some((part) => evaluateCondition(part, answers));
  return !evaluateCondition(condition.not, answers);
}

/** The first rule, in the instrument's order, whose condition holds; null when none does. */
export function adviceFor(definition: InstrumentDefinition, answers: AssessmentAnswers): AdvisoryRule | null {
  return definition.rules.find((rule) => evaluateCondition(rule.when, answers)) ?? null;
}
