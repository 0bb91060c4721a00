import { describe, expect, it } from 'vitest';
import { decisionFormOf, decisionOf, fieldsOf } from './decision.form.ts';

const override = {
  action: 'override',
  category: 'general',
  violence: 'low',
  influence: 'low',
  vulnerability: 'moderate',
  reoffending: 'none',
  placement: 'dispersal',
  intensity: 'medium',
  overrideReason: ' Комиссия башкача баалады ',
  rowVersion: '3',
};

describe('the committee’s decision form', () => {
  it('asks for every field of an overriding decision, naming the ones left unchosen', () => {
    const form = decisionFormOf({ ...override, category: '', influence: 'extreme' });
    expect(decisionOf(form, false, 'alert').missing).toEqual(['category', 'influence']);
  });

  it('asks a prisoner’s decision for a placement and a probation client’s for an intensity, never both', () => {
    const prisoner = decisionOf(decisionFormOf({ ...override, intensity: '' }), false, 'alert').decision;
    expect(prisoner).toMatchObject({ action: 'override', decision: { placement: 'dispersal', intensity: null } });
    const client = decisionOf(decisionFormOf({ ...override, placement: '' }), true, 'alert').decision;
    expect(client).toMatchObject({ decision: { placement: null, intensity: 'medium' } });
    expect(decisionOf(decisionFormOf({ ...override, intensity: '' }), true, 'alert').missing).toEqual(['intensity']);
  });

  it('records a risk chosen as not assessed as no level, and passes the reason on trimmed', () => {
    const { decision } = decisionOf(decisionFormOf(override), false, 'Чечим');
    expect(decision).toEqual({
      action: 'override',
      reason: 'Комиссия башкача баалады',
      alertReason: 'Чечим',
      decision: {
        category: 'general',
        violence: 'low',
        influence: 'low',
        vulnerability: 'moderate',
        reoffending: null,
        placement: 'dispersal',
        intensity: null,
      },
    });
    expect(decisionFormOf(override).rowVersion).toBe(3);
  });

  it('confirms and returns without the decision fields, and starts the override from Kadam’s proposal', () => {
    expect(decisionOf(decisionFormOf({ action: 'confirm' }), false, 'A').decision).toEqual({ action: 'confirm', alertReason: 'A' });
    expect(decisionOf(decisionFormOf({ action: 'return', returnComment: ' Кайра кара ' }), false, 'A').decision).toEqual({
      action: 'return',
      comment: 'Кайра кара',
    });
    expect(decisionOf(decisionFormOf({}), false, 'A').decision).toBeNull();
    const proposal = {
      category: 'general',
      violence: null,
      influence: 'low',
      vulnerability: null,
      reoffending: 'high',
      placement: null,
      intensity: 'high',
    } as const;
    expect(fieldsOf(proposal)).toMatchObject({ violence: 'none', reoffending: 'high', placement: '', intensity: 'high' });
  });
});
