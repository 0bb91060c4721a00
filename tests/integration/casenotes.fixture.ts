import { and, eq } from 'drizzle-orm';
import { expect } from 'vitest';
import { caseNotes, caseNoteVersions } from '../../src/modules/casenotes/casenotes.tables.ts';
import { people } from '../../src/modules/people/people.tables.ts';
import { searchTextOf } from '../../src/modules/people/people.transliteration.ts';
import { auditEvents } from '../../src/platform/audit/audit.tables.ts';
import { orgUnits } from '../../src/platform/org/org.tables.ts';
import { createTestApp, createTestUser, formSession, signIn, type TestApp } from '../support/app.ts';

export const OFFICER = 'notes.officer47';
export const PSYCHOLOGIST = 'notes.psychologist47';

/**
 * An app with the users the case notes tests read and write as: a prison officer (ordinary notes only) and a
 * psychologist (sensitive notes too) at Prison No. 47, a facilitator there (no case notes), a facility manager
 * (subject access) and an officer of Prison No. 16 (outside the people's units).
 */
export async function startCaseNotes() {
  const test: TestApp = await createTestApp();
  const cookies: Record<string, string> = {};
  const unitIds: Record<string, string> = {};
  for (const unit of await test.database.db.select({ id: orgUnits.id, code: orgUnits.code }).from(orgUnits)) unitIds[unit.code] = unit.id;
  for (const [username, role, unitCode] of [
    [OFFICER, 'prison_officer', 'PRISON_47'],
    [PSYCHOLOGIST, 'psychologist', 'PRISON_47'],
    ['notes.facilitator47', 'programme_facilitator', 'PRISON_47'],
    ['notes.manager47', 'facility_manager', 'PRISON_47'],
    ['notes.officer16', 'prison_officer', 'PRISON_16'],
  ] as const) {
    await createTestUser(test, username, [{ role, unitCode }]);
    cookies[username] = await signIn(test.app, username);
  }

  async function insertPerson(givenName: string, unitCode = 'PRISON_47') {
    const [row] = await test.database.db
      .insert(people)
      .values({
        familyName: 'Жазуубеков',
        givenName,
        dateOfBirth: '1991-05-05',
        sex: 'male',
        noPinReason: 'unknown',
        searchText: searchTextOf(['Жазуубеков', givenName]),
        unitId: unitIds[unitCode]!,
      })
      .returning({ id: people.id });
    return row!.id;
  }

  const get = (url: string, as: string) => test.app.inject({ url, headers: { cookie: cookies[as]!, accept: 'text/html' } });

  /** A form sent as the user, with the CSRF token of the page the form is on (the note page for a correction). */
  async function post(url: string, fields: Record<string, string>, as: string, formUrl = url.replace(/\/correct$/, '')) {
    const session = await formSession(test.app, cookies[as]!, formUrl);
    return test.app.inject({
      method: 'POST',
      url,
      headers: { cookie: session.cookies, 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
      payload: new URLSearchParams({ _csrf: session.csrf, ...fields }).toString(),
    });
  }

  /** Writes a note through the form and returns its id (the texts are unique in each test file). */
  async function writeNote(personId: string, fields: Record<string, string>, as = OFFICER): Promise<string> {
    const response = await post(
      `/people/${personId}/notes`,
      { type: 'contact', sensitivity: 'ordinary', occurredOn: '20.03.2026', ...fields },
      as,
    );
    expect(response.statusCode, response.body.slice(0, 300)).toBe(303);
    const [note] = await test.database.db.select().from(caseNoteVersions).where(eq(caseNoteVersions.text, fields.text!));
    return note!.noteId;
  }

  const notesOf = (personId: string) => test.database.db.select().from(caseNotes).where(eq(caseNotes.personId, personId));
  const versions = (noteId: string) =>
    test.database.db.select().from(caseNoteVersions).where(eq(caseNoteVersions.noteId, noteId)).orderBy(caseNoteVersions.version);
  const auditOf = (action: string, personId: string) =>
    test.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, action), eq(auditEvents.personId, personId)));

  return { test, insertPerson, get, post, writeNote, notesOf, versions, auditOf };
}
export type CaseNotesFixture = Awaited<ReturnType<typeof startCaseNotes>>;
