import type { AssessmentAnswers } from '../../src/modules/assessments/assessments.answers.ts';
import type { InstrumentDefinition } from '../../src/modules/assessments/instruments/instrument.definition.ts';

/**
 * A complete set of answers for an instrument, as a careful assessor would leave it: every indicator rated on
 * its scale's first level with evidence and a source, every free-text item and judgement filled in.
 */
export function completeAnswers(definition: InstrumentDefinition, judgements: Record<string, string> = {}): AssessmentAnswers {
  const scales = new Map(definition.scales.map((scale) => [scale.code, scale.levels.map((level) => level.value)]));
  const answers: AssessmentAnswers = { ratings: {}, freeText: {}, judgements: {} };
  for (const section of definition.sections) {
    for (const indicator of section.indicators)
      answers.ratings[indicator.code] = {
        rating: scales.get(indicator.scale)![0]!,
        evidence: `Interview notes for ${indicator.code}`,
        sources: [indicator.evidenceSources[0]!],
        confidence: 'medium',
      };
    for (const item of section.freeText) answers.freeText[item.code] = `Notes for ${item.code}`;
  }
  for (const judgement of definition.outcome.judgements)
    answers.judgements[judgement.code] = (judgements[judgement.code] ?? judgement.levels[0]) as AssessmentAnswers['judgements'][string];
  return {
    ...answers,
    formulation: 'How the factors fit together for this person.',
    personView: 'Agrees in part.',
    overallReasons: 'Reasons for the judgement.',
  };
}
