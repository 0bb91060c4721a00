import type { z } from 'zod';
import type { FieldError } from '../views/components.tsx';
import type { I18n } from '../i18n/translator.ts';

/**
 * Turns zod issues on a submitted form into the error-summary list, in the user's language. `labels` names
 * each field as the form's label does, so "Enter name in Kyrgyz" matches what the user sees.
 */
export function formErrors(issues: readonly z.core.$ZodIssue[], labels: Record<string, string>, t: I18n['t']): FieldError[] {
  const seen = new Set<string>();
  const errors: FieldError[] = [];
  for (const issue of issues) {
    const field = String(issue.path[0] ?? '');
    if (seen.has(field)) continue;
    seen.add(field);
    const label = labels[field] ?? field;
    let message: string;
    if (issue.code === 'too_small' && issue.origin === 'string' && Number(issue.minimum) <= 1)
      message = t('validation.required', { field: label });
    else if (issue.code === 'too_small' && issue.origin === 'string')
      message = t('validation.tooShort', { field: label, min: Number(issue.minimum) });
    else if (issue.code === 'too_big' && issue.origin === 'string')
      message = t('validation.tooLong', { field: label, max: Number(issue.maximum) });
    else message = t('validation.invalid', { field: label });
    errors.push({ field, message });
  }
  return errors;
}
