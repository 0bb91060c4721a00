import { describe, expect, it } from 'vitest';
import { messages } from '../../../messages.ts';
import { createI18n } from '../../../platform/i18n/translator.ts';
import type { InstrumentDefinition } from './instrument.definition.ts';
import { fixtureInstrument } from './instrument.fixture.ts';
import { DEFINITION_PROBLEM_CODES, definitionProblemMessage, validateDefinition, type DefinitionProblem } from './instrument.validation.ts';

/** The problems found in the small valid fixture after `change` has been made to it. */
function problemsAfter(change: (definition: InstrumentDefinition) => void): DefinitionProblem[] {
  const definition = fixtureInstrument();
  change(definition);
  const result = validateDefinition(definition);
  return 'problems' in result ? result.problems : [];
}

const firstIndicator = (definition: InstrumentDefinition) => definition.sections[0]!.indicators[0]!;

describe('validating an instrument definition', () => {
  it('accepts the small valid fixture and returns it parsed', () => {
    expect(validateDefinition(fixtureInstrument())).toEqual({ definition: fixtureInstrument() });
  });

  it('reports what does not fit the schema, with its path', () => {
    const problems = problemsAfter((definition) => {
      firstIndicator(definition).title.ky = '';
    });
    expect(problems).toEqual([
      { path: 'sections.0.indicators.0.title.ky', problem: 'schema', params: { detail: expect.any(String) as string } },
    ]);
    expect(validateDefinition('not an instrument')).toEqual({ problems: [expect.objectContaining({ path: '', problem: 'schema' })] });
  });

  it('refuses an indicator whose scale does not exist', () => {
    expect(problemsAfter((definition) => (firstIndicator(definition).scale = 'FIVE_POINT'))).toEqual([
      { path: 'sections.0.indicators.0.scale', problem: 'unknown_scale', params: { scale: 'FIVE_POINT' } },
    ]);
  });

  it('refuses guidance that misses a level of the scale', () => {
    expect(problemsAfter((definition) => delete firstIndicator(definition).guidance['yes'])).toEqual([
      { path: 'sections.0.indicators.0.guidance', problem: 'guidance_levels', params: { scale: 'YES_NO', levels: 'no, yes' } },
    ]);
  });

  it('refuses guidance for a level the scale does not have', () => {
    const problems = problemsAfter((definition) => {
      firstIndicator(definition).guidance['maybe'] = { ky: 'Балким', ru: 'Возможно', en: 'Maybe' };
    });
    expect(problems.map((problem) => problem.problem)).toEqual(['guidance_levels']);
  });

  it('refuses a code used twice for indicators, free-text items, sections, judgements, rules or scales', () => {
    expect(problemsAfter((d) => (d.sections[0]!.indicators[2]!.code = 'S1'))).toEqual([
      { path: 'sections.0.indicators.2.code', problem: 'duplicate_code', params: { code: 'S1' } },
    ]);
    expect(problemsAfter((d) => (d.sections[0]!.freeText[1]!.code = 'CONTEXT'))).toEqual([
      { path: 'sections.0.freeText.1.code', problem: 'duplicate_code', params: { code: 'CONTEXT' } },
    ]);
    expect(problemsAfter((d) => d.sections.push({ ...d.sections[0]!, indicators: [], freeText: [] }))).toEqual([
      { path: 'sections.1.code', problem: 'duplicate_code', params: { code: 'BEHAVIOUR' } },
    ]);
    expect(problemsAfter((d) => (d.outcome.judgements[1]!.code = 'VIOLENCE'))).toEqual([
      { path: 'outcome.judgements.1.code', problem: 'duplicate_code', params: { code: 'VIOLENCE' } },
    ]);
    expect(problemsAfter((d) => (d.rules[1]!.code = 'TWO_FLAGS'))).toEqual([
      { path: 'rules.1.code', problem: 'duplicate_code', params: { code: 'TWO_FLAGS' } },
    ]);
    expect(problemsAfter((d) => (d.scales[1]!.code = 'YES_NO'))).toContainEqual({
      path: 'scales.1.code',
      problem: 'duplicate_code',
      params: { code: 'YES_NO' },
    });
  });

  it('refuses a rule that refers to an indicator the instrument does not have, however deeply nested', () => {
    expect(problemsAfter((d) => (d.rules[0]!.when = { any: [{ not: { rating: 'S9', in: ['yes'] } }] }))).toEqual([
      { path: 'rules.0.when.any.0.not.rating', problem: 'unknown_indicator', params: { code: 'S9' } },
    ]);
    expect(problemsAfter((d) => (d.rules[0]!.when = { atLeast: 1, of: ['S1', 'S7'], in: ['yes'] }))).toEqual([
      { path: 'rules.0.when.of.1', problem: 'unknown_indicator', params: { code: 'S7' } },
    ]);
  });

  it('refuses a rule that uses a rating value not on the indicator’s scale', () => {
    expect(problemsAfter((d) => (d.rules[0]!.when = { all: [{ rating: 'S3', in: ['some', 'yes'] }] }))).toEqual([
      { path: 'rules.0.when.all.0.in', problem: 'unknown_rating_value', params: { code: 'S3', value: 'yes' } },
    ]);
    expect(problemsAfter((d) => (d.rules[0]!.when = { atLeast: 2, of: ['S1', 'S3'], in: ['yes'] }))).toEqual([
      { path: 'rules.0.when.in', problem: 'unknown_rating_value', params: { code: 'S3', value: 'yes' } },
    ]);
  });

  it('refuses a rule on a judgement the instrument does not have, or a level that judgement does not offer', () => {
    expect(problemsAfter((d) => (d.rules[1]!.when = { judgement: 'ESCAPE', in: ['high'] }))).toEqual([
      { path: 'rules.1.when.judgement', problem: 'unknown_judgement', params: { code: 'ESCAPE' } },
    ]);
    expect(problemsAfter((d) => (d.rules[1]!.when = { judgement: 'RECRUITING', in: ['moderate'] }))).toEqual([
      { path: 'rules.1.when.in', problem: 'unknown_judgement_level', params: { code: 'RECRUITING', value: 'moderate' } },
    ]);
  });

  it('refuses supervision intensity taken from a judgement that does not exist', () => {
    expect(problemsAfter((d) => (d.outcome.intensityFrom = 'INTENSITY'))).toEqual([
      { path: 'outcome.intensityFrom', problem: 'unknown_judgement', params: { code: 'INTENSITY' } },
    ]);
  });

  it('refuses an indicator that speaks of religious belief or practice, in any language and any of its texts', () => {
    expect(problemsAfter((d) => (firstIndicator(d).title.ru = 'Посещение мечети'))).toEqual([
      { path: 'sections.0.indicators.0.title.ru', problem: 'religious_term', params: { terms: 'мечет' } },
    ]);
    expect(problemsAfter((d) => (firstIndicator(d).description.ky = 'Намаз окуйт'))).toEqual([
      { path: 'sections.0.indicators.0.description.ky', problem: 'religious_term', params: { terms: 'намаз' } },
    ]);
    expect(problemsAfter((d) => (firstIndicator(d).guidance['yes']!.en = 'Grew a beard'))).toEqual([
      { path: 'sections.0.indicators.0.guidance.yes.en', problem: 'religious_term', params: { terms: 'beard' } },
    ]);
  });

  it('refuses a free-text item that asks about religious belief or practice', () => {
    expect(problemsAfter((d) => (d.sections[0]!.freeText[0]!.guidance.en = 'Describe how often he prays'))).toEqual([
      { path: 'sections.0.freeText.0.guidance.en', problem: 'religious_term', params: { terms: 'pray' } },
    ]);
  });

  it('has a message for every problem in Kyrgyz, Russian and English, naming the path', () => {
    const problem: DefinitionProblem = { path: 'outcome.intensityFrom', problem: 'unknown_judgement', params: { code: 'INTENSITY' } };
    for (const locale of ['ky', 'ru', 'en'] as const) {
      const { t } = createI18n(messages, locale);
      expect(definitionProblemMessage(t, problem)).toContain('outcome.intensityFrom');
      expect(definitionProblemMessage(t, problem)).toContain('INTENSITY');
      for (const code of DEFINITION_PROBLEM_CODES) {
        expect(t(`assessments.instrument.problem.${code}`), `${locale} ${code}`).not.toBe(`assessments.instrument.problem.${code}`);
      }
    }
  });
});
