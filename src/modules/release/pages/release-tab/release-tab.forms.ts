import type { I18n } from '../../../../platform/i18n/translator.ts';
import type { FieldError } from '../../../../platform/views/components.tsx';
import { parseUserDate } from '../../../people/people.service.ts';
import { ReleaseRefused } from '../../release.errors.ts';
import type { RouteInput } from '../../release.route.ts';
import { ACTION_STATUSES, PATHWAY_STATUSES, PATHWAYS, PLANNED_RELEASE_TYPES, SUPERVISION_TYPES } from '../../release.tables.ts';

type Body = Record<string, unknown>;
const text = (value: unknown, max = 200) => (typeof value === 'string' ? value.slice(0, max) : '');
const oneOf = <T extends string>(list: readonly T[], value: string): value is T => (list as readonly string[]).includes(value);
const MAX_TEXT = 4000;

export type Pathway = (typeof PATHWAYS)[number];
export const isPathway = (value: string): value is Pathway => oneOf(PATHWAYS, value);
const versionOf = (value: string) => (/^\d{1,9}$/.test(value) ? Number(value) : null);

/** The release-route form as typed, shown again unchanged when something needs correcting. */
export type RouteForm = { version: string; releaseOn: string; releaseType: string; supervision: string; officeId: string };
export const routeForm = (body: Body): RouteForm => ({
  version: text(body.version),
  releaseOn: text(body.releaseOn),
  releaseType: text(body.releaseType),
  supervision: text(body.supervision),
  officeId: text(body.officeId),
});

export function validateRoute(form: RouteForm, t: I18n['t']): { input?: RouteInput; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const releaseOn = parseUserDate(form.releaseOn);
  if (!releaseOn) errors.push({ field: 'releaseOn', message: t('release.error.date', { field: t('release.route.releaseOn') }) });
  if (!oneOf(PLANNED_RELEASE_TYPES, form.releaseType))
    errors.push({ field: 'releaseType', message: t('validation.required', { field: t('release.route.releaseType') }) });
  const supervision = form.supervision === '' ? null : oneOf(SUPERVISION_TYPES, form.supervision) ? form.supervision : undefined;
  if (supervision === undefined)
    errors.push({ field: 'supervision', message: t('validation.invalid', { field: t('release.route.supervision') }) });
  const version = versionOf(form.version);
  if (version === null) errors.push({ field: 'releaseOn', message: t('release.refusal.stale') });
  if (errors.length > 0 || !releaseOn || version === null || supervision === undefined || !oneOf(PLANNED_RELEASE_TYPES, form.releaseType))
    return { errors };
  return { input: { version, releaseOn, releaseType: form.releaseType, supervision, officeId: form.officeId || null }, errors };
}

export type PathwayForm = { pathway: Pathway; version: string; needs: string; status: string };
export const pathwayForm = (pathway: Pathway, body: Body): PathwayForm => ({
  pathway,
  version: text(body.version),
  needs: text(body.needs, MAX_TEXT + 1),
  status: text(body.status),
});

export function validatePathway(form: PathwayForm, t: I18n['t']) {
  const errors: FieldError[] = [];
  const needs = form.needs.trim();
  if (needs.length > MAX_TEXT)
    errors.push({ field: `needs-${form.pathway}`, message: t('validation.tooLong', { field: t('release.pathway.needs'), max: MAX_TEXT }) });
  if (!oneOf(PATHWAY_STATUSES, form.status))
    errors.push({ field: `status-${form.pathway}`, message: t('validation.required', { field: t('release.pathway.status') }) });
  const version = versionOf(form.version);
  if (version === null) errors.push({ field: `needs-${form.pathway}`, message: t('release.refusal.stale') });
  if (errors.length > 0 || version === null || !oneOf(PATHWAY_STATUSES, form.status)) return { errors };
  return { input: { pathway: form.pathway, version, needs, status: form.status }, errors };
}

export type ActionForm = { pathway: Pathway; what: string; who: string; targetOn: string };
export const actionForm = (pathway: Pathway, body: Body): ActionForm => ({
  pathway,
  what: text(body.what, MAX_TEXT + 1),
  who: text(body.who, 401),
  targetOn: text(body.targetOn),
});

export function validateAction(form: ActionForm, t: I18n['t']) {
  const errors: FieldError[] = [];
  const field = (name: string) => `${name}-${form.pathway}`;
  const what = form.what.trim();
  const who = form.who.trim();
  if (what === '') errors.push({ field: field('what'), message: t('validation.required', { field: t('release.action.what') }) });
  else if (what.length > MAX_TEXT)
    errors.push({ field: field('what'), message: t('validation.tooLong', { field: t('release.action.what'), max: MAX_TEXT }) });
  if (who === '') errors.push({ field: field('who'), message: t('validation.required', { field: t('release.action.who') }) });
  else if (who.length > 400)
    errors.push({ field: field('who'), message: t('validation.tooLong', { field: t('release.action.who'), max: 400 }) });
  const targetOn = parseUserDate(form.targetOn);
  if (!targetOn) errors.push({ field: field('targetOn'), message: t('release.error.date', { field: t('release.action.targetOn') }) });
  if (errors.length > 0 || !targetOn) return { errors };
  return { input: { pathway: form.pathway, what, who, targetOn }, errors };
}

export function validateActionStatus(body: Body) {
  const status = text(body.status);
  const version = versionOf(text(body.version));
  if (!oneOf(ACTION_STATUSES, status) || version === null) return null;
  return { status, version };
}

/** A refusal the person can correct on the form: its message, linked to the field it names. */
export const refusalError = (error: unknown, t: I18n['t'], field: string): FieldError[] | null =>
  error instanceof ReleaseRefused && error.status === 400 ? [{ field: error.field ?? field, message: t(error.messageKey) }] : null;
