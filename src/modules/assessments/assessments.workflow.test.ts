import { describe, expect, it } from 'vitest';
import { messages } from '../../messages.ts';
import { createI18n } from '../../platform/i18n/translator.ts';
import {
  ACTIONS,
  checkTransition,
  CORRECTION_STATUS,
  nextStatus,
  REFUSALS,
  STATUSES,
  type TransitionRequest,
} from './assessments.workflow.ts';

const ASSESSOR = 'user-assessor';
const REVIEWER = 'user-reviewer';

/** A request by the second person, accredited, with a comment and a reason: each test takes one thing away. */
const request = (overrides: Partial<TransitionRequest>): TransitionRequest => ({
  status: 'submitted',
  action: 'approve',
  actorId: REVIEWER,
  assessorId: ASSESSOR,
  comment: 'Evidence for S2 is missing.',
  overrideReason: 'The file shows threats the assessor did not weigh.',
  accredited: true,
  ...overrides,
});

describe('the assessment workflow', () => {
  it('lets a draft or a returned assessment be saved, staying where it is', () => {
    expect(nextStatus('draft', 'save')).toBe('draft');
    expect(nextStatus('returned', 'save')).toBe('returned');
  });

  it('submits a draft or a returned assessment', () => {
    expect(nextStatus('draft', 'submit')).toBe('submitted');
    expect(nextStatus('returned', 'submit')).toBe('submitted');
  });

  it('approves, overrides or returns a submitted assessment', () => {
    expect(nextStatus('submitted', 'approve')).toBe('approved');
    expect(nextStatus('submitted', 'override')).toBe('approved');
    expect(nextStatus('submitted', 'return')).toBe('returned');
  });

  it('supersedes an approved assessment', () => {
    expect(nextStatus('approved', 'supersede')).toBe('superseded');
  });

  it('keeps an approved assessment approved when a correction starts, the correction being a new draft', () => {
    expect(nextStatus('approved', 'correct')).toBe('approved');
    expect(CORRECTION_STATUS).toBe('draft');
  });

  it('allows nothing else: an approved or superseded assessment is never edited, and nothing is reviewed before submission', () => {
    const allowed = new Set([
      'draft save',
      'returned save',
      'draft submit',
      'returned submit',
      'submitted approve',
      'submitted override',
      'submitted return',
      'approved supersede',
      'approved correct',
    ]);
    for (const status of STATUSES) {
      for (const action of ACTIONS) {
        if (!allowed.has(`${status} ${action}`)) expect(nextStatus(status, action), `${status} ${action}`).toBeNull();
      }
    }
    expect(nextStatus('approved', 'save')).toBeNull();
    expect(nextStatus('superseded', 'correct')).toBeNull();
  });
});

describe('checking who may take an action', () => {
  it('allows a second, accredited person to approve, return with a comment, or override with a reason', () => {
    expect(checkTransition(request({ action: 'approve' }))).toEqual({ ok: true });
    expect(checkTransition(request({ action: 'return' }))).toEqual({ ok: true });
    expect(checkTransition(request({ action: 'override' }))).toEqual({ ok: true });
  });

  it('allows the accredited assessor to save and submit their own draft', () => {
    const own = { actorId: ASSESSOR, status: 'draft' as const };
    expect(checkTransition(request({ ...own, action: 'save' }))).toEqual({ ok: true });
    expect(checkTransition(request({ ...own, action: 'submit' }))).toEqual({ ok: true });
  });

  it('refuses an action the current status does not allow', () => {
    expect(checkTransition(request({ status: 'approved', action: 'save' }))).toEqual({ ok: false, refusal: 'wrong_status' });
    expect(checkTransition(request({ status: 'draft', action: 'approve' }))).toEqual({ ok: false, refusal: 'wrong_status' });
  });

  it('refuses the assessor approving, returning or overriding their own assessment', () => {
    for (const action of ['approve', 'return', 'override'] as const) {
      expect(checkTransition(request({ action, actorId: ASSESSOR }))).toEqual({ ok: false, refusal: 'own_assessment' });
    }
  });

  it('refuses a return without a comment, a blank one included', () => {
    expect(checkTransition(request({ action: 'return', comment: null }))).toEqual({ ok: false, refusal: 'comment_required' });
    expect(checkTransition(request({ action: 'return', comment: '  \n ' }))).toEqual({ ok: false, refusal: 'comment_required' });
  });

  it('refuses an override without a reason, a blank one included', () => {
    expect(checkTransition(request({ action: 'override', overrideReason: undefined }))).toEqual({ ok: false, refusal: 'reason_required' });
    expect(checkTransition(request({ action: 'override', overrideReason: ' ' }))).toEqual({ ok: false, refusal: 'reason_required' });
  });

  it('refuses signing without a valid accreditation: submitting, approving and overriding', () => {
    const unaccredited = { accredited: false };
    expect(checkTransition(request({ ...unaccredited, status: 'draft', action: 'submit', actorId: ASSESSOR }))).toEqual({
      ok: false,
      refusal: 'not_accredited',
    });
    expect(checkTransition(request({ ...unaccredited, action: 'approve' }))).toEqual({ ok: false, refusal: 'not_accredited' });
    expect(checkTransition(request({ ...unaccredited, action: 'override' }))).toEqual({ ok: false, refusal: 'not_accredited' });
  });

  it('lets an unaccredited reviewer return an assessment and an unaccredited assessor save a draft, as neither signs', () => {
    expect(checkTransition(request({ accredited: false, action: 'return' }))).toEqual({ ok: true });
    expect(checkTransition(request({ accredited: false, status: 'draft', action: 'save', actorId: ASSESSOR }))).toEqual({ ok: true });
  });

  it('has a message for every refusal in Kyrgyz, Russian and English', () => {
    for (const locale of ['ky', 'ru', 'en'] as const) {
      const { t } = createI18n(messages, locale);
      for (const refusal of REFUSALS) {
        const key = `assessments.workflow.refusal.${refusal}` as const;
        expect(t(key), `${locale} ${refusal}`).not.toBe(key);
      }
    }
  });
});
