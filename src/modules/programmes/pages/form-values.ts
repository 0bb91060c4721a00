/** A form's values as typed: one string per field, lists for checkboxes. */
export const textOf = (value: unknown, max = 200): string => (typeof value === 'string' ? value.slice(0, max) : '');
export const listOf = (value: unknown): string[] =>
  ([] as unknown[]).concat(value ?? []).filter((entry): entry is string => typeof entry === 'string');
