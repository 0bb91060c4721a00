import type { MessageKey } from '../../../../platform/i18n/catalog.ts';
import type { FieldError } from '../../../../platform/views/components.tsx';
import { parseUserDate } from '../../../people/people.service.ts';
import type { DecisionForm, PlanAction } from '../../concerns.loop.ts';
import { CONCERN_DECISIONS, DECISION_ALERTS, TRIAGE_OUTCOMES } from '../../concerns.tables.ts';
import type { ConcernStep } from '../../concerns.workflow.ts';
import { field } from '../form-values.ts';

const MAX = 4000;
/** The plan form offers this many action rows; empty rows are left out. */
export const PLAN_ROWS = 3;

type T = (key: MessageKey, params?: Record<string, string | number>) => string;
export type StepValues = Record<string, string>;

/** The fields each step's form sends, as typed (kept when the form is shown again). */
const FIELDS: Record<ConcernStep, string[]> = {
  triage: ['outcome', 'note'],
  investigate: ['findings'],
  decide: ['decision', 'reasons', 'alertType', 'referralAgency'],
  plan: [...Array.from({ length: PLAN_ROWS }, (_, row) => [`action${row}`, `responsible${row}`, `target${row}`]).flat(), 'reviewDate'],
  review: ['summary', 'nextReviewDate'],
  close: ['reason'],
};

export const stepValuesOf = (step: ConcernStep, body: Record<string, unknown>): StepValues =>
  Object.fromEntries(FIELDS[step].map((name) => [name, field(body, name, MAX)]));

const oneOf = <T extends string>(options: readonly T[], value: string | undefined): T | null =>
  (options as readonly string[]).includes(value ?? '') ? (value as T) : null;

export type StepInput =
  | { step: 'triage'; outcome: (typeof TRIAGE_OUTCOMES)[number]; note: string }
  | { step: 'investigate'; findings: string }
  | ({ step: 'decide' } & DecisionForm)
  | { step: 'plan'; actions: PlanAction[]; reviewDate: string }
  | { step: 'review'; summary: string; nextReviewDate: string }
  | { step: 'close'; reason: string };

/** Checks what the form alone can check (choices made, texts given, dates real); the service checks the rest. */
export function validateStep(step: ConcernStep, values: StepValues, t: T): { input: StepInput | null; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const text = (name: string, message: MessageKey) => {
    const value = (values[name] ?? '').trim();
    if (value === '') errors.push({ field: name, message: t(message) });
    else if (value.length > MAX) errors.push({ field: name, message: t('concerns.form.tooLong', { max: MAX }) });
    return value;
  };
  const day = (name: string) => {
    const parsed = parseUserDate(values[name] ?? '');
    if (!parsed) errors.push({ field: name, message: t('concerns.form.dateInvalid') });
    return parsed ?? '';
  };
  let input: StepInput | null = null;
  if (step === 'triage') {
    const outcome = oneOf(TRIAGE_OUTCOMES, values.outcome);
    if (!outcome) errors.push({ field: 'outcome', message: t('concerns.triage.outcomeRequired') });
    const note = text('note', 'concerns.refusal.reasons_required');
    if (outcome) input = { step, outcome, note };
  } else if (step === 'investigate') {
    input = { step, findings: text('findings', 'concerns.investigate.findingsRequired') };
  } else if (step === 'decide') {
    const decision = oneOf(CONCERN_DECISIONS, values.decision);
    if (!decision) errors.push({ field: 'decision', message: t('concerns.decide.decisionRequired') });
    const reasons = text('reasons', 'concerns.refusal.reasons_required');
    const alertType = oneOf(DECISION_ALERTS, values.alertType);
    if (decision === 'alert' && !alertType) errors.push({ field: 'alertType', message: t('concerns.refusal.alert_type_required') });
    const referralAgency = (values.referralAgency ?? '').trim();
    if (decision === 'referral' && referralAgency === '')
      errors.push({ field: 'referralAgency', message: t('concerns.refusal.agency_required') });
    if (decision) input = { step, decision, reasons, alertType, referralAgency };
  } else if (step === 'plan') {
    const actions: PlanAction[] = [];
    for (let row = 0; row < PLAN_ROWS; row += 1) {
      const description = (values[`action${row}`] ?? '').trim();
      const responsible = (values[`responsible${row}`] ?? '').trim();
      const target = (values[`target${row}`] ?? '').trim();
      if (description === '' && responsible === '' && target === '') continue;
      if (description === '') errors.push({ field: `action${row}`, message: t('concerns.plan.actionRequired') });
      if (responsible === '') errors.push({ field: `responsible${row}`, message: t('concerns.plan.responsibleRequired') });
      const targetDate = day(`target${row}`);
      actions.push({ description, responsible, targetDate });
    }
    if (actions.length === 0) errors.push({ field: 'action0', message: t('concerns.plan.noActions') });
    input = { step, actions, reviewDate: day('reviewDate') };
  } else if (step === 'review') {
    input = { step, summary: text('summary', 'concerns.review.summaryRequired'), nextReviewDate: day('nextReviewDate') };
  } else {
    input = { step, reason: text('reason', 'concerns.refusal.reasons_required') };
  }
  return errors.length > 0 ? { input: null, errors } : { input, errors };
}
