import type { MessageKey } from '../../../../platform/i18n/catalog.ts';
import type { I18n } from '../../../../platform/i18n/translator.ts';
import type { FieldError } from '../../../../platform/views/components.tsx';
import { parseUserDate } from '../../people.dates.ts';
import type { FieldProblem } from '../../people.history.ts';

/** A submitted form as typed: every value a string, so a refused form shows exactly what was sent. */
export type Typed<Field extends string> = Record<Field, string>;

export function typedForm<Field extends string>(body: unknown, fields: readonly Field[]): Typed<Field> {
  const source = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
  return Object.fromEntries(fields.map((field) => [field, typeof source[field] === 'string' ? source[field] : ''])) as Typed<Field>;
}

/**
 * Reads typed values into the service's input, collecting one problem per field. Each reader answers null
 * for an empty optional field and for a field it has already reported.
 */
export function formReader(values: Record<string, string>) {
  const problems: FieldProblem[] = [];
  const report = (field: string, key: MessageKey, params?: Record<string, string>) => {
    problems.push({ field, key, ...(params ? { params } : {}) });
    return null;
  };
  const text = (field: string, options: { required?: boolean; max?: number } = {}): string | null => {
    const value = (values[field] ?? '').trim();
    if (value === '') return options.required ? report(field, 'history.error.required') : null;
    const max = options.max ?? 300;
    return value.length > max ? report(field, 'history.error.tooLong', { max: String(max) }) : value;
  };
  const date = (field: string, options: { required?: boolean } = {}): string | null => {
    const value = (values[field] ?? '').trim();
    if (value === '') return options.required ? report(field, 'history.error.required') : null;
    return parseUserDate(value) ?? report(field, 'history.error.date');
  };
  const choice = <T extends string>(field: string, allowed: readonly T[], options: { required?: boolean } = {}): T | null => {
    const value = (values[field] ?? '').trim();
    if (value === '') return options.required ? report(field, 'history.error.choose') : null;
    return (allowed as readonly string[]).includes(value) ? (value as T) : report(field, 'history.error.choose');
  };
  const months = (field: string): number | null => {
    const value = (values[field] ?? '').trim();
    if (value === '') return null;
    const number = /^\d{1,3}$/.test(value) ? Number(value) : NaN;
    return number >= 1 && number <= 600 ? number : report(field, 'history.error.months');
  };
  const version = (field = 'version'): number => {
    const value = values[field] ?? '';
    return /^\d{1,9}$/.test(value) ? Number(value) : 0;
  };
  return { problems, text, date, choice, months, version };
}

/** Problems in the user's language, each naming its field by the label the form shows. */
export function problemsToErrors(problems: readonly FieldProblem[], t: I18n['t']): FieldError[] {
  const seen = new Set<string>();
  return problems
    .filter((problem) => !seen.has(problem.field) && seen.add(problem.field))
    .map((problem) => ({
      field: problem.field,
      message: t(problem.key, { field: t(`history.field.${problem.field}` as MessageKey), ...problem.params }),
    }));
}
