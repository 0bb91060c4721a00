import { describe, expect, it } from 'vitest';
import { type PriorViolation, proposeResponse } from './probation.response.ts';

const minor = (occurredOn: string): PriorViolation => ({ occurredOn, severity: 'minor', response: 'warning' });

describe('the graded response proposed for a violation', () => {
  it('proposes a warning for a first minor violation', () => {
    expect(proposeResponse({ severity: 'minor', occurredOn: '2026-03-01', earlier: [] })).toEqual({ response: 'warning', reason: 'first' });
  });

  it('proposes an additional condition for a second one', () => {
    expect(proposeResponse({ severity: 'minor', occurredOn: '2026-03-01', earlier: [minor('2026-02-01')] })).toEqual({
      response: 'additional_condition',
      reason: 'second',
    });
  });

  it('proposes a referral to court for repeated violations', () => {
    const earlier = [minor('2026-01-01'), minor('2026-02-01')];
    expect(proposeResponse({ severity: 'minor', occurredOn: '2026-03-01', earlier })).toEqual({
      response: 'court_referral',
      reason: 'repeated',
    });
  });

  it('proposes a referral to court for a serious violation, even the first', () => {
    expect(proposeResponse({ severity: 'serious', occurredOn: '2026-03-01', earlier: [] })).toEqual({
      response: 'court_referral',
      reason: 'serious',
    });
  });

  it('counts only violations before this one, so recording a late one does not count later ones', () => {
    expect(proposeResponse({ severity: 'minor', occurredOn: '2026-01-15', earlier: [minor('2026-02-01'), minor('2026-03-01')] })).toEqual({
      response: 'warning',
      reason: 'first',
    });
  });
});
