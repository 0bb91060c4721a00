import { describe, expect, it } from 'vitest';
import { messages } from '../../messages.ts';
import { CONCERN_REFUSALS, concernRefusalKey } from './concerns.errors.ts';
import { HISTORY_EVENTS } from './concerns.history.ts';
import { CONCERN_INDICATORS } from './concerns.indicators.ts';
import { CONCERN_DECISIONS, CONCERN_STATUSES } from './concerns.tables.ts';
import { closeProblem, decisionProblem, reporterViewOf, STEPS, statusAfter, stepsFrom } from './concerns.workflow.ts';

describe('the concern loop', () => {
  it('goes report → triage → investigation → decision → plan → reviews → closure, one step open at a time', () => {
    expect(stepsFrom('reported')).toEqual(['triage']);
    expect(statusAfter('triage', 'investigate')).toBe('investigating');
    expect(stepsFrom('investigating')).toEqual(['investigate']);
    expect(statusAfter('investigate')).toBe('awaiting_decision');
    expect(stepsFrom('awaiting_decision')).toEqual(['decide']);
    expect(statusAfter('decide', 'plan')).toBe('decided');
    expect(stepsFrom('decided')).toEqual(['plan', 'close']);
    expect(statusAfter('plan')).toBe('planned');
    expect(stepsFrom('planned')).toEqual(['review', 'close']);
    expect(statusAfter('review')).toBe('planned');
    expect(statusAfter('close')).toBe('closed');
  });

  it('ends a concern at triage or at the decision when there is no further action', () => {
    expect(statusAfter('triage', 'no_further_action')).toBe('closed');
    expect(statusAfter('decide', 'no_further_action')).toBe('closed');
    for (const decision of CONCERN_DECISIONS.filter((code) => code !== 'no_further_action'))
      expect(statusAfter('decide', decision)).toBe('decided');
  });

  it('offers no step on a closed concern and cannot skip the investigation or the decision', () => {
    expect(stepsFrom('closed')).toEqual([]);
    expect(STEPS.decide.from).not.toContain('investigating');
    expect(STEPS.plan.from).not.toContain('awaiting_decision');
    expect(STEPS.close.from).not.toContain('reported');
  });

  it('leaves every step after the report to the leads (concerns:manage)', () => {
    for (const step of Object.values(STEPS)) expect(step.permission).toBe('concerns:manage');
  });

  it('refuses a decision without reasons, an alert without its type and a referral without the agency', () => {
    const decision = { decision: 'alert' as const, reasons: 'Угрозы подтверждены', alertType: null, referralAgency: '' };
    expect(decisionProblem({ ...decision, reasons: '  ' })).toBe('reasons_required');
    expect(decisionProblem(decision)).toBe('alert_type_required');
    expect(decisionProblem({ ...decision, alertType: 'vulnerable_to_recruitment' })).toBeNull();
    expect(decisionProblem({ ...decision, decision: 'referral' })).toBe('agency_required');
    expect(decisionProblem({ ...decision, decision: 'referral', referralAgency: 'ЖККБ' })).toBeNull();
  });

  it('does not close a decision for a plan before the plan is made', () => {
    expect(closeProblem({ status: 'decided', decision: 'plan' })).toBe('plan_required');
    expect(closeProblem({ status: 'decided', decision: 'referral' })).toBeNull();
    expect(closeProblem({ status: 'planned', decision: 'plan' })).toBeNull();
  });

  it('tells a reporter the status and the action taken, nothing more', () => {
    const view = reporterViewOf({ status: 'decided', triageOutcome: 'investigate', decision: 'alert' });
    expect(view).toEqual({ status: 'decided', actionTaken: 'alert' });
    expect(reporterViewOf({ status: 'closed', triageOutcome: 'no_further_action', decision: null }).actionTaken).toBe(
      'triage_no_further_action',
    );
  });
});

describe('the concern words', () => {
  it('has Kyrgyz, Russian and English for every status, decision, indicator, refusal and history event', () => {
    for (const locale of ['ky', 'ru', 'en'] as const) {
      const table = messages[locale];
      for (const status of CONCERN_STATUSES) expect(table[`concerns.status.${status}`], `${locale} ${status}`).toBeTruthy();
      for (const decision of CONCERN_DECISIONS) expect(table[`concerns.decision.${decision}`], `${locale} ${decision}`).toBeTruthy();
      for (const code of CONCERN_INDICATORS)
        expect(table[`concerns.indicator.${code}`] && table[`concerns.indicatorHint.${code}`], `${locale} ${code}`).toBeTruthy();
      for (const code of CONCERN_REFUSALS) expect(table[concernRefusalKey(code)], `${locale} ${code}`).toBeTruthy();
      for (const event of HISTORY_EVENTS) expect(table[`concerns.history.${event}`], `${locale} ${event}`).toBeTruthy();
    }
  });

  it('lists behaviour only: no indicator speaks of religion, prayer, dress or beards in any language', () => {
    const prefixes = [
      'relig',
      'pray',
      'mosque',
      'islam',
      'beard',
      'hijab',
      'fasting',
      'рели',
      'молит',
      'намаз',
      'мечет',
      'ислам',
      'бород',
      'сакал',
      'хиджаб',
      'орозо',
      'диний',
    ];
    const exact = ['пост', 'дин', 'faith', 'вера'];
    for (const locale of ['ky', 'ru', 'en'] as const) {
      for (const code of CONCERN_INDICATORS) {
        // Indicator words are plain strings (no plural forms).
        const text = [`concerns.indicator.${code}`, `concerns.indicatorHint.${code}`]
          .map((key) => messages[locale][key] as string)
          .join(' ');
        const words = text.toLowerCase().split(/[^\p{L}]+/u);
        const religious = words.filter((word) => exact.includes(word) || prefixes.some((prefix) => word.startsWith(prefix)));
        expect(religious, `${locale} ${code}`).toEqual([]);
      }
    }
  });
});
