import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from '../../platform/auth/auth.tables.ts';
import { type LocalisedName, orgUnits, territories } from '../../platform/org/org.tables.ts';

export const SEXES = ['female', 'male'] as const;
export const NO_PIN_REASONS = ['foreign_national', 'stateless', 'documents_unresolved', 'unknown'] as const;
export const LEGAL_STATUSES = ['remand', 'convicted', 'probation', 'released', 'other'] as const;
export const EDUCATION_LEVELS = ['none', 'primary', 'basic_secondary', 'secondary', 'vocational', 'incomplete_higher', 'higher'] as const;
export const MARITAL_STATUSES = ['single', 'married', 'civil_partnership', 'divorced', 'widowed'] as const;

/**
 * One record per person, prisoner or probation client. The PIN is a column, never the key: a PIN can change
 * (history in `pin_changes`) and some people have none (`noPinReason`). `unitId` is the unit whose staff may
 * see the person (their facility or probation office) and `legalStatus` their current status; both follow the
 * custody and probation history and are kept here so scope checks and searches need no joins.
 */
export const people = pgTable(
  'people',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    familyName: text('family_name').notNull(),
    givenName: text('given_name').notNull(),
    patronymic: text('patronymic'),
    familyNameLatin: text('family_name_latin'),
    givenNameLatin: text('given_name_latin'),
    patronymicLatin: text('patronymic_latin'),
    dateOfBirth: date('date_of_birth', { mode: 'string' }).notNull(),
    sex: text('sex', { enum: SEXES }).notNull(),
    /** ISO 3166-1 alpha-3, e.g. KGZ. */
    citizenship: text('citizenship'),
    languages: text('languages')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    preferredLanguage: text('preferred_language'),
    education: text('education', { enum: EDUCATION_LEVELS }),
    occupation: text('occupation'),
    maritalStatus: text('marital_status', { enum: MARITAL_STATUSES }),
    dependants: integer('dependants'),
    registeredAddress: text('registered_address'),
    registeredTerritoryId: uuid('registered_territory_id').references(() => territories.id),
    actualAddress: text('actual_address'),
    actualTerritoryId: uuid('actual_territory_id').references(() => territories.id),
    /** Sensitive: shown and edited only with `people:sensitive`. */
    ethnicity: text('ethnicity'),
    disability: text('disability'),
    pin: text('pin'),
    noPinReason: text('no_pin_reason', { enum: NO_PIN_REASONS }),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => orgUnits.id),
    legalStatus: text('legal_status', { enum: LEGAL_STATUSES }).notNull().default('other'),
    /** Every spelling of every name, normalised (see people.transliteration.ts), for trigram search. */
    searchText: text('search_text').notNull().default(''),
    /** Set when this record was merged into another; the survivor keeps both histories. */
    mergedIntoId: uuid('merged_into_id').references((): AnyPgColumn => people.id),
    createdBy: uuid('created_by').references(() => users.id),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('people_pin_idx')
      .on(table.pin)
      .where(sql`${table.pin} is not null and ${table.mergedIntoId} is null`),
    index('people_unit_idx').on(table.unitId),
    index('people_birth_idx').on(table.dateOfBirth),
    // Name search (people.search-names.ts): "which people of these units carry this exact name word". GIN with
    // btree_gin, so the unit and the word are intersected inside the index and only the people asked for are read.
    // Replaced a GiST trigram index whose nearest-first search, at 1,000,000 people, read most of the index
    // for a partial or misspelt name (300–900 ms; docs/performance.md). Without GIN's pending list (fastupdate):
    // every search would scan the list of not-yet-merged entries, up to 4 MB after a bulk import — measured 3×
    // slower searches — while writing straight into the index cost no measurable import time.
    index('people_unit_words_idx')
      .using('gin', table.unitId, sql`string_to_array(${table.searchText}, ' ')`)
      .with({ fastupdate: false }),
    check('people_pin_or_reason', sql`(${table.pin} is null) <> (${table.noPinReason} is null)`),
    check('people_pin_format', sql`${table.pin} is null or ${table.pin} ~ '^[0-9]{14}$'`),
    check('people_dependants_check', sql`${table.dependants} is null or ${table.dependants} >= 0`),
  ],
);

/**
 * Every distinct word of every person's `searchText`: a few thousand words however many people there are. A
 * typed name is matched against this short list first (trigram similarity, so spellings and typos still match),
 * then people are looked up by the exact words found. Kept by a trigger on `people` (migration
 * 0008_person_name_words), so no write path can forget it. Words are never removed: a word nobody carries any
 * more only costs one useless lookup, and the list links no word to anyone.
 */
export const personNameWords = pgTable('person_name_words', { word: text('word').primaryKey() }, (table) => [
  index('person_name_words_trgm_idx').using('gin', sql`${table.word} gin_trgm_ops`),
]);

export const ALIAS_KINDS = ['alias', 'previous_name', 'other_spelling'] as const;

export const personAliases = pgTable(
  'person_aliases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    kind: text('kind', { enum: ALIAS_KINDS }).notNull(),
    name: text('name').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('person_aliases_person_idx').on(table.personId)],
);

export const CONTACT_KINDS = ['phone', 'email', 'next_of_kin', 'other'] as const;

export const personContacts = pgTable(
  'person_contacts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    kind: text('kind', { enum: CONTACT_KINDS }).notNull(),
    name: text('name'),
    relationship: text('relationship'),
    value: text('value'),
    address: text('address'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('person_contacts_person_idx').on(table.personId)],
);

/** Every change of a person's PIN (or of having none), with its date and reason. */
export const pinChanges = pgTable(
  'pin_changes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    previousPin: text('previous_pin'),
    newPin: text('new_pin'),
    changedOn: date('changed_on', { mode: 'string' }).notNull(),
    reason: text('reason').notNull(),
    recordedBy: uuid('recorded_by').references(() => users.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('pin_changes_person_idx').on(table.personId), index('pin_changes_previous_idx').on(table.previousPin)],
);

export const DOCUMENT_KINDS = ['passport', 'id_card', 'foreign_passport', 'birth_certificate', 'other'] as const;

export const identityDocuments = pgTable(
  'identity_documents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    kind: text('kind', { enum: DOCUMENT_KINDS }).notNull(),
    number: text('number').notNull(),
    issuedBy: text('issued_by'),
    issuedOn: date('issued_on', { mode: 'string' }),
    expiresOn: date('expires_on', { mode: 'string' }),
    /** ISO 3166-1 alpha-3 of the issuing country. */
    country: text('country'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('identity_documents_person_idx').on(table.personId), index('identity_documents_number_idx').on(table.number)],
);

/** The Criminal Code articles, reference data with the terrorism- and extremism-related ones marked. */
export const criminalCodeArticles = pgTable('criminal_code_articles', {
  code: text('code').primaryKey(),
  title: jsonb('title').$type<LocalisedName>().notNull(),
  extremism: boolean('extremism').notNull().default(false),
  terrorism: boolean('terrorism').notNull().default(false),
  active: boolean('active').notNull().default(true),
});

export const SENTENCE_TYPES = [
  'imprisonment',
  'conditional',
  'community_service',
  'restriction_of_liberty',
  'fine',
  'probation_measures',
  'other',
] as const;

export const criminalCases = pgTable(
  'criminal_cases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    caseNumber: text('case_number').notNull(),
    court: text('court'),
    verdictOn: date('verdict_on', { mode: 'string' }),
    articles: text('articles')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    sentenceType: text('sentence_type', { enum: SENTENCE_TYPES }),
    sentenceMonths: integer('sentence_months'),
    sentenceStartOn: date('sentence_start_on', { mode: 'string' }),
    expectedReleaseOn: date('expected_release_on', { mode: 'string' }),
    notes: text('notes'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('criminal_cases_person_idx').on(table.personId),
    index('criminal_cases_number_idx').on(sql`lower(${table.caseNumber})`),
    check(
      'criminal_cases_release_after_start',
      sql`${table.expectedReleaseOn} is null or ${table.sentenceStartOn} is null or ${table.expectedReleaseOn} >= ${table.sentenceStartOn}`,
    ),
  ],
);

export const CUSTODY_EVENT_KINDS = ['admission', 'transfer', 'release'] as const;
export const RELEASE_TYPES = [
  'end_of_sentence',
  'conditional_early_release',
  'amnesty',
  'pardon',
  'court_decision',
  'to_probation',
  'death',
  'other',
] as const;

/**
 * Custody as a sequence of movements: an admission to a facility (with its regime), transfers between
 * facilities (with reason), and a release (with type). An episode runs from an admission to the next release.
 */
export const custodyEvents = pgTable(
  'custody_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    kind: text('kind', { enum: CUSTODY_EVENT_KINDS }).notNull(),
    occurredOn: date('occurred_on', { mode: 'string' }).notNull(),
    facilityId: uuid('facility_id').references(() => orgUnits.id),
    fromFacilityId: uuid('from_facility_id').references(() => orgUnits.id),
    regime: text('regime'),
    remand: boolean('remand').notNull().default(false),
    releaseType: text('release_type', { enum: RELEASE_TYPES }),
    reason: text('reason'),
    caseId: uuid('case_id').references(() => criminalCases.id),
    recordedBy: uuid('recorded_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('custody_events_person_idx').on(table.personId, table.occurredOn)],
);

export const PROBATION_TYPES = ['pre_trial', 'executive', 'penitentiary', 'post_penitentiary'] as const;

export const probationEpisodes = pgTable(
  'probation_episodes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    probationType: text('probation_type', { enum: PROBATION_TYPES }).notNull(),
    officeId: uuid('office_id')
      .notNull()
      .references(() => orgUnits.id),
    startedOn: date('started_on', { mode: 'string' }).notNull(),
    endedOn: date('ended_on', { mode: 'string' }),
    endReason: text('end_reason'),
    caseId: uuid('case_id').references(() => criminalCases.id),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('probation_episodes_person_idx').on(table.personId),
    check('probation_episodes_end_after_start', sql`${table.endedOn} is null or ${table.endedOn} >= ${table.startedOn}`),
  ],
);

export const ALERT_TYPES = [
  'violent_extremist_offender',
  'vulnerable_to_recruitment',
  'must_not_locate_with',
  'self_harm_risk',
  'violence_risk',
  'health',
  'other',
] as const;

/** A flag on a person, with a reason and dates; removing one keeps the row, with who removed it and why. */
export const personAlerts = pgTable(
  'person_alerts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    type: text('type', { enum: ALERT_TYPES }).notNull(),
    /** For "must not be located with": the other person. */
    relatedPersonId: uuid('related_person_id').references(() => people.id),
    reason: text('reason').notNull(),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    removedAt: timestamp('removed_at', { withTimezone: true }),
    removedBy: uuid('removed_by').references(() => users.id),
    removalReason: text('removal_reason'),
  },
  (table) => [
    index('person_alerts_person_idx').on(table.personId),
    check('person_alerts_dates', sql`${table.validTo} is null or ${table.validTo} >= ${table.validFrom}`),
  ],
);

export const MERGE_STATUSES = ['proposed', 'approved', 'rejected'] as const;

/** Two records found to be one person: proposed by one user, approved (or rejected) by another. */
export const personMerges = pgTable(
  'person_merges',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    survivorId: uuid('survivor_id')
      .notNull()
      .references(() => people.id),
    mergedId: uuid('merged_id')
      .notNull()
      .references(() => people.id),
    reason: text('reason').notNull(),
    status: text('status', { enum: MERGE_STATUSES }).notNull().default('proposed'),
    proposedBy: uuid('proposed_by').references(() => users.id),
    proposedAt: timestamp('proposed_at', { withTimezone: true }).notNull().defaultNow(),
    decidedBy: uuid('decided_by').references(() => users.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    decisionNote: text('decision_note'),
  },
  (table) => [check('person_merges_distinct', sql`${table.survivorId} <> ${table.mergedId}`)],
);

/** One run of `kadam import people`: what was read and how far it got, so an interrupted run resumes. */
export const peopleImports = pgTable('people_imports', {
  id: uuid('id').primaryKey().defaultRandom(),
  fileName: text('file_name').notNull(),
  fileHash: text('file_hash').notNull().unique(),
  totalRows: integer('total_rows').notNull(),
  rowsDone: integer('rows_done').notNull().default(0),
  created: integer('created').notNull().default(0),
  updated: integer('updated').notNull().default(0),
  startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
  finishedAt: timestamp('finished_at', { withTimezone: true }),
});
