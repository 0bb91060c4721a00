import type { I18n } from '../../../platform/i18n/translator.ts';
import { instrumentDefinition, type InstrumentDefinition, type LocalisedText, type RuleCondition } from './instrument.definition.ts';
import { religiousTermsIn } from './religion-lexicon.ts';

/**
 * Checks an instrument definition before it can be saved: first the zod schema, then what one field alone
 * cannot say (a scale that exists, guidance for every level, unique codes, rules that refer to real
 * indicators and levels) and the safeguard that no indicator or free-text item speaks of religious belief or
 * practice. Each problem has a stable code and the dotted path of the field, for a message in any language.
 */

export const DEFINITION_PROBLEM_CODES = [
  'schema',
  'unknown_scale',
  'guidance_levels',
  'duplicate_code',
  'unknown_indicator',
  'unknown_rating_value',
  'unknown_judgement',
  'unknown_judgement_level',
  'religious_term',
] as const;
export type DefinitionProblemCode = (typeof DEFINITION_PROBLEM_CODES)[number];
export type DefinitionProblem = { path: string; problem: DefinitionProblemCode; params?: Record<string, string | number> };

export function validateDefinition(input: unknown): { definition: InstrumentDefinition } | { problems: DefinitionProblem[] } {
  const parsed = instrumentDefinition.safeParse(input);
  if (!parsed.success) {
    return {
      problems: parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), problem: 'schema', params: { detail: issue.message } })),
    };
  }
  const problems = crossFieldProblems(parsed.data);
  return problems.length > 0 ? { problems } : { definition: parsed.data };
}

function crossFieldProblems(definition: InstrumentDefinition): DefinitionProblem[] {
  const problems: DefinitionProblem[] = [];
  const levelsOfScale = new Map(definition.scales.map((scale) => [scale.code, scale.levels.map((level) => level.value)]));
  // An indicator's levels, or null when its scale does not exist (reported once, at the indicator).
  const indicatorLevels = new Map<string, string[] | null>();
  const judgementLevels = new Map<string, string[]>(definition.outcome.judgements.map((j) => [j.code, j.levels]));
  const indicators = definition.sections.flatMap((section, s) =>
    section.indicators.map((indicator, i) => ({ indicator, path: `sections.${s}.indicators.${i}` })),
  );
  const freeTexts = definition.sections.flatMap((section, s) =>
    section.freeText.map((item, i) => ({ item, path: `sections.${s}.freeText.${i}` })),
  );

  // Codes are unique within each kind: answers, form fields and rules find indicators, items and judgements by them.
  const codeLists: { code: string; path: string }[][] = [
    definition.scales.map((scale, i) => ({ code: scale.code, path: `scales.${i}.code` })),
    definition.sections.map((section, i) => ({ code: section.code, path: `sections.${i}.code` })),
    indicators.map(({ indicator, path }) => ({ code: indicator.code, path: `${path}.code` })),
    freeTexts.map(({ item, path }) => ({ code: item.code, path: `${path}.code` })),
    definition.outcome.judgements.map((judgement, i) => ({ code: judgement.code, path: `outcome.judgements.${i}.code` })),
    definition.rules.map((rule, i) => ({ code: rule.code, path: `rules.${i}.code` })),
  ];
  for (const entries of codeLists) problems.push(...duplicates(entries));

  for (const { indicator, path } of indicators) {
    const levels = levelsOfScale.get(indicator.scale);
    // A duplicate code is reported above; rules are checked against the first indicator with the code.
    if (!indicatorLevels.has(indicator.code)) indicatorLevels.set(indicator.code, levels ?? null);
    if (!levels) {
      problems.push({ path: `${path}.scale`, problem: 'unknown_scale', params: { scale: indicator.scale } });
      continue;
    }
    const given = Object.keys(indicator.guidance);
    if (given.length !== levels.length || !levels.every((level) => given.includes(level))) {
      problems.push({
        path: `${path}.guidance`,
        problem: 'guidance_levels',
        params: { scale: indicator.scale, levels: levels.join(', ') },
      });
    }
  }

  definition.rules.forEach((rule, i) =>
    problems.push(...conditionProblems(rule.when, `rules.${i}.when`, indicatorLevels, judgementLevels)),
  );

  const intensityFrom = definition.outcome.intensityFrom;
  if (intensityFrom !== undefined && !judgementLevels.has(intensityFrom)) {
    problems.push({ path: 'outcome.intensityFrom', problem: 'unknown_judgement', params: { code: intensityFrom } });
  }

  for (const { indicator, path } of indicators) {
    problems.push(...religiousTerms(`${path}.title`, indicator.title), ...religiousTerms(`${path}.description`, indicator.description));
    for (const [level, text] of Object.entries(indicator.guidance)) problems.push(...religiousTerms(`${path}.guidance.${level}`, text));
  }
  for (const { item, path } of freeTexts) {
    problems.push(...religiousTerms(`${path}.title`, item.title), ...religiousTerms(`${path}.guidance`, item.guidance));
  }
  return problems;
}

/** Every use of a code after its first, pointing at the later one. */
function duplicates(entries: { code: string; path: string }[]): DefinitionProblem[] {
  const seen = new Set<string>();
  return entries.flatMap(({ code, path }) => {
    if (!seen.has(code)) {
      seen.add(code);
      return [];
    }
    return [{ path, problem: 'duplicate_code' as const, params: { code } }];
  });
}

/** A rule may refer only to indicators and judgements of this instrument, and only to levels they have. */
function conditionProblems(
  condition: RuleCondition,
  path: string,
  indicatorLevels: Map<string, string[] | null>,
  judgementLevels: Map<string, string[]>,
): DefinitionProblem[] {
  const recurse = (part: RuleCondition, at: string) => conditionProblems(part, at, indicatorLevels, judgementLevels);
  if ('all' in condition) return condition.all.flatMap((part, i) => recurse(part, `${path}.all.${i}`));
  if ('any' in condition) return condition.any.flatMap((part, i) => recurse(part, `${path}.any.${i}`));
  if ('not' in condition) return recurse(condition.not, `${path}.not`);
  if ('judgement' in condition) {
    const levels = judgementLevels.get(condition.judgement);
    if (!levels) return [{ path: `${path}.judgement`, problem: 'unknown_judgement', params: { code: condition.judgement } }];
    return condition.in
      .filter((value) => !levels.includes(value))
      .map((value) => ({ path: `${path}.in`, problem: 'unknown_judgement_level', params: { code: condition.judgement, value } }));
  }
  const codes =
    'rating' in condition
      ? [{ code: condition.rating, at: `${path}.rating` }]
      : condition.of.map((code, i) => ({ code, at: `${path}.of.${i}` }));
  return codes.flatMap(({ code, at }): DefinitionProblem[] => {
    const levels = indicatorLevels.get(code);
    if (levels === undefined) return [{ path: at, problem: 'unknown_indicator', params: { code } }];
    if (levels === null) return [];
    return condition.in
      .filter((value) => !levels.includes(value))
      .map((value) => ({ path: `${path}.in`, problem: 'unknown_rating_value', params: { code, value } }));
  });
}

function religiousTerms(path: string, text: LocalisedText): DefinitionProblem[] {
  return (['ky', 'ru', 'en'] as const).flatMap((language) => {
    const terms = religiousTermsIn(text[language]);
    return terms.length > 0
      ? [{ path: `${path}.${language}`, problem: 'religious_term' as const, params: { terms: terms.join(', ') } }]
      : [];
  });
}

/** The problem in the user's language, its path and parameters filled in. */
export const definitionProblemMessage = (t: I18n['t'], { path, problem, params }: DefinitionProblem): string =>
  t(`assessments.instrument.problem.${problem}`, { path, ...params });
