type Body = Record<string, unknown>;

/** A text field of a posted form, cut one past its limit (anything longer is refused by the form's own check). */
export const field = (body: Body, name: string, max = 4000): string => {
  const value = body[name];
  const text = typeof value === 'string' ? value : Array.isArray(value) ? String(value[0] ?? '') : '';
  return text.slice(0, max + 1);
};

/** Every value of a field sent more than once (checkboxes), strings only. */
export const listOf = (body: Body, name: string): string[] =>
  ([] as unknown[])
    .concat(body[name] ?? [])
    .filter((entry): entry is string => typeof entry === 'string')
    .slice(0, 50);

/** The row version the form was opened at; anything unreadable is a version no concern has (a 409). */
export const rowVersionOf = (body: Body): number => {
  const version = Number(field(body, 'rowVersion', 12));
  return Number.isInteger(version) && version > 0 ? version : 0;
};

/** A person's name as lists show it. */
export const nameOf = (person: { familyName: string; givenName: string; patronymic: string | null }) =>
  [person.familyName, person.givenName, person.patronymic].filter(Boolean).join(' ');

/** yyyy-mm-dd as staff read it: dd.mm.yyyy. */
export const dotted = (isoDate: string | null) => (isoDate ? isoDate.split('-').reverse().join('.') : '');

const BISHKEK_OFFSET_MS = 6 * 3600_000;

/** An instant as dd.mm.yyyy hh:mm in Bishkek time. */
export function dottedInstant(instant: Date): string {
  const local = new Date(instant.getTime() + BISHKEK_OFFSET_MS).toISOString();
  return `${dotted(local.slice(0, 10))} ${local.slice(11, 16)}`;
}
