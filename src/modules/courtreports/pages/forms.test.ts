import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../platform/i18n/translator.ts';
import { messages } from '../../../messages.ts';
import { type RequestForm, validateCourtDecision, validateInterview, validateRequest } from './forms.ts';

const { t } = createI18n(messages, 'en');
const TODAY = '2026-11-26';
const OFFICE = '7f1d6c1e-0000-4000-8000-000000000001';
const OFFICER = '7f1d6c1e-0000-4000-8000-000000000002';

const request = (changes: Partial<RequestForm> = {}): RequestForm => ({
  officeId: OFFICE,
  officerId: OFFICER,
  courtId: '',
  courtName: 'Ноокат райондук соту',
  judge: 'Асанов Б. К.',
  caseNumber: '1-245/2026',
  receivedOn: '24.11.2026',
  deadline: '08.12.2026',
  questions: 'Айыпталуучунун жеке мүнөздөмөсү.',
  ...changes,
});
const fields = (result: { errors: { field: string }[] }) => result.errors.map((error) => error.field);

describe("the court's request form", () => {
  it('takes a court typed as free text when none is chosen from the list', () => {
    expect(validateRequest(request(), t, TODAY, true).input).toMatchObject({
      courtId: null,
      courtName: 'Ноокат райондук соту',
      receivedOn: '2026-11-24',
      deadline: '2026-12-08',
    });
  });

  it('asks for a court when none is chosen or typed', () => {
    expect(fields(validateRequest(request({ courtName: '' }), t, TODAY, true))).toEqual(['courtId']);
  });

  it('refuses a request received in the future, and a deadline before the day it was received', () => {
    expect(fields(validateRequest(request({ receivedOn: '27.11.2026' }), t, TODAY, true))).toEqual(['receivedOn']);
    expect(fields(validateRequest(request({ deadline: '23.11.2026' }), t, TODAY, true))).toEqual(['deadline']);
  });

  it('checks the office only when the form offers one', () => {
    expect(fields(validateRequest(request({ officeId: '' }), t, TODAY, true))).toEqual(['officeId']);
    expect(validateRequest(request({ officeId: '' }), t, TODAY, false).input).not.toBeNull();
  });
});

describe('the interview and court decision forms', () => {
  it('refuses an interview dated in the future, or without who, where and what', () => {
    const result = validateInterview({ interviewee: '', heldOn: '30.11.2026', place: '', summary: '' }, t, TODAY);
    expect(fields(result)).toEqual(['interviewee', 'heldOn', 'place', 'summary']);
  });

  it("needs the court's decision date, the sentence and whether the recommendation was followed", () => {
    const result = validateCourtDecision({ decidedOn: '', sentence: 'probation', sentenceDetails: '', followed: '' }, t, TODAY);
    expect(fields(result)).toEqual(['decidedOn', 'sentence', 'followed']);
  });
});
