import { describe, expect, it } from 'vitest';
import { emptyAnswers, type AssessmentAnswers } from '../assessments.answers.ts';
import type { RuleCondition } from './instrument.definition.ts';
import { fixtureInstrument } from './instrument.fixture.ts';
import { adviceFor, evaluateCondition } from './instrument.rules.ts';

/** Answers with the given ratings (indicator → level) and judgements. */
function answers(ratings: Record<string, string>, judgements: AssessmentAnswers['judgements'] = {}): AssessmentAnswers {
  const rated = Object.fromEntries(Object.entries(ratings).map(([code, rating]) => [code, { rating }]));
  return { ...emptyAnswers(), ratings: rated, judgements };
}

const S1_YES: RuleCondition = { rating: 'S1', in: ['yes'] };
const S2_YES: RuleCondition = { rating: 'S2', in: ['yes'] };

describe('evaluating an advisory rule condition', () => {
  it('matches a rating condition when the indicator was rated one of the listed levels', () => {
    expect(evaluateCondition(S1_YES, answers({ S1: 'yes' }))).toBe(true);
    expect(evaluateCondition({ rating: 'S3', in: ['some', 'marked'] }, answers({ S3: 'marked' }))).toBe(true);
    expect(evaluateCondition(S1_YES, answers({ S1: 'no' }))).toBe(false);
  });

  it('never matches an unrated indicator, even one whose evidence is written', () => {
    expect(evaluateCondition(S1_YES, answers({}))).toBe(false);
    const evidenceOnly = { ...emptyAnswers(), ratings: { S1: { evidence: 'seen on the unit' } } };
    expect(evaluateCondition(S1_YES, evidenceOnly)).toBe(false);
  });

  it('matches "at least n of" only when enough of the listed indicators were rated so', () => {
    const twoOfThree: RuleCondition = { atLeast: 2, of: ['S1', 'S2', 'S4'], in: ['yes'] };
    expect(evaluateCondition(twoOfThree, answers({ S1: 'yes', S2: 'yes' }))).toBe(true);
    expect(evaluateCondition(twoOfThree, answers({ S1: 'yes', S2: 'no', S4: 'yes' }))).toBe(true);
    expect(evaluateCondition(twoOfThree, answers({ S1: 'yes', S2: 'no' }))).toBe(false);
  });

  it('does not count unrated or unlisted indicators towards "at least n of"', () => {
    const twoOf: RuleCondition = { atLeast: 2, of: ['S1', 'S2'], in: ['yes'] };
    expect(evaluateCondition(twoOf, answers({ S1: 'yes', S3: 'yes' }))).toBe(false);
  });

  it('matches a judgement condition on the assessor’s own judgement, and never an unmade one', () => {
    const highViolence: RuleCondition = { judgement: 'VIOLENCE', in: ['high'] };
    expect(evaluateCondition(highViolence, answers({}, { VIOLENCE: 'high' }))).toBe(true);
    expect(evaluateCondition(highViolence, answers({}, { VIOLENCE: 'moderate' }))).toBe(false);
    expect(evaluateCondition(highViolence, answers({}))).toBe(false);
  });

  it('matches "all" only when every part holds', () => {
    const both: RuleCondition = { all: [S1_YES, S2_YES] };
    expect(evaluateCondition(both, answers({ S1: 'yes', S2: 'yes' }))).toBe(true);
    expect(evaluateCondition(both, answers({ S1: 'yes', S2: 'no' }))).toBe(false);
  });

  it('matches "any" when at least one part holds', () => {
    const either: RuleCondition = { any: [S1_YES, S2_YES] };
    expect(evaluateCondition(either, answers({ S1: 'no', S2: 'yes' }))).toBe(true);
    expect(evaluateCondition(either, answers({ S1: 'no', S2: 'no' }))).toBe(false);
  });

  it('matches "not" when its part does not hold, so an unrated indicator satisfies "not rated yes"', () => {
    expect(evaluateCondition({ not: S1_YES }, answers({ S1: 'no' }))).toBe(true);
    expect(evaluateCondition({ not: S1_YES }, answers({}))).toBe(true);
    expect(evaluateCondition({ not: S1_YES }, answers({ S1: 'yes' }))).toBe(false);
  });

  it('evaluates nested conditions', () => {
    const nested: RuleCondition = {
      any: [{ all: [S1_YES, { not: { judgement: 'VIOLENCE', in: ['low'] } }] }, { atLeast: 1, of: ['S3'], in: ['marked'] }],
    };
    expect(evaluateCondition(nested, answers({ S1: 'yes' }, { VIOLENCE: 'moderate' }))).toBe(true);
    expect(evaluateCondition(nested, answers({ S1: 'yes' }, { VIOLENCE: 'low' }))).toBe(false);
    expect(evaluateCondition(nested, answers({ S1: 'no', S3: 'marked' }, { VIOLENCE: 'low' }))).toBe(true);
  });
});

describe('choosing the advice for an assessment', () => {
  it('gives the first rule, in the instrument’s order, whose condition holds', () => {
    const bothMatch = answers({ S1: 'yes', S2: 'yes' }, { VIOLENCE: 'high' });
    expect(adviceFor(fixtureInstrument(), bothMatch)?.code).toBe('TWO_FLAGS');
    const definition = fixtureInstrument();
    definition.rules.reverse();
    expect(adviceFor(definition, bothMatch)?.code).toBe('HIGH_JUDGED');
  });

  it('gives a later rule when the earlier ones do not hold', () => {
    expect(adviceFor(fixtureInstrument(), answers({ S1: 'yes' }, { VIOLENCE: 'high' }))?.code).toBe('HIGH_JUDGED');
  });

  it('gives no advice when no rule holds, or the instrument has none', () => {
    expect(adviceFor(fixtureInstrument(), answers({ S1: 'yes', S2: 'no' }))).toBeNull();
    expect(adviceFor({ ...fixtureInstrument(), rules: [] }, answers({ S1: 'yes', S2: 'yes' }))).toBeNull();
  });
});
