import { describe, expect, it } from 'vitest';
import { challengeFormOf, challengeInputOf, responseFormOf, responseInputOf } from './challenge.form.ts';

describe('the challenge forms', () => {
  it('take a challenge received today or earlier, with its grounds', () => {
    expect(challengeInputOf(challengeFormOf({ receivedOn: '24.11.2026', grounds: ' Макул эмесмин ' }), '2026-11-25').input).toEqual({
      receivedOn: '2026-11-24',
      grounds: 'Макул эмесмин',
    });
  });

  it('refuse a challenge received in the future, on a day that does not exist, or without grounds', () => {
    expect(challengeInputOf(challengeFormOf({ receivedOn: '26.11.2026', grounds: 'x' }), '2026-11-25').problems).toEqual([
      { field: 'receivedOn', key: 'assessments.challenge.receivedInFuture' },
    ]);
    expect(
      challengeInputOf(challengeFormOf({ receivedOn: '31.02.2026', grounds: ' ' }), '2026-11-25').problems.map((problem) => problem.key),
    ).toEqual(['assessments.challenge.receivedOnInvalid', 'assessments.challenge.groundsRequired']);
  });

  it('need a response and one of the outcomes, with field ids that name the challenge', () => {
    const refused = responseInputOf(responseFormOf({ response: '', outcome: 'maybe', rowVersion: '2' }, 'c1'));
    expect(refused.problems.map((problem) => problem.field)).toEqual(['response-c1', 'outcome-c1']);
    expect(responseInputOf(responseFormOf({ response: 'Жооп', outcome: 'withdrawn', rowVersion: '2' }, 'c1')).input).toEqual({
      response: 'Жооп',
      outcome: 'withdrawn',
      rowVersion: 2,
    });
  });
});
