import { describe, expect, it } from 'vitest';
import { COURT_REPORT_REFUSALS } from './courtreports.errors.ts';
import { HISTORY_EVENTS } from './courtreports.history.ts';
import { courtReportMessages } from './courtreports.messages.ts';
import { deadlineStatus, decisionRefusal, followedRates, followedRefusal, submissionRefusal } from './courtreports.models.ts';

const TODAY = '2026-11-26';

describe('where a report stands against its deadline', () => {
  it('is overdue the day after the deadline, not on the deadline day itself', () => {
    expect(deadlineStatus({ status: 'draft', deadline: '2026-11-25' }, TODAY)).toBe('overdue');
    expect(deadlineStatus({ status: 'draft', deadline: TODAY }, TODAY)).toBe('due');
  });

  it('is due from five days before the deadline, and on time before that', () => {
    expect(deadlineStatus({ status: 'returned', deadline: '2026-12-01' }, TODAY)).toBe('due');
    expect(deadlineStatus({ status: 'returned', deadline: '2026-12-02' }, TODAY)).toBe('on_time');
  });

  it('counts a report waiting for approval against the deadline too', () => {
    expect(deadlineStatus({ status: 'submitted', deadline: '2026-11-20' }, TODAY)).toBe('overdue');
  });

  it('is done once approved or decided, whatever the date', () => {
    expect(deadlineStatus({ status: 'approved', deadline: '2026-11-01' }, TODAY)).toBe('done');
    expect(deadlineStatus({ status: 'decided', deadline: '2026-11-01' }, TODAY)).toBe('done');
  });
});

describe('the rate of followed recommendations', () => {
  it('gives the share followed in full and the share followed at least in part', () => {
    expect(followedRates({ followed: 6, partly: 2, notFollowed: 2, notApplicable: 0 })).toEqual({
      decided: 10,
      followedRate: 0.6,
      atLeastPartlyRate: 0.8,
    });
  });

  it('leaves reports that made no recommendation out of both rates', () => {
    expect(followedRates({ followed: 1, partly: 0, notFollowed: 1, notApplicable: 5 })).toEqual({
      decided: 2,
      followedRate: 0.5,
      atLeastPartlyRate: 0.5,
    });
  });

  it('has no rate, rather than 0 %, when nothing was decided', () => {
    expect(followedRates({ followed: 0, partly: 0, notFollowed: 0, notApplicable: 3 })).toEqual({
      decided: 0,
      followedRate: null,
      atLeastPartlyRate: null,
    });
  });
});

describe('the workflow rules', () => {
  const complete = {
    interviewCount: 1,
    familySituation: 'Үй-бүлөсү менен жашайт',
    employmentSituation: 'Курулушта иштейт',
    personView: 'Күнөөсүн мойнуна алат',
    screeningAssessmentId: null,
    screeningNote: 'Баалоо башталды',
    recommendation: 'community_service',
    recommendationReasons: 'Туруктуу иши бар',
  };

  it('sends a report for approval only with an interview, the inquiry written and a reasoned recommendation', () => {
    expect(submissionRefusal(complete)).toBeNull();
    expect(submissionRefusal({ ...complete, interviewCount: 0 })).toBe('no_interviews');
    expect(submissionRefusal({ ...complete, screeningNote: null })).toBe('inquiry_incomplete');
    expect(submissionRefusal({ ...complete, personView: null })).toBe('inquiry_incomplete');
    expect(submissionRefusal({ ...complete, recommendationReasons: null })).toBe('no_recommendation');
  });

  it('refuses approval by any author of the report, and a return without a comment', () => {
    const check = { decision: 'approve' as const, comment: '', authorIds: ['officer', null, 'sender'] };
    expect(decisionRefusal({ ...check, actorId: 'officer' })).toBe('own_report');
    expect(decisionRefusal({ ...check, actorId: 'sender' })).toBe('own_report');
    expect(decisionRefusal({ ...check, actorId: 'manager' })).toBeNull();
    expect(decisionRefusal({ ...check, actorId: 'manager', decision: 'return', comment: '  ' })).toBe('comment_required');
  });

  it('keeps "not applicable" for reports without a recommendation, and only for them', () => {
    expect(followedRefusal('fine', 'not_applicable')).toBe('followed_required');
    expect(followedRefusal('no_recommendation', 'followed')).toBe('followed_not_applicable');
    expect(followedRefusal('no_recommendation', 'not_applicable')).toBeNull();
    expect(followedRefusal('community_service', 'partly')).toBeNull();
  });

  it('words every refusal and every history event in each language', () => {
    for (const catalog of [courtReportMessages.en, courtReportMessages.ky, courtReportMessages.ru]) {
      const keys = Object.keys(catalog);
      for (const code of COURT_REPORT_REFUSALS) expect(keys).toContain(`courtReports.refusal.${code}`);
      for (const event of HISTORY_EVENTS) expect(keys).toContain(`courtReports.history.${event}`);
    }
  });
});
