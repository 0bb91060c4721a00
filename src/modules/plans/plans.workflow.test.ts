import { describe, expect, it } from 'vitest';
import { messages } from '../../messages.ts';
import { PLAN_REFUSALS, planRefusalKey } from './plans.errors.ts';
import { HISTORY_EVENTS } from './plans.history.ts';
import { decisionRefusal, STEP_FROM, submissionRefusal } from './plans.workflow.ts';

describe('the plan workflow rules', () => {
  it('refuses the decision of whoever wrote or sent the plan', () => {
    const check = { decision: 'approve' as const, comment: '', authorIds: ['writer', 'sender'] };
    expect(decisionRefusal({ ...check, actorId: 'writer' })).toBe('own_plan');
    expect(decisionRefusal({ ...check, actorId: 'sender' })).toBe('own_plan');
    expect(decisionRefusal({ ...check, actorId: 'manager' })).toBeNull();
  });

  it('refuses a return without a comment', () => {
    const check = { decision: 'return' as const, actorId: 'manager', authorIds: ['writer'] };
    expect(decisionRefusal({ ...check, comment: '  ' })).toBe('comment_required');
    expect(decisionRefusal({ ...check, comment: 'Add an action for housing.' })).toBeNull();
  });

  it('refuses to send a plan without an objective or without the person’s view', () => {
    expect(submissionRefusal({ objectiveCount: 0, agreement: 'agreed' })).toBe('no_objectives');
    expect(submissionRefusal({ objectiveCount: 2, agreement: null })).toBe('no_agreement');
    expect(submissionRefusal({ objectiveCount: 1, agreement: 'not_agreed' })).toBeNull();
  });

  it('keeps a plan awaiting a decision still, and a closed plan closed', () => {
    expect(STEP_FROM.change).not.toContain('submitted');
    for (const steps of Object.values(STEP_FROM)) expect(steps).not.toContain('closed');
  });

  it('has a message in Kyrgyz, Russian and English for every refusal and every history event', () => {
    for (const locale of ['ky', 'ru', 'en'] as const) {
      for (const code of PLAN_REFUSALS) expect(messages[locale][planRefusalKey(code)], `${locale} ${code}`).toBeTruthy();
      for (const event of HISTORY_EVENTS) expect(messages[locale][`plans.history.${event}`], `${locale} ${event}`).toBeTruthy();
    }
  });
});
