import type { AssessmentAnswers } from './assessments.answers.ts';
import type { InstrumentDefinition } from './instruments/instrument.definition.ts';

/**
 * What still blocks submitting an assessment. A draft may be saved incomplete at any time; it can be
 * submitted for review only when every required indicator is rated on its scale and evidenced with at least
 * one source, the required items and judgements are written, and the overall judgement has its reasons.
 * Each entry names the form field (its id on the page), so the error summary can link to it.
 */

export type MissingProblem = 'rating' | 'evidence' | 'sources' | 'text' | 'judgement' | 'formulation' | 'reasons';
export type Missing = { field: string; problem: MissingProblem; code?: string };

type Needed = Pick<InstrumentDefinition, 'scales' | 'sections' | 'outcome'>;

const blank = (text: string | undefined): boolean => (text ?? '').trim() === '';

export function missingForSubmission(definition: Needed, answers: AssessmentAnswers): Missing[] {
  const missing: Missing[] = [];
  const levelsOfScale = new Map(definition.scales.map((scale) => [scale.code, scale.levels.map((level) => level.value)]));

  for (const section of definition.sections) {
    for (const indicator of section.indicators.filter((item) => item.required)) {
      const { code } = indicator;
      const answer = answers.ratings[code] ?? {};
      // A rating the scale does not have (say, from an older draft) is as good as none.
      const levels = levelsOfScale.get(indicator.scale) ?? [];
      if (answer.rating === undefined || !levels.includes(answer.rating))
        missing.push({ field: `rating-${code}`, problem: 'rating', code });
      if (blank(answer.evidence)) missing.push({ field: `evidence-${code}`, problem: 'evidence', code });
      if ((answer.sources ?? []).length === 0) missing.push({ field: `sources-${code}`, problem: 'sources', code });
    }
    for (const item of section.freeText.filter((entry) => entry.required)) {
      if (blank(answers.freeText[item.code])) missing.push({ field: `free-${item.code}`, problem: 'text', code: item.code });
    }
  }

  for (const judgement of definition.outcome.judgements.filter((entry) => entry.required)) {
    const level = answers.judgements[judgement.code];
    if (level === undefined || !judgement.levels.includes(level)) {
      missing.push({ field: `judgement-${judgement.code}`, problem: 'judgement', code: judgement.code });
    }
  }
  if (definition.outcome.formulationRequired && blank(answers.formulation)) missing.push({ field: 'formulation', problem: 'formulation' });
  if (blank(answers.overallReasons)) missing.push({ field: 'overallReasons', problem: 'reasons' });
  return missing;
}

/**
 * Answers to indicators, items or judgements the instrument version does not have. The workspace form only
 * sends the version's own codes, so these come from a tampered or misdirected request; saving them would put
 * into the record answers that no page shows and no rule reads.
 */
export function unknownAnswerCodes(definition: Needed, answers: AssessmentAnswers): string[] {
  const indicators = new Set(definition.sections.flatMap((section) => section.indicators.map((item) => item.code)));
  const items = new Set(definition.sections.flatMap((section) => section.freeText.map((item) => item.code)));
  const judgements = new Set(definition.outcome.judgements.map((judgement) => judgement.code));
  return [
    ...Object.keys(answers.ratings).filter((code) => !indicators.has(code)),
    ...Object.keys(answers.freeText).filter((code) => !items.has(code)),
    ...Object.keys(answers.judgements).filter((code) => !judgements.has(code)),
  ];
}
