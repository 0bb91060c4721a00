import type { EDUCATION_LEVELS, MARITAL_STATUSES, NO_PIN_REASONS, SEXES } from './people.tables.ts';

/** The citizenships staff meet most, as ISO 3166-1 alpha-3; `XXA` is the ICAO code for a stateless person. */
export const CITIZENSHIPS = ['KGZ', 'KAZ', 'UZB', 'TJK', 'RUS', 'TUR', 'CHN', 'AFG'] as const;
export const STATELESS = 'XXA';
export const LANGUAGES = ['ky', 'ru', 'uz', 'tg', 'en', 'other'] as const;

/**
 * The person form exactly as typed: strings (and ticked boxes), so a refused form shows what the user wrote.
 * The same shape serves /people/new (with the PIN part) and /people/:id/edit (with `version` and `reason`).
 */
export type PersonForm = {
  familyName: string;
  givenName: string;
  patronymic: string;
  familyNameLatin: string;
  givenNameLatin: string;
  patronymicLatin: string;
  aliases: string;
  dateOfBirth: string;
  sex: string;
  citizenship: string;
  citizenshipOther: string;
  languages: string[];
  preferredLanguage: string;
  education: string;
  occupation: string;
  maritalStatus: string;
  dependants: string;
  phone: string;
  kinName: string;
  kinRelationship: string;
  kinPhone: string;
  registeredAddress: string;
  registeredTerritoryId: string;
  actualAddress: string;
  actualTerritoryId: string;
  ethnicity: string;
  disability: string;
  unitId: string;
  pinChoice: string;
  pin: string;
  noPinReason: string;
  pinConfirmed: boolean;
  notDuplicate: boolean;
  version: string;
  reason: string;
};

const TEXT_FIELDS = [
  'familyName',
  'givenName',
  'patronymic',
  'familyNameLatin',
  'givenNameLatin',
  'patronymicLatin',
  'aliases',
  'dateOfBirth',
  'sex',
  'citizenship',
  'citizenshipOther',
  'preferredLanguage',
  'education',
  'occupation',
  'maritalStatus',
  'dependants',
  'phone',
  'kinName',
  'kinRelationship',
  'kinPhone',
  'registeredAddress',
  'registeredTerritoryId',
  'actualAddress',
  'actualTerritoryId',
  'ethnicity',
  'disability',
  'unitId',
  'pinChoice',
  'pin',
  'noPinReason',
  'version',
  'reason',
] as const satisfies readonly (keyof PersonForm)[];

const text = (value: unknown): string => (typeof value === 'string' ? value : Array.isArray(value) ? String(value[0] ?? '') : '');

/** A posted form body as a PersonForm; anything missing is empty, anything unexpected ignored. */
export function personFormOf(body: Record<string, unknown> | undefined | null, options: { sensitive: boolean }): PersonForm {
  const source = body ?? {};
  const form = Object.fromEntries(TEXT_FIELDS.map((field) => [field, text(source[field]).slice(0, 2000)])) as Omit<
    PersonForm,
    'languages' | 'pinConfirmed' | 'notDuplicate'
  >;
  const languages = ([] as unknown[]).concat(source.languages ?? []).filter((entry): entry is string => typeof entry === 'string');
  // Without `people:sensitive` the sensitive fields are neither shown nor taken, whatever was posted.
  if (!options.sensitive) Object.assign(form, { ethnicity: '', disability: '' });
  return { ...form, languages, pinConfirmed: source.pinConfirmed === 'yes', notDuplicate: source.notDuplicate === 'yes' };
}

export const emptyPersonForm = (): PersonForm => personFormOf({}, { sensitive: false });

/** What a valid form saves (everything but the PIN, which create and the PIN page handle themselves). */
export type PersonInput = {
  familyName: string;
  givenName: string;
  patronymic: string | null;
  familyNameLatin: string | null;
  givenNameLatin: string | null;
  patronymicLatin: string | null;
  dateOfBirth: string;
  sex: (typeof SEXES)[number];
  citizenship: string | null;
  languages: string[];
  preferredLanguage: string | null;
  education: (typeof EDUCATION_LEVELS)[number] | null;
  occupation: string | null;
  maritalStatus: (typeof MARITAL_STATUSES)[number] | null;
  dependants: number | null;
  registeredAddress: string | null;
  registeredTerritoryId: string | null;
  actualAddress: string | null;
  actualTerritoryId: string | null;
  ethnicity: string | null;
  disability: string | null;
};

/** The extras kept in their own tables: other names, and the phone and next of kin. */
export type PersonExtras = {
  aliases: string[];
  phone: string | null;
  kin: { name: string; relationship: string | null; phone: string | null } | null;
};

export type PinInput = { pin: string; noPinReason: null } | { pin: null; noPinReason: (typeof NO_PIN_REASONS)[number] };

export const isOneOf = <T extends string>(list: readonly T[], value: string): value is T => (list as readonly string[]).includes(value);

/** Blank (after trimming) becomes null: optional fields are absent, not empty strings. */
export const optional = (value: string): string | null => value.trim() || null;

/** Aliases typed one per line; blank lines and repeats dropped. */
export const aliasLines = (value: string): string[] => [
  ...new Set(
    value
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter(Boolean),
  ),
];

/** A name may be written in any script, with apostrophes and hyphens; it must hold at least one letter. */
export const hasLetter = (value: string): boolean => /\p{L}/u.test(value);
