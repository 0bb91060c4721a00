import { z } from 'zod';
import { ORG_UNIT_KINDS, REGIMES, TERRITORY_KINDS } from '../../platform/org/org.tables.ts';

const code = z.string().regex(/^[A-Z0-9_-]{2,64}$/, 'upper-case Latin letters, digits, "_" or "-"');
export const localisedName = z.strictObject({
  ky: z.string().trim().min(1).max(300),
  ru: z.string().trim().min(1).max(300),
  en: z.string().trim().min(1).max(300),
});

const seedFile = <Item extends z.ZodType>(item: Item) =>
  z.object({ version: z.number().int().positive(), note: z.string().optional(), items: z.array(item).min(1) });

export const territoriesSeed = seedFile(
  z.object({
    code,
    kind: z.enum(TERRITORY_KINDS),
    parent: code.nullable(),
    names: localisedName,
    projectLocation: z.boolean(),
  }),
);

export const agenciesSeed = seedFile(
  z.object({
    code,
    kind: z.string().min(1),
    names: localisedName,
    shortNames: localisedName.optional(),
    territory: code.nullable().optional(),
  }),
);

export const orgUnitsSeed = seedFile(
  z.object({
    code,
    kind: z.enum(ORG_UNIT_KINDS).exclude(['agency']),
    agency: code,
    territory: code.nullable(),
    names: localisedName,
    regime: z.enum(REGIMES).nullable().optional(),
    veUnit: z.boolean().default(false),
    capacity: z.number().int().nonnegative().nullable().optional(),
  }),
);

/**
 * Criminal Code articles. `toBeConfirmed` marks a number or title written without the official text to hand;
 * the table has no column for it: it stays in the file, for the administrators who check the list.
 */
export const criminalCodeSeed = seedFile(
  z.object({
    code: z.string().regex(/^\d{1,3}(-\d{1,2})?$/, 'an article number such as "315" or "315-1"'),
    title: localisedName,
    extremism: z.boolean(),
    terrorism: z.boolean(),
    toBeConfirmed: z.boolean().default(false),
    active: z.boolean().default(true),
  }),
);

// ---- JSON API ----
export const territoryDto = z.object({
  code: z.string(),
  kind: z.enum(TERRITORY_KINDS),
  parentCode: z.string().nullable(),
  name: localisedName,
  projectLocation: z.boolean(),
});

export const orgUnitDto = z.object({
  code: z.string(),
  kind: z.enum(ORG_UNIT_KINDS),
  parentCode: z.string().nullable(),
  territoryCode: z.string().nullable(),
  name: localisedName,
  regime: z.enum(REGIMES).nullable(),
  veUnit: z.boolean(),
  capacity: z.number().int().nullable(),
  active: z.boolean(),
  version: z.number().int(),
});

/** What an administrator may change on a unit; unknown fields are refused rather than ignored. */
export const orgUnitPatch = z.strictObject({
  name: localisedName.optional(),
  capacity: z.number().int().nonnegative().max(100_000).nullable().optional(),
  active: z.boolean().optional(),
});
export type OrgUnitPatch = z.infer<typeof orgUnitPatch>;
