import type { I18n } from '../../../platform/i18n/translator.ts';
import type { FieldError } from '../../../platform/views/components.tsx';
import { parseUserDate } from '../../people/people.service.ts';
import { ProbationRefused } from '../probation.errors.ts';

export type Body = Record<string, unknown>;
/** What the user typed, by field name, given back to the form when it is shown again. */
export type FormValues = Record<string, string>;
export type FormState = { errors: FieldError[]; values: FormValues; notice?: string | undefined };
export const emptyState = (notice?: string): FormState => ({ errors: [], values: {}, notice });

const first = (value: unknown): string =>
  typeof value === 'string' ? value : Array.isArray(value) && typeof value[0] === 'string' ? value[0] : '';

/**
 * Reads a posted form field by field: every value is kept as typed (to show again), every problem becomes an
 * error in the user's language beside its field. Callers save only when `errors` is empty.
 */
export function readForm(body: Body | undefined, t: I18n['t']) {
  const source = body ?? {};
  const values: FormValues = {};
  const errors: FieldError[] = [];
  const fail = (field: string, message: string) => {
    errors.push({ field, message });
    return null;
  };
  const raw = (name: string) => {
    const value = first(source[name]).slice(0, 10_001);
    values[name] = value;
    return value.trim();
  };
  return {
    values,
    errors,
    fail,
    text(name: string, options: { required?: boolean; max?: number } = {}): string | null {
      const value = raw(name);
      const max = options.max ?? 2000;
      if (value === '') return options.required === false ? null : fail(name, t('probation.form.required'));
      if (value.length > max) return fail(name, t('probation.form.tooLong', { max }));
      return value;
    },
    date(name: string, options: { required?: boolean } = {}): string | null {
      const value = raw(name);
      if (value === '') return options.required === false ? null : fail(name, t('probation.form.required'));
      return parseUserDate(value) ?? fail(name, t('probation.form.date'));
    },
    choice<T extends string>(name: string, options: readonly T[], settings: { required?: boolean } = {}): T | null {
      const value = raw(name);
      if (value === '') return settings.required === false ? null : fail(name, t('probation.form.choose'));
      return (options as readonly string[]).includes(value) ? (value as T) : fail(name, t('probation.form.choose'));
    },
    int(name: string, min: number, max: number, settings: { required?: boolean } = {}): number | null {
      const value = raw(name);
      if (value === '') return settings.required === false ? null : fail(name, t('probation.form.required'));
      const number = Number(value);
      return /^\d+$/.test(value) && number >= min && number <= max ? number : fail(name, t('probation.form.number', { min, max }));
    },
    list(name: string): string[] {
      const value = source[name];
      const list = ([] as unknown[]).concat(value ?? []).filter((entry): entry is string => typeof entry === 'string');
      values[name] = list.join('\n');
      return list;
    },
    version(): number {
      const version = Number(raw('version'));
      return Number.isInteger(version) && version > 0 ? version : 0;
    },
  };
}

/** A refusal from the service shown as a form error (beside its field, or at the top); anything else is rethrown. */
export async function refusalOf(work: () => Promise<unknown>, t: I18n['t']): Promise<{ error: FieldError; status: number } | null> {
  try {
    await work();
    return null;
  } catch (error) {
    if (!(error instanceof ProbationRefused) || (error.refusal === 'not_found' && error.status === 404)) throw error;
    return { error: { field: error.field ?? 'probation-form', message: t(error.messageKey) }, status: error.status };
  }
}
