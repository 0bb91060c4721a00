import { describe, expect, it } from 'vitest';
import { isClosed, stepAllowed } from './referrals.workflow.ts';

describe('the referral workflow', () => {
  it('lets the partner accept or decline only a referral that was just sent', () => {
    expect(stepAllowed('decide', 'sent')).toBe(true);
    expect(stepAllowed('decide', 'accepted')).toBe(false);
    expect(stepAllowed('decide', 'withdrawn')).toBe(false);
  });

  it('takes an action plan only after acceptance, and starts the work when the officer approves it', () => {
    expect(stepAllowed('submit_plan', 'sent')).toBe(false);
    expect(stepAllowed('submit_plan', 'accepted')).toBe(true);
    expect(stepAllowed('decide_plan', 'accepted')).toBe(true);
    expect(stepAllowed('submit_plan', 'in_progress')).toBe(false);
  });

  it('takes sessions and the end-of-service report only while the work is in progress', () => {
    for (const step of ['record_session', 'end_service'] as const) {
      expect(stepAllowed(step, 'accepted')).toBe(false);
      expect(stepAllowed(step, 'in_progress')).toBe(true);
      expect(stepAllowed(step, 'completed')).toBe(false);
    }
  });

  it('lets the officer withdraw an open referral but never a closed one', () => {
    expect(stepAllowed('withdraw', 'in_progress')).toBe(true);
    for (const status of ['declined', 'completed', 'withdrawn'] as const) {
      expect(stepAllowed('withdraw', status)).toBe(false);
      expect(isClosed(status)).toBe(true);
    }
  });
});
