import type { I18n } from '../../../platform/i18n/translator.ts';
import type { FieldError } from '../../../platform/views/components.tsx';
import { parseUserDate } from '../../people/people.service.ts';
import { isUuid } from '../courtreports.errors.ts';
import { FOLLOWED, RECOMMENDATIONS, SENTENCES } from '../courtreports.tables.ts';

type Body = Record<string, unknown>;
export const MAX_TEXT = 8000;
const MAX_LINE = 300;

/** A text field of a posted form, trimmed and cut one past its limit (a longer value is refused by the check). */
export const field = (body: Body, name: string, max = MAX_TEXT): string => {
  const value = body[name];
  const text = typeof value === 'string' ? value : Array.isArray(value) ? String(value[0] ?? '') : '';
  return text.trim().slice(0, max + 1);
};

/** The report's row version the form was opened at; anything unreadable is a version no report has (a 409). */
export const rowVersionOf = (body: Body): number => {
  const version = Number(field(body, 'rowVersion', 12));
  return Number.isInteger(version) && version > 0 ? version : 0;
};

type Check = { errors: FieldError[]; t: I18n['t'] };
const label = (t: I18n['t'], name: string) => t(`courtReports.field.${name}` as 'courtReports.field.judge');

function required({ errors, t }: Check, form: Record<string, string>, name: string, max = MAX_TEXT) {
  const value = form[name] ?? '';
  if (value === '') errors.push({ field: name, message: t('validation.required', { field: label(t, name) }) });
  else if (value.length > max) errors.push({ field: name, message: t('courtReports.form.tooLong', { max }) });
}

function optional({ errors, t }: Check, form: Record<string, string>, name: string, max = MAX_TEXT) {
  if ((form[name] ?? '').length > max) errors.push({ field: name, message: t('courtReports.form.tooLong', { max }) });
}

/** A dd.mm.yyyy date, not after today unless `future` allows it. */
function dateField(check: Check, form: Record<string, string>, name: string, today: string, future = false): string | null {
  const parsed = parseUserDate(form[name] ?? '');
  if (!parsed) {
    check.errors.push({ field: name, message: check.t('courtReports.form.date', { field: label(check.t, name) }) });
    return null;
  }
  if (!future && parsed > today) {
    check.errors.push({ field: name, message: check.t('courtReports.form.future', { field: label(check.t, name) }) });
    return null;
  }
  return parsed;
}

export type RequestForm = Record<
  'officeId' | 'officerId' | 'courtId' | 'courtName' | 'judge' | 'caseNumber' | 'receivedOn' | 'deadline' | 'questions',
  string
>;

export const requestFormOf = (body: Body): RequestForm => ({
  officeId: field(body, 'officeId', 40),
  officerId: field(body, 'officerId', 40),
  courtId: field(body, 'courtId', 40),
  courtName: field(body, 'courtName', MAX_LINE),
  judge: field(body, 'judge', MAX_LINE),
  caseNumber: field(body, 'caseNumber', MAX_LINE),
  receivedOn: field(body, 'receivedOn', 20),
  deadline: field(body, 'deadline', 20),
  questions: field(body, 'questions'),
});

/** The request: a court from the list or typed, the judge, the case, received (not in the future) and the deadline after it. */
export function validateRequest(form: RequestForm, t: I18n['t'], today: string, withOffice: boolean) {
  const check: Check = { errors: [], t };
  if (withOffice && !isUuid(form.officeId)) check.errors.push({ field: 'officeId', message: t('courtReports.refusal.office_unknown') });
  if (!isUuid(form.officerId)) check.errors.push({ field: 'officerId', message: t('courtReports.refusal.officer_unknown') });
  if (form.courtId !== '' && !isUuid(form.courtId))
    check.errors.push({ field: 'courtId', message: t('courtReports.refusal.court_unknown') });
  if (form.courtId === '' && form.courtName === '') check.errors.push({ field: 'courtId', message: t('courtReports.form.courtRequired') });
  optional(check, form, 'courtName', MAX_LINE);
  required(check, form, 'judge', MAX_LINE);
  required(check, form, 'caseNumber', MAX_LINE);
  const receivedOn = dateField(check, form, 'receivedOn', today);
  const deadline = dateField(check, form, 'deadline', today, true);
  if (receivedOn && deadline && deadline < receivedOn)
    check.errors.push({ field: 'deadline', message: t('courtReports.form.deadlineBeforeReceived') });
  required(check, form, 'questions');
  if (check.errors.length > 0 || !receivedOn || !deadline) return { errors: check.errors, input: null };
  return {
    errors: [],
    input: {
      officerId: form.officerId,
      courtId: form.courtId || null,
      courtName: form.courtId ? null : form.courtName,
      judge: form.judge,
      caseNumber: form.caseNumber,
      receivedOn,
      deadline,
      questions: form.questions,
    },
  };
}

export type InterviewForm = Record<'interviewee' | 'heldOn' | 'place' | 'summary', string>;

export const interviewFormOf = (body: Body): InterviewForm => ({
  interviewee: field(body, 'interviewee', MAX_LINE),
  heldOn: field(body, 'heldOn', 20),
  place: field(body, 'place', MAX_LINE),
  summary: field(body, 'summary'),
});

/** An interview: who, when (not in the future; the service refuses one before the request), where, and what was said. */
export function validateInterview(form: InterviewForm, t: I18n['t'], today: string) {
  const check: Check = { errors: [], t };
  required(check, form, 'interviewee', MAX_LINE);
  const heldOn = dateField(check, form, 'heldOn', today);
  required(check, form, 'place', MAX_LINE);
  required(check, form, 'summary');
  if (check.errors.length > 0 || !heldOn) return { errors: check.errors, input: null };
  return { errors: [], input: { interviewee: form.interviewee, heldOn, place: form.place, summary: form.summary } };
}

export type InquiryForm = Record<
  'screeningAssessmentId' | 'screeningNote' | 'familySituation' | 'employmentSituation' | 'needs' | 'personView',
  string
>;

export const inquiryFormOf = (body: Body): InquiryForm => ({
  screeningAssessmentId: field(body, 'screeningAssessmentId', 40),
  screeningNote: field(body, 'screeningNote'),
  familySituation: field(body, 'familySituation'),
  employmentSituation: field(body, 'employmentSituation'),
  needs: field(body, 'needs'),
  personView: field(body, 'personView'),
});

/** The inquiry may be saved in parts while it is written; only its length is checked here (completeness on submitting). */
export function validateInquiry(form: InquiryForm, t: I18n['t']) {
  const check: Check = { errors: [], t };
  if (form.screeningAssessmentId !== '' && !isUuid(form.screeningAssessmentId))
    check.errors.push({ field: 'screeningAssessmentId', message: t('courtReports.refusal.assessment_unknown') });
  for (const name of ['screeningNote', 'familySituation', 'employmentSituation', 'needs', 'personView']) optional(check, form, name);
  if (check.errors.length > 0) return { errors: check.errors, input: null };
  return {
    errors: [],
    input: {
      screeningAssessmentId: form.screeningAssessmentId || null,
      screeningNote: form.screeningNote || null,
      familySituation: form.familySituation,
      employmentSituation: form.employmentSituation,
      needs: form.needs,
      personView: form.personView,
    },
  };
}

export type RecommendationForm = Record<'recommendation' | 'reasons' | 'proposedConditions', string>;

export const recommendationFormOf = (body: Body): RecommendationForm => ({
  recommendation: field(body, 'recommendation', 40),
  reasons: field(body, 'reasons'),
  proposedConditions: field(body, 'proposedConditions'),
});

/** A recommendation is one of the list, always with reasons. */
export function validateRecommendation(form: RecommendationForm, t: I18n['t']) {
  const check: Check = { errors: [], t };
  const recommendation = RECOMMENDATIONS.find((value) => value === form.recommendation);
  if (!recommendation)
    check.errors.push({ field: 'recommendation', message: t('validation.required', { field: label(t, 'recommendation') }) });
  required(check, form, 'reasons');
  optional(check, form, 'proposedConditions');
  if (check.errors.length > 0 || !recommendation) return { errors: check.errors, input: null };
  return { errors: [], input: { recommendation, reasons: form.reasons, proposedConditions: form.proposedConditions } };
}

export type CourtDecisionForm = Record<'decidedOn' | 'sentence' | 'sentenceDetails' | 'followed', string>;

export const courtDecisionFormOf = (body: Body): CourtDecisionForm => ({
  decidedOn: field(body, 'decidedOn', 20),
  sentence: field(body, 'sentence', 40),
  sentenceDetails: field(body, 'sentenceDetails'),
  followed: field(body, 'followed', 40),
});

/** The court's decision: its date (not in the future), the sentence given and whether the recommendation was followed. */
export function validateCourtDecision(form: CourtDecisionForm, t: I18n['t'], today: string) {
  const check: Check = { errors: [], t };
  const decidedOn = dateField(check, form, 'decidedOn', today);
  const sentence = SENTENCES.find((value) => value === form.sentence);
  if (!sentence) check.errors.push({ field: 'sentence', message: t('validation.required', { field: label(t, 'sentence') }) });
  optional(check, form, 'sentenceDetails');
  const followed = FOLLOWED.find((value) => value === form.followed);
  if (!followed) check.errors.push({ field: 'followed', message: t('validation.required', { field: label(t, 'followed') }) });
  if (check.errors.length > 0 || !decidedOn || !sentence || !followed) return { errors: check.errors, input: null };
  return { errors: [], input: { decidedOn, sentence, sentenceDetails: form.sentenceDetails, followed } };
}
