import { describe, expect, it } from 'vitest';
import type { AssessmentAnswers } from './assessments.answers.ts';
import { missingForSubmission, unknownAnswerCodes } from './assessments.completeness.ts';
import { fixtureInstrument } from './instruments/instrument.fixture.ts';

/** Answers that complete the fixture instrument: each test takes one thing away. */
const complete = (): AssessmentAnswers => ({
  ratings: {
    S1: { rating: 'yes', evidence: 'Threatened an officer on 3 March (incident report).', sources: ['file'] },
    S2: { rating: 'no', evidence: 'Nothing seen by unit staff in three months.', sources: ['observation', 'interview'] },
  },
  freeText: { CONTEXT: 'Admitted in January; first sentence.' },
  judgements: { VIOLENCE: 'moderate' },
  formulation: 'Threats arise under pressure from his cellmates; family contact steadies him.',
  overallReasons: 'One recent threat, no pattern of recruiting others.',
});

const missingAfter = (change: (answers: AssessmentAnswers) => void) => {
  const answers = complete();
  change(answers);
  return missingForSubmission(fixtureInstrument(), answers);
};

describe('what blocks submitting an assessment', () => {
  it('finds nothing missing in a complete assessment, optional items left empty', () => {
    expect(missingForSubmission(fixtureInstrument(), complete())).toEqual([]);
  });

  it('needs a rating for every required indicator', () => {
    expect(missingAfter((a) => delete a.ratings['S1']!.rating)).toEqual([{ field: 'rating-S1', problem: 'rating', code: 'S1' }]);
  });

  it('does not accept a rating that is not on the indicator’s scale', () => {
    expect(missingAfter((a) => (a.ratings['S2']!.rating = 'marked'))).toEqual([{ field: 'rating-S2', problem: 'rating', code: 'S2' }]);
  });

  it('needs evidence written for every required indicator, spaces not counting', () => {
    expect(missingAfter((a) => (a.ratings['S1']!.evidence = '   '))).toEqual([{ field: 'evidence-S1', problem: 'evidence', code: 'S1' }]);
  });

  it('needs at least one source of evidence for every required indicator', () => {
    expect(missingAfter((a) => (a.ratings['S2']!.sources = []))).toEqual([{ field: 'sources-S2', problem: 'sources', code: 'S2' }]);
  });

  it('lists rating, evidence and sources for a required indicator not touched at all', () => {
    expect(missingAfter((a) => delete a.ratings['S2'])).toEqual([
      { field: 'rating-S2', problem: 'rating', code: 'S2' },
      { field: 'evidence-S2', problem: 'evidence', code: 'S2' },
      { field: 'sources-S2', problem: 'sources', code: 'S2' },
    ]);
  });

  it('needs text in every required free-text item', () => {
    expect(missingAfter((a) => (a.freeText['CONTEXT'] = ''))).toEqual([{ field: 'free-CONTEXT', problem: 'text', code: 'CONTEXT' }]);
  });

  it('needs a level for every required judgement, one the judgement offers', () => {
    expect(missingAfter((a) => delete a.judgements['VIOLENCE'])).toEqual([
      { field: 'judgement-VIOLENCE', problem: 'judgement', code: 'VIOLENCE' },
    ]);
    const definition = fixtureInstrument();
    definition.outcome.judgements[0]!.levels = ['low', 'high'];
    expect(missingForSubmission(definition, complete())).toEqual([{ field: 'judgement-VIOLENCE', problem: 'judgement', code: 'VIOLENCE' }]);
  });

  it('needs a formulation only when the instrument requires one', () => {
    expect(missingAfter((a) => delete a.formulation)).toEqual([{ field: 'formulation', problem: 'formulation' }]);
    const screening = fixtureInstrument();
    screening.outcome.formulationRequired = false;
    expect(missingForSubmission(screening, { ...complete(), formulation: undefined })).toEqual([]);
  });

  it('always needs the reasons for the overall judgement', () => {
    expect(missingAfter((a) => (a.overallReasons = ' \n'))).toEqual([{ field: 'overallReasons', problem: 'reasons' }]);
    const screening = fixtureInstrument();
    screening.outcome.formulationRequired = false;
    expect(missingForSubmission(screening, { ...complete(), overallReasons: undefined })).toEqual([
      { field: 'overallReasons', problem: 'reasons' },
    ]);
  });

  it('lists everything missing from an empty draft, in the order of the form', () => {
    const fields = missingForSubmission(fixtureInstrument(), { ratings: {}, freeText: {}, judgements: {} }).map((m) => m.field);
    expect(fields).toEqual([
      'rating-S1',
      'evidence-S1',
      'sources-S1',
      'rating-S2',
      'evidence-S2',
      'sources-S2',
      'free-CONTEXT',
      'judgement-VIOLENCE',
      'formulation',
      'overallReasons',
    ]);
  });
});

describe('answers the instrument does not have', () => {
  it('finds none in answers to the instrument’s own indicators, items and judgements', () => {
    expect(unknownAnswerCodes(fixtureInstrument(), complete())).toEqual([]);
  });

  it('names every indicator, item and judgement code the instrument version does not have', () => {
    const answers = complete();
    answers.ratings['GHOST'] = { rating: 'yes' };
    answers.freeText['NOTE_X'] = 'text';
    answers.judgements['RECRUITMENT'] = 'high';
    expect(unknownAnswerCodes(fixtureInstrument(), answers)).toEqual(['GHOST', 'NOTE_X', 'RECRUITMENT']);
  });
});
