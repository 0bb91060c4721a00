import { describe, expect, it } from 'vitest';
import { instrumentDefinition, type InstrumentDefinition, type RuleCondition } from '../instrument.definition.ts';
import { religiousTermsIn } from '../religion-lexicon.ts';
import { SHIPPED_INSTRUMENTS } from './index.ts';

const parse = (input: unknown): InstrumentDefinition => {
  const result = instrumentDefinition.safeParse(input);
  if (!result.success) throw new Error(JSON.stringify(result.error.issues, null, 2));
  return result.data;
};

const indicatorsOf = (definition: InstrumentDefinition) => definition.sections.flatMap((section) => section.indicators);

const duplicates = (codes: string[]): string[] => codes.filter((code, index) => codes.indexOf(code) !== index);

/** Everything wrong with a rule condition: unknown indicators or judgements, and values their scales lack. */
const conditionProblems = (condition: RuleCondition, definition: InstrumentDefinition): string[] => {
  const scaleOf = new Map(indicatorsOf(definition).map((indicator) => [indicator.code, indicator.scale]));
  const levelsOfScale = new Map(definition.scales.map((scale) => [scale.code, scale.levels.map((level) => level.value)]));
  const judgementLevels = new Map(definition.outcome.judgements.map((judgement) => [judgement.code, judgement.levels as string[]]));
  const ratingProblems = (code: string, values: string[]): string[] => {
    const scale = scaleOf.get(code);
    if (scale === undefined) return [`unknown indicator ${code}`];
    const levels = levelsOfScale.get(scale) ?? [];
    return values.filter((value) => !levels.includes(value)).map((value) => `${code} has no level ${value}`);
  };
  if ('rating' in condition) return ratingProblems(condition.rating, condition.in);
  if ('atLeast' in condition) {
    const tooMany = condition.atLeast > condition.of.length ? [`atLeast ${condition.atLeast} of ${condition.of.length}`] : [];
    return [...tooMany, ...condition.of.flatMap((code) => ratingProblems(code, condition.in))];
  }
  if ('judgement' in condition) {
    const levels = judgementLevels.get(condition.judgement);
    if (levels === undefined) return [`unknown judgement ${condition.judgement}`];
    return condition.in.filter((value) => !levels.includes(value)).map((value) => `${condition.judgement} has no level ${value}`);
  }
  if ('all' in condition) return condition.all.flatMap((inner) => conditionProblems(inner, definition));
  if ('any' in condition) return condition.any.flatMap((inner) => conditionProblems(inner, definition));
  return conditionProblems(condition.not, definition);
};

/** Every text an assessor reads while rating: indicator titles, descriptions and guidance, and free-text items. */
const ratedTexts = (definition: InstrumentDefinition): { where: string; text: string }[] => {
  const languages = (where: string, text: { ky: string; ru: string; en: string }) =>
    (['ky', 'ru', 'en'] as const).map((language) => ({ where: `${where}.${language}`, text: text[language] }));
  return definition.sections.flatMap((section) => [
    ...section.indicators.flatMap((indicator) => [
      ...languages(`${indicator.code}.title`, indicator.title),
      ...languages(`${indicator.code}.description`, indicator.description),
      ...Object.entries(indicator.guidance).flatMap(([value, text]) => languages(`${indicator.code}.guidance.${value}`, text)),
    ]),
    ...section.freeText.flatMap((item) => [
      ...languages(`${item.code}.title`, item.title),
      ...languages(`${item.code}.guidance`, item.guidance),
    ]),
  ]);
};

describe('the shipped instruments', () => {
  it('are the screening, the violent-extremism and the general assessment, in that order', () => {
    expect(SHIPPED_INSTRUMENTS.map((definition) => [definition.code, definition.kind])).toEqual([
      ['KADAM_SCREEN', 'screening'],
      ['KADAM_VE', 'violent_extremism'],
      ['KADAM_RNR', 'general_rnr'],
    ]);
  });

  describe.each(SHIPPED_INSTRUMENTS.map((input) => [input.code, input] as const))('%s', (_code, input) => {
    it('passes the instrument definition schema', () => {
      expect(() => parse(input)).not.toThrow();
    });

    it('rates every indicator on a scale it defines, with guidance for exactly that scale’s levels', () => {
      const definition = parse(input);
      for (const indicator of indicatorsOf(definition)) {
        const scale = definition.scales.find((candidate) => candidate.code === indicator.scale);
        expect(scale, `${indicator.code} uses scale ${indicator.scale}`).toBeDefined();
        const levels = scale?.levels.map((level) => level.value) ?? [];
        expect(Object.keys(indicator.guidance).sort(), `guidance of ${indicator.code}`).toEqual([...levels].sort());
      }
    });

    it('never uses the same code twice', () => {
      const definition = parse(input);
      const answerKeys = [
        ...definition.sections.map((section) => section.code),
        ...indicatorsOf(definition).map((indicator) => indicator.code),
        ...definition.sections.flatMap((section) => section.freeText.map((item) => item.code)),
        ...definition.outcome.judgements.map((judgement) => judgement.code),
      ];
      expect(duplicates(answerKeys)).toEqual([]);
      expect(duplicates(definition.rules.map((rule) => rule.code))).toEqual([]);
      expect(duplicates(definition.scales.map((scale) => scale.code))).toEqual([]);
    });

    it('has rules that name only its own indicators, judgements and rating values', () => {
      const definition = parse(input);
      expect(
        definition.rules.flatMap((rule) => conditionProblems(rule.when, definition).map((problem) => `${rule.code}: ${problem}`)),
      ).toEqual([]);
      const judgements = definition.outcome.judgements.map((judgement) => judgement.code);
      if (definition.outcome.intensityFrom !== undefined) expect(judgements).toContain(definition.outcome.intensityFrom);
    });

    it('has no indicator or free-text item about religious belief or practice', () => {
      const found = ratedTexts(parse(input)).flatMap(({ where, text }) => religiousTermsIn(text).map((term) => `${where}: ${term}`));
      expect(found).toEqual([]);
    });
  });
});

describe('the religion lexicon', () => {
  it('catches religious practice in English, Russian and Kyrgyz, so the check above can fail', () => {
    expect(religiousTermsIn('Regular attendance at the mosque')).toEqual(['mosque']);
    expect(religiousTermsIn('носит бороду')).toEqual(['бород']);
    expect(religiousTermsIn('Күнүнө беш маал НАМАЗ окуйт, мечитке барат')).toEqual(['намаз', 'мечит']);
    expect(religiousTermsIn('соблюдает пост и читает Коран')).toEqual(['коран', 'пост']);
    expect(religiousTermsIn('He prays and wears a hijab')).toEqual(['pray', 'hijab']);
  });

  it('does not mistake ordinary words that merely begin like a short religious term', () => {
    expect(religiousTermsIn('постоянно нарушает режим, динамика отрицательная')).toEqual([]);
    expect(religiousTermsIn('Орозов Бакыт, проверка сведений')).toEqual([]);
  });
});
