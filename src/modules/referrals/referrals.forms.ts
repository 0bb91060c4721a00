import type { I18n } from '../../platform/i18n/translator.ts';
import type { FieldError } from '../../platform/views/components.tsx';
import { parseUserDate } from '../people/people.service.ts';
import { END_OUTCOMES, SHARED_FIELD_GROUPS } from './referrals.tables.ts';

type T = I18n['t'];
const text = (value: unknown, max = 4000) => (typeof value === 'string' ? value.trim().slice(0, max) : '');
const list = (value: unknown) => ([] as unknown[]).concat(value ?? []).filter((entry): entry is string => typeof entry === 'string');
export type Body = Record<string, unknown>;

export type ConsentForm = { partnerUnitId: string; scope: string[]; givenOn: string; validUntil: string; formReference: string };
export const consentFormValues = (body: Body): ConsentForm => ({
  partnerUnitId: text(body.partnerUnitId, 40),
  scope: list(body.scope),
  givenOn: text(body.givenOn, 20),
  validUntil: text(body.validUntil, 20),
  formReference: text(body.formReference, 200),
});

/**
 * A consent needs a partner, at least one field group, the day it was given (not in the future), a last day
 * not in the past and not before it was given, and the signed form's reference.
 */
export function validateConsent(form: ConsentForm, t: T, partnerIds: readonly string[], today: string) {
  const errors: FieldError[] = [];
  if (!partnerIds.includes(form.partnerUnitId)) errors.push({ field: 'partnerUnitId', message: t('referrals.form.partnerRequired') });
  if (form.scope.length === 0 || form.scope.some((group) => !(SHARED_FIELD_GROUPS as readonly string[]).includes(group)))
    errors.push({ field: 'scope', message: t('referrals.form.scopeRequired') });
  const givenOn = parseUserDate(form.givenOn);
  const validUntil = parseUserDate(form.validUntil);
  if (!givenOn) errors.push({ field: 'givenOn', message: t('referrals.form.dateInvalid', { field: t('referrals.consent.givenOn') }) });
  else if (givenOn > today) errors.push({ field: 'givenOn', message: t('referrals.form.givenInFuture') });
  if (!validUntil)
    errors.push({ field: 'validUntil', message: t('referrals.form.dateInvalid', { field: t('referrals.consent.validUntil') }) });
  else if (validUntil < today) errors.push({ field: 'validUntil', message: t('referrals.form.untilInPast') });
  else if (givenOn && validUntil < givenOn) errors.push({ field: 'validUntil', message: t('referrals.form.untilBeforeGiven') });
  if (!form.formReference) errors.push({ field: 'formReference', message: t('referrals.form.formReferenceRequired') });
  if (errors.length > 0 || !givenOn || !validUntil) return { errors, consent: null };
  return {
    errors,
    consent: { partnerUnitId: form.partnerUnitId, scope: [...new Set(form.scope)], givenOn, validUntil, formReference: form.formReference },
  };
}

export type ReferralForm = { partnerService: string; reason: string; needs: string[]; planObjective: string; riskNote: string };
export const referralFormValues = (body: Body): ReferralForm => ({
  partnerService: text(body.partnerService, 200),
  reason: text(body.reason),
  needs: list(body.needs),
  planObjective: text(body.planObjective, 2000),
  riskNote: text(body.riskNote),
});

/** `partnerService` is `<partner unit id>:<service>`, one choice of a partner and a service it offers. */
export function validateReferral(form: ReferralForm, t: T) {
  const errors: FieldError[] = [];
  const [partnerUnitId = '', service = ''] = form.partnerService.split(':');
  if (!partnerUnitId || !service) errors.push({ field: 'partnerService', message: t('referrals.form.partnerServiceRequired') });
  if (!form.reason) errors.push({ field: 'reason', message: t('referrals.form.reasonRequired') });
  return { errors, partnerUnitId, service };
}

/** A required text (a reason, a plan, a report): the message names the field. */
export function requiredText(body: Body, field: string, t: T, label: string): { value: string; errors: FieldError[] } {
  const value = text(body[field]);
  return { value, errors: value ? [] : [{ field, message: t('validation.required', { field: label }) }] };
}

export function sessionFormValues(body: Body, t: T) {
  const errors: FieldError[] = [];
  const heldOn = parseUserDate(text(body.heldOn, 20));
  if (!heldOn) errors.push({ field: 'heldOn', message: t('referrals.form.dateInvalid', { field: t('referrals.session.heldOn') }) });
  const attendance = text(body.attended, 10);
  if (attendance !== 'yes' && attendance !== 'no') errors.push({ field: 'attended', message: t('referrals.form.attendanceRequired') });
  return { errors, heldOn: heldOn ?? '', attended: attendance === 'yes', note: text(body.note) || null };
}

export function endReportValues(body: Body, t: T) {
  const report = requiredText(body, 'report', t, t('referrals.end.report'));
  const outcome = text(body.outcome, 40);
  const errors = [...report.errors];
  if (!(END_OUTCOMES as readonly string[]).includes(outcome))
    errors.push({ field: 'outcome', message: t('referrals.form.outcomeRequired') });
  return { errors, report: report.value, outcome: outcome as (typeof END_OUTCOMES)[number] };
}

export const versionOf = (body: Body): number => Number(text(body.version, 12)) || 0;
