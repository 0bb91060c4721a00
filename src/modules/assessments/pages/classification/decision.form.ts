import type { ClassificationDecision } from '../../classification.decisions.ts';
import { CLASSIFICATION_CATEGORIES, type ClassificationContent, PLACEMENT_OPTIONS } from '../../classification.tables.ts';
import { RISK_LEVELS, SUPERVISION_INTENSITIES } from '../../instruments/instrument.definition.ts';

/**
 * The committee's forms on the placement tab. Each form sends `action` (confirm / override / return) and the
 * hidden `rowVersion`; an override sends every field of the decision and `overrideReason`, a return
 * `returnComment`. Whether a reason or comment is there is the service's rule (it refuses with its own
 * message); that every field of an overriding decision was chosen is the form's.
 */

type Body = Record<string, unknown>;
export const RISK_FIELDS = ['violence', 'influence', 'vulnerability', 'reoffending'] as const;
/** A risk the committee records as not assessed (no approved assessment judged it) is chosen explicitly. */
export const NOT_ASSESSED = 'none';
const DECISION_ACTIONS = ['confirm', 'override', 'return'] as const;

export type DecisionFields = Record<'category' | (typeof RISK_FIELDS)[number] | 'placement' | 'intensity', string>;
export type DecisionForm = DecisionFields & {
  action: (typeof DECISION_ACTIONS)[number] | '';
  reason: string;
  comment: string;
  rowVersion: number;
};
export type MissingField = keyof DecisionFields;

const single = (value: unknown): string => (typeof value === 'string' ? value : Array.isArray(value) ? String(value[0] ?? '') : '');
const oneOf = <T extends string>(options: readonly T[], value: string): T | '' =>
  (options as readonly string[]).includes(value) ? (value as T) : '';

/** The hidden row version, or 0 (which no row has) when it is missing or not a number. */
export function rowVersionOf(body: Body): number {
  const value = Number(single(body.rowVersion));
  return Number.isInteger(value) && value > 0 ? value : 0;
}

export function decisionFormOf(body: Body): DecisionForm {
  const risk = (name: string) => oneOf([...RISK_LEVELS, NOT_ASSESSED], single(body[name]));
  return {
    action: oneOf(DECISION_ACTIONS, single(body.action)),
    category: oneOf(CLASSIFICATION_CATEGORIES, single(body.category)),
    violence: risk('violence'),
    influence: risk('influence'),
    vulnerability: risk('vulnerability'),
    reoffending: risk('reoffending'),
    placement: oneOf(PLACEMENT_OPTIONS, single(body.placement)),
    intensity: oneOf(SUPERVISION_INTENSITIES, single(body.intensity)),
    reason: single(body.overrideReason),
    comment: single(body.returnComment),
    rowVersion: rowVersionOf(body),
  };
}

/** The override form starts from what Kadam proposed, so the member changes only what they decide differently. */
export function fieldsOf(content: ClassificationContent): DecisionFields {
  return {
    category: content.category,
    violence: content.violence ?? NOT_ASSESSED,
    influence: content.influence ?? NOT_ASSESSED,
    vulnerability: content.vulnerability ?? NOT_ASSESSED,
    reoffending: content.reoffending ?? NOT_ASSESSED,
    placement: content.placement ?? '',
    intensity: content.intensity ?? '',
  };
}

/**
 * The decision the service is asked to take, or the fields still to choose. A prisoner's decision names a
 * placement option and no intensity; a probation client's an intensity and no placement.
 */
export function decisionOf(
  form: DecisionForm,
  probationClient: boolean,
  alertReason: string,
): { decision: ClassificationDecision; missing: [] } | { decision: null; missing: MissingField[] } {
  if (form.action === 'confirm') return { decision: { action: 'confirm', alertReason }, missing: [] };
  if (form.action === 'return') return { decision: { action: 'return', comment: form.comment.trim() }, missing: [] };
  const needed: MissingField[] = ['category', ...RISK_FIELDS, probationClient ? 'intensity' : 'placement'];
  const missing = needed.filter((field) => form[field] === '');
  if (form.action === '' || missing.length > 0) return { decision: null, missing: form.action === '' ? ['category'] : missing };
  const level = (value: string) => (value === NOT_ASSESSED ? null : (value as (typeof RISK_LEVELS)[number]));
  const decision: ClassificationContent = {
    category: form.category as ClassificationContent['category'],
    violence: level(form.violence),
    influence: level(form.influence),
    vulnerability: level(form.vulnerability),
    reoffending: level(form.reoffending),
    placement: probationClient ? null : (form.placement as ClassificationContent['placement']),
    intensity: probationClient ? (form.intensity as ClassificationContent['intensity']) : null,
  };
  return { decision: { action: 'override', decision, reason: form.reason.trim(), alertReason }, missing: [] };
}
