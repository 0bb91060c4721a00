import { z } from 'zod';
import { ORG_UNIT_KINDS, REGIMES } from '../../platform/org/org.tables.ts';
import { ROLES } from '../../platform/auth/roles.ts';
import { LOCALES } from '../../platform/i18n/locales.ts';

const name = z.string().trim().min(1).max(300);
const optionalCode = z
  .string()
  .trim()
  .max(64)
  .transform((value) => value || null);
const version = z.string().regex(/^\d{1,9}$/);

/** The fields a unit's names and place in the tree share between the create and edit forms. */
const unitPlacement = {
  nameKy: name,
  nameRu: name,
  nameEn: name,
  parentCode: optionalCode,
  territoryCode: optionalCode,
};

export const unitCreateForm = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[A-Z0-9][A-Z0-9_]{1,63}$/),
  kind: z.enum(ORG_UNIT_KINDS),
  ...unitPlacement,
  regime: z.union([z.literal(''), z.enum(REGIMES)]).transform((value) => value || null),
  capacity: z.union([
    z.literal(''),
    z
      .string()
      .trim()
      .regex(/^\d{1,6}$/),
  ]),
});

export const unitEditForm = z.object({ ...unitPlacement, active: z.literal('yes').optional(), version });

export const userCreateForm = z.object({
  username: z
    .string()
    .trim()
    .regex(/^[a-z0-9][a-z0-9._-]{2,63}$/i),
  displayName: name,
  locale: z.enum(LOCALES),
  password: z.string().max(1024).optional(),
  role: z.enum(ROLES),
  unitCode: z.string().trim().min(1).max(64),
  serviceAccount: z.literal('yes').optional(),
});

export const roleAddForm = z.object({ role: z.enum(ROLES), unitCode: z.string().trim().min(1).max(64), version });
export const userActionForm = z.object({ version });
export const roleRemoveForm = z.object({ roleId: z.uuid(), version });

export const tokenCreateForm = z.object({
  name: z.string().trim().min(1).max(100),
  userId: z.uuid(),
  expiresOn: z.string().trim().max(10),
});
export const idParams = z.object({ id: z.uuid() });
