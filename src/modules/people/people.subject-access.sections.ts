import { asc, eq, inArray, or } from 'drizzle-orm';
import { auditEvents } from '../../platform/audit/audit.tables.ts';
import { territories } from '../../platform/org/org.tables.ts';
import { alertStatus } from './people.alerts.ts';
import { fullName, todayInBishkek } from './people.models.ts';
import type { SectionBuilder, SectionContext, SubjectAccessRow } from './people.subject-access.ts';
import { caseSections, code, iso } from './people.subject-access.cases.ts';
import { identityDocuments, people, personAlerts, personAliases, personContacts, personMerges, pinChanges } from './people.tables.ts';

/** Every column of the person's row, sensitive ones included; ids of other records are given as names. */
async function personRecord({ tx, person, userName, unitName }: SectionContext): Promise<SubjectAccessRow[]> {
  const { registeredTerritoryId, actualTerritoryId, unitId, createdBy, createdAt, updatedAt, ...columns } = person;
  const territoryIds = [registeredTerritoryId, actualTerritoryId].filter((id): id is string => id !== null);
  const named = territoryIds.length === 0 ? [] : await tx.select().from(territories).where(inArray(territories.id, territoryIds));
  const territory = (id: string | null) => named.find((row) => row.id === id)?.name ?? null;
  return [
    {
      ...columns,
      registeredTerritory: territory(registeredTerritoryId),
      actualTerritory: territory(actualTerritoryId),
      unit: await unitName(unitId),
      createdBy: await userName(createdBy),
      createdAt: iso(createdAt),
      updatedAt: iso(updatedAt),
    },
  ];
}

const aliases: SectionBuilder['rows'] = async ({ tx, person }) =>
  (await tx.select().from(personAliases).where(eq(personAliases.personId, person.id)).orderBy(asc(personAliases.createdAt))).map((row) => ({
    kind: row.kind,
    name: row.name,
    createdAt: iso(row.createdAt),
  }));

const contacts: SectionBuilder['rows'] = async ({ tx, person }) =>
  (await tx.select().from(personContacts).where(eq(personContacts.personId, person.id)).orderBy(asc(personContacts.createdAt))).map(
    ({ id: _id, personId: _person, createdAt, ...row }) => ({ ...row, createdAt: iso(createdAt) }),
  );

async function pinHistory({ tx, person, userName }: SectionContext): Promise<SubjectAccessRow[]> {
  const rows = await tx.select().from(pinChanges).where(eq(pinChanges.personId, person.id)).orderBy(asc(pinChanges.recordedAt));
  const result: SubjectAccessRow[] = [];
  for (const { id: _id, personId: _person, recordedBy, recordedAt, ...row } of rows)
    result.push({ ...row, recordedBy: await userName(recordedBy), recordedAt: iso(recordedAt) });
  return result;
}

const documents: SectionBuilder['rows'] = async ({ tx, person }) =>
  (
    await tx.select().from(identityDocuments).where(eq(identityDocuments.personId, person.id)).orderBy(asc(identityDocuments.createdAt))
  ).map(({ id: _id, personId: _person, createdAt, ...row }) => ({ ...row, createdAt: iso(createdAt) }));

/** The alerts on the person's record, removed ones included (with who removed them and why): their history. */
async function alerts({ tx, person, userName }: SectionContext): Promise<SubjectAccessRow[]> {
  const rows = await tx.select().from(personAlerts).where(eq(personAlerts.personId, person.id)).orderBy(asc(personAlerts.createdAt));
  const today = todayInBishkek();
  const result: SubjectAccessRow[] = [];
  for (const row of rows) {
    const [other] = row.relatedPersonId ? await tx.select().from(people).where(eq(people.id, row.relatedPersonId)) : [];
    result.push({
      type: row.type,
      status: alertStatus(row, today),
      relatedPerson: other ? [fullName(other), other.pin].filter(Boolean).join(', ') : null,
      reason: row.reason,
      validFrom: row.validFrom,
      validTo: row.validTo,
      createdBy: await userName(row.createdBy),
      createdAt: iso(row.createdAt),
      removedAt: iso(row.removedAt),
      removedBy: await userName(row.removedBy),
      removalReason: row.removalReason,
    });
  }
  return result;
}

/** Merges this record took part in, as the record kept or the one joined into it, with the other record named. */
async function merges({ tx, person, userName }: SectionContext): Promise<SubjectAccessRow[]> {
  const rows = await tx
    .select()
    .from(personMerges)
    .where(or(eq(personMerges.survivorId, person.id), eq(personMerges.mergedId, person.id)))
    .orderBy(asc(personMerges.proposedAt));
  const result: SubjectAccessRow[] = [];
  for (const row of rows) {
    const role = row.survivorId === person.id ? 'survivor' : 'merged';
    const [other] = await tx
      .select()
      .from(people)
      .where(eq(people.id, role === 'survivor' ? row.mergedId : row.survivorId));
    result.push({
      role,
      otherRecord: other ? { id: other.id, name: fullName(other), pin: other.pin, dateOfBirth: other.dateOfBirth } : null,
      reason: row.reason,
      status: row.status,
      proposedBy: await userName(row.proposedBy),
      proposedAt: iso(row.proposedAt),
      decidedBy: await userName(row.decidedBy),
      decidedAt: iso(row.decidedAt),
      decisionNote: row.decisionNote,
    });
  }
  return result;
}

/** Who viewed and changed the record (and any record merged into it): the audit trail, oldest first. */
async function auditTrail({ tx, person }: SectionContext): Promise<SubjectAccessRow[]> {
  const joined = await tx.select({ id: people.id }).from(people).where(eq(people.mergedIntoId, person.id));
  const ids = [person.id, ...joined.map((row) => row.id)];
  const rows = await tx
    .select({
      seq: auditEvents.seq,
      occurredAt: auditEvents.occurredAt,
      username: auditEvents.username,
      roles: auditEvents.roles,
      action: auditEvents.action,
      outcome: auditEvents.outcome,
      reason: auditEvents.reason,
    })
    .from(auditEvents)
    .where(inArray(auditEvents.personId, ids))
    .orderBy(asc(auditEvents.seq));
  // Roles as a list (the trail keeps them space-separated), so each shows on its own line in the PDF.
  return rows.map((row) => ({ ...row, occurredAt: iso(row.occurredAt), roles: row.roles ? row.roles.split(' ') : [] }));
}

/**
 * The people tables' sections of the subject access export, in the order the PDF shows them. Another module
 * registers its own (`registerSubjectAccessSection`), and both the JSON and the PDF carry it before the audit trail.
 */
export const SUBJECT_ACCESS_SECTIONS: readonly SectionBuilder[] = [
  {
    key: 'person',
    title: 'subjectAccess.section.person',
    layout: 'record',
    rows: personRecord,
    codes: {
      sex: code('people.sex'),
      legalStatus: code('people.status'),
      noPinReason: code('people.noPin'),
      education: code('people.page.education'),
      maritalStatus: code('people.page.marital'),
    },
  },
  { key: 'aliases', title: 'subjectAccess.section.aliases', layout: 'entries', rows: aliases, codes: { kind: code('people.page.alias') } },
  {
    key: 'contacts',
    title: 'subjectAccess.section.contacts',
    layout: 'entries',
    rows: contacts,
    codes: { kind: code('people.page.contact') },
  },
  { key: 'pinChanges', title: 'subjectAccess.section.pinChanges', layout: 'entries', rows: pinHistory },
  {
    key: 'identityDocuments',
    title: 'subjectAccess.section.identityDocuments',
    layout: 'entries',
    rows: documents,
    codes: { kind: code('people.page.document') },
  },
  ...caseSections,
  {
    key: 'alerts',
    title: 'subjectAccess.section.alerts',
    layout: 'entries',
    rows: alerts,
    codes: { type: code('people.alert'), status: code('subjectAccess.code.alertStatus') },
  },
  {
    key: 'merges',
    title: 'subjectAccess.section.merges',
    layout: 'entries',
    rows: merges,
    codes: { role: code('subjectAccess.code.mergeRole'), status: code('subjectAccess.code.mergeStatus') },
  },
  {
    key: 'audit',
    title: 'subjectAccess.section.audit',
    layout: 'table',
    rows: auditTrail,
    columns: [
      { field: 'occurredAt', width: 1.15 },
      { field: 'username', width: 1 },
      { field: 'roles', width: 2.4 },
      { field: 'action', width: 1.4 },
      { field: 'outcome', width: 0.85 },
      { field: 'reason', width: 1.3 },
    ],
    codes: { outcome: code('audit.outcome') },
  },
];
