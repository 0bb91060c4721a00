import { and, asc, eq } from 'drizzle-orm';
import type { Database, Executor } from '../../platform/db/pool.ts';
import { notFound } from '../../platform/http/errors.ts';
import { type PeopleActor, withPerson } from './people.access.ts';
import type { DOCUMENT_KINDS } from './people.tables.ts';
import { identityDocuments } from './people.tables.ts';

export type IdentityDocumentInput = {
  kind: (typeof DOCUMENT_KINDS)[number];
  number: string;
  issuedBy: string | null;
  issuedOn: string | null;
  expiresOn: string | null;
  country: string | null;
};

export function identityDocumentsOf(db: Executor, personId: string) {
  return db
    .select()
    .from(identityDocuments)
    .where(eq(identityDocuments.personId, personId))
    .orderBy(asc(identityDocuments.kind), asc(identityDocuments.issuedOn));
}

/** Adds a passport, ID card or other identity document to a person, audited with its fields. */
export async function addIdentityDocument(db: Database, actor: PeopleActor, personId: string, document: IdentityDocumentInput) {
  await withPerson(
    db,
    actor,
    {
      personId,
      permission: 'people:edit',
      action: 'person.document_add',
      forUpdate: true,
      changes: () =>
        Object.entries(document)
          .filter(([, value]) => value !== null)
          .map(([field, value]) => ({ field: `document.${field}`, from: null, to: value })),
    },
    async (tx, person) => {
      await tx.insert(identityDocuments).values({ ...document, personId: person.id });
    },
  );
}

/** Removes a document recorded in error (or no longer held); the audit keeps what it said. */
export async function removeIdentityDocument(db: Database, actor: PeopleActor, personId: string, documentId: string) {
  const [document] = /^[0-9a-f-]{36}$/i.test(documentId)
    ? await db
        .select()
        .from(identityDocuments)
        .where(and(eq(identityDocuments.id, documentId), eq(identityDocuments.personId, personId)))
    : [];
  await withPerson(
    db,
    actor,
    {
      personId,
      permission: 'people:edit',
      action: 'person.document_remove',
      forUpdate: true,
      details: { documentId },
      changes: () =>
        document
          ? [
              { field: 'document.kind', from: document.kind, to: null },
              { field: 'document.number', from: document.number, to: null },
            ]
          : [],
    },
    async (tx, person) => {
      if (!document) throw notFound('people.document_not_found');
      await tx.delete(identityDocuments).where(and(eq(identityDocuments.id, document.id), eq(identityDocuments.personId, person.id)));
    },
  );
}
