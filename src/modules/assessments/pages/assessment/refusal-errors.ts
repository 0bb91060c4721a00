import type { I18n } from '../../../../platform/i18n/translator.ts';
import type { FieldError } from '../../../../platform/views/components.tsx';
import type { Missing } from '../../assessments.completeness.ts';
import { AssessmentRefused } from '../../assessments.errors.ts';
import type { InstrumentDefinition } from '../../instruments/instrument.definition.ts';

/**
 * What a refusal of the assessments service says on the page: each item still missing as its own error linking
 * to its field, a missing comment or reason at its box, and anything else (stale, own assessment, not
 * accredited, wrong stage) at the form the user sent, in the user's language.
 */

/** The instrument's own name for an indicator, free-text item or judgement, in the user's language. */
export function itemTitle(definition: InstrumentDefinition, code: string | undefined, locale: I18n['locale']): string {
  for (const section of definition.sections) {
    const found = section.indicators.find((entry) => entry.code === code) ?? section.freeText.find((entry) => entry.code === code);
    if (found) return found.title[locale];
  }
  return definition.outcome.judgements.find((entry) => entry.code === code)?.title[locale] ?? code ?? '';
}

export function missingErrors(definition: InstrumentDefinition, missing: readonly Missing[], i18n: I18n): FieldError[] {
  return missing.map((entry) => ({
    field: entry.field,
    message: i18n.t(`assessments.page.missing.${entry.problem}`, { item: itemTitle(definition, entry.code, i18n.locale) }),
  }));
}

const missingOf = (details: unknown): Missing[] =>
  typeof details === 'object' && details !== null && Array.isArray((details as { missing?: unknown }).missing)
    ? (details as { missing: Missing[] }).missing
    : [];

export function refusalErrors(error: AssessmentRefused, definition: InstrumentDefinition, i18n: I18n, formAnchor: string): FieldError[] {
  const message = i18n.t(error.messageKey);
  switch (error.refusal) {
    case 'incomplete':
      return [{ field: formAnchor, message }, ...missingErrors(definition, missingOf(error.details), i18n)];
    case 'comment_required':
      return [{ field: 'reviewComment', message }];
    case 'reason_required':
      return [{ field: 'overrideReason', message }];
    case 'override_judgement_required':
      return [{ field: `override-${definition.outcome.judgements[0]?.code ?? ''}`, message }];
    default:
      return [{ field: formAnchor, message }];
  }
}

/** Runs a service call and gives back its refusal, or rethrows anything that is not one. */
export async function refusalOf(work: () => Promise<unknown>): Promise<AssessmentRefused | null> {
  try {
    await work();
    return null;
  } catch (error) {
    if (error instanceof AssessmentRefused && error.refusal !== 'not_found') return error;
    throw error;
  }
}
