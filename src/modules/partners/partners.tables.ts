import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../platform/auth/auth.tables.ts';
import { orgUnits, territories } from '../../platform/org/org.tables.ts';

/** What kind of body a partner is; worded in each language as `partners.kind.<code>`. */
export const PARTNER_KINDS = [
  'ngo',
  'womens_committee',
  'crime_prevention_centre',
  'local_self_government',
  'religious_scholars_council',
  'other',
] as const;
export type PartnerKind = (typeof PARTNER_KINDS)[number];

/**
 * The services partners offer, a reference list worded in each language as `partners.service.<code>`. Referrals
 * name one of them, and a partner can only be sent a referral for a service it offers.
 */
export const PARTNER_SERVICES = [
  'psychosocial_support',
  'legal_aid',
  'housing',
  'employment',
  'education',
  'family_mediation',
  'religious_dialogue',
  'health_substance_use',
  'identity_documents',
] as const;
export type PartnerService = (typeof PARTNER_SERVICES)[number];

/**
 * A partner organisation's directory entry. The organisation itself is an org unit of kind
 * `partner_organisation` (administrators add it at /admin/units); its workers hold their roles there, which is
 * what limits them to the referrals sent to it. This row adds what the directory needs.
 */
export const partnerProfiles = pgTable(
  'partner_profiles',
  {
    unitId: uuid('unit_id')
      .primaryKey()
      .references(() => orgUnits.id),
    kind: text('kind', { enum: PARTNER_KINDS }).notNull(),
    description: text('description'),
    version: integer('version').notNull().default(1),
    updatedBy: uuid('updated_by').references(() => users.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    check(
      'partner_profiles_kind_check',
      sql`${table.kind} in ('ngo','womens_committee','crime_prevention_centre','local_self_government','religious_scholars_council','other')`,
    ),
  ],
);

/** The services a partner offers (codes of PARTNER_SERVICES). */
export const partnerServices = pgTable(
  'partner_services',
  {
    unitId: uuid('unit_id')
      .notNull()
      .references(() => partnerProfiles.unitId, { onDelete: 'cascade' }),
    service: text('service').notNull(),
  },
  (table) => [primaryKey({ columns: [table.unitId, table.service] }), index('partner_services_service_idx').on(table.service)],
);

/** The districts (territories) a partner covers, so an officer finds one near the person's home. */
export const partnerDistricts = pgTable(
  'partner_districts',
  {
    unitId: uuid('unit_id')
      .notNull()
      .references(() => partnerProfiles.unitId, { onDelete: 'cascade' }),
    territoryId: uuid('territory_id')
      .notNull()
      .references(() => territories.id),
  },
  (table) => [primaryKey({ columns: [table.unitId, table.territoryId] }), index('partner_districts_territory_idx').on(table.territoryId)],
);

/** The people to call at a partner: staff of the partner, not of the state, so only name, phone and e-mail. */
export const partnerContacts = pgTable(
  'partner_contacts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => partnerProfiles.unitId, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    phone: text('phone'),
    email: text('email'),
    position: integer('position').notNull().default(0),
  },
  (table) => [index('partner_contacts_unit_idx').on(table.unitId)],
);
