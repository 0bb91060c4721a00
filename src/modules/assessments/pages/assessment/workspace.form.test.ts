import { describe, expect, it } from 'vitest';
import { reviewDecisionOf, reviewFormFromBody } from './review.form.ts';
import { answersFromBody, rowVersionFromBody, tooLongFields } from './workspace.form.ts';

describe('the workspace form', () => {
  it('reads ratings, evidence, ticked sources, confidence, free text, judgements and the written parts', () => {
    const answers = answersFromBody({
      'rating-S1': 'yes',
      'evidence-S1': '  Коркутту\n12.01  ',
      'sources-S1': ['interview', 'file'],
      'confidence-S1': 'high',
      'sources-S2': 'observation',
      'free-CONTEXT': 'Жагдай',
      'judgement-VIOLENCE': 'moderate',
      formulation: 'Формулировка',
      personView: 'Өз көз карашы',
      overallReasons: 'Себептер',
    });
    expect(answers).toEqual({
      ratings: {
        S1: { rating: 'yes', evidence: '  Коркутту\n12.01  ', sources: ['interview', 'file'], confidence: 'high' },
        S2: { sources: ['observation'] },
      },
      freeText: { CONTEXT: 'Жагдай' },
      judgements: { VIOLENCE: 'moderate' },
      formulation: 'Формулировка',
      personView: 'Өз көз карашы',
      overallReasons: 'Себептер',
    });
  });

  it('leaves out blank answers, unknown sources and levels, and names that are not the form’s', () => {
    const answers = answersFromBody({
      'rating-S1': '',
      'evidence-S1': '   ',
      'sources-S1': ['prayer_attendance'],
      'confidence-S1': 'certain',
      'judgement-VIOLENCE': 'extreme',
      'rating-lower': 'yes',
      _csrf: 'token',
      intent: 'save',
      formulation: ' ',
    });
    expect(answers).toEqual({ ratings: {}, freeText: {}, judgements: {} });
  });

  it('takes a row version only when it is a positive whole number, so anything else is refused as stale', () => {
    expect(rowVersionFromBody({ rowVersion: '7' })).toBe(7);
    for (const value of [undefined, '', '0', '-1', '2.5', 'abc']) expect(rowVersionFromBody({ rowVersion: value })).toBe(0);
  });

  it('names each text too long to save by its field, instead of cutting it off', () => {
    const long = 'ы'.repeat(8001);
    const answers = answersFromBody({ 'evidence-S1': long, 'free-CONTEXT': long, overallReasons: long, formulation: 'short' });
    expect(tooLongFields(answers)).toEqual([
      { field: 'evidence-S1', max: 8000 },
      { field: 'free-CONTEXT', max: 8000 },
      { field: 'overallReasons', max: 8000 },
    ]);
  });
});

describe('the review form', () => {
  it('passes on a return with its comment and an override with its reason and the levels chosen', () => {
    const returned = reviewFormFromBody({ decision: 'return', reviewComment: ' Толуктаңыз ', rowVersion: '3' });
    expect(reviewDecisionOf(returned)).toEqual({ action: 'return', comment: 'Толуктаңыз' });
    const override = reviewFormFromBody({
      decision: 'override',
      overrideReason: 'Себеп',
      'override-VIOLENCE': 'high',
      'override-OTHER': '',
    });
    expect(reviewDecisionOf(override)).toEqual({ action: 'override', reason: 'Себеп', judgements: { VIOLENCE: 'high' } });
  });

  it('passes on a blank comment or reason for the workflow to refuse, and no decision when none was chosen', () => {
    expect(reviewDecisionOf(reviewFormFromBody({ decision: 'return', reviewComment: '  ' }))).toEqual({ action: 'return', comment: '' });
    expect(reviewDecisionOf(reviewFormFromBody({ decision: 'override' }))).toEqual({ action: 'override', reason: '', judgements: {} });
    expect(reviewDecisionOf(reviewFormFromBody({ decision: 'approve' }))).toEqual({ action: 'approve' });
    expect(reviewDecisionOf(reviewFormFromBody({ decision: 'delete' }))).toBeNull();
  });
});
