import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CaseNotesFixture, OFFICER, PSYCHOLOGIST, startCaseNotes } from './casenotes.fixture.ts';

let f: CaseNotesFixture;
beforeAll(async () => {
  f = await startCaseNotes();
});
afterAll(() => f.test.close());

describe('writing a case note', () => {
  it('saves an ordinary note that case workers read, audited without its text', async () => {
    const personId = await f.insertPerson('Азамат');
    const noteId = await f.writeNote(personId, { text: 'Апасы менен телефон аркылуу сүйлөштү.' });
    for (const reader of [OFFICER, PSYCHOLOGIST]) {
      const page = await f.get(`/people/${personId}/notes`, reader);
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain('Апасы менен телефон аркылуу сүйлөштү.');
      expect(page.body).toContain(`data-note-id="${noteId}"`);
    }
    const [event] = await f.auditOf('casenote.write', personId);
    expect(event).toMatchObject({ outcome: 'success', details: { noteId, type: 'contact', sensitivity: 'ordinary' } });
    expect(JSON.stringify(event)).not.toContain('телефон');
  });

  it('refuses an empty note in Kyrgyz, keeps what was typed and saves nothing', async () => {
    const personId = await f.insertPerson('Бакыт');
    const response = await f.post(
      `/people/${personId}/notes`,
      { type: '', sensitivity: 'health', occurredOn: '01.01.2099', text: ' ' },
      OFFICER,
    );
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('Жазуунун түрүн тандаңыз');
    expect(response.body).toContain('Күн келечекте болушу мүмкүн эмес');
    expect(response.body).toContain('Жазуунун текстин жазыңыз');
    expect(response.body).toContain('value="01.01.2099"');
    expect(response.body).toMatch(/<option value="health" selected/);
    expect(await f.notesOf(personId)).toHaveLength(0);
    expect(await f.auditOf('casenote.write', personId)).toHaveLength(0);
  });

  it('is refused to a role without case notes, and answers 404 for a person outside the writer’s units', async () => {
    const personId = await f.insertPerson('Жаркын');
    expect((await f.get(`/people/${personId}/notes`, 'notes.facilitator47')).statusCode).toBe(403);
    expect((await f.get(`/people/${personId}/notes`, 'notes.officer16')).statusCode).toBe(404);
    const response = await f.post(
      `/people/${personId}/notes`,
      { type: 'contact', sensitivity: 'ordinary', text: 'Сырттан' },
      'notes.officer16',
      '/',
    );
    expect(response.statusCode).toBe(404);
    expect(await f.notesOf(personId)).toHaveLength(0);
  });
});

describe('a sensitive note', () => {
  it('is neither shown nor hinted at to a reader without casenotes:sensitive, on the tab, the note page or the timeline', async () => {
    const personId = await f.insertPerson('Данияр');
    const emptyId = await f.insertPerson('Элдияр');
    const noteId = await f.writeNote(
      personId,
      { type: 'observation', sensitivity: 'health', text: 'Купуя ден соолук жазуусу.' },
      PSYCHOLOGIST,
    );
    const officerTab = await f.get(`/people/${personId}/notes`, OFFICER);
    const emptyTab = await f.get(`/people/${emptyId}/notes`, OFFICER);
    expect(officerTab.statusCode).toBe(200);
    expect(officerTab.body).not.toContain('Купуя ден соолук жазуусу.');
    expect(officerTab.body).not.toContain(noteId);
    // The tab reads exactly as it does for a person with no notes at all.
    expect(officerTab.body).toContain('data-notes="none"');
    expect(emptyTab.body).toContain('data-notes="none"');
    const notePage = await f.get(`/people/${personId}/notes/${noteId}`, OFFICER);
    const absentPage = await f.get(`/people/${personId}/notes/00000000-0000-4000-8000-000000000000`, OFFICER);
    expect([notePage.statusCode, absentPage.statusCode]).toEqual([404, 404]);
    const officerTimeline = await f.get(`/people/${personId}/timeline`, OFFICER);
    expect(officerTimeline.body).not.toContain('data-kind="case_note"');
    expect(officerTimeline.body).not.toContain('Купуя ден соолук жазуусу.');

    const psychologistTab = await f.get(`/people/${personId}/notes`, PSYCHOLOGIST);
    expect(psychologistTab.body).toContain('Купуя ден соолук жазуусу.');
    expect(psychologistTab.body).toContain('data-sensitivity="health"');
    const psychologistTimeline = await f.get(`/people/${personId}/timeline`, PSYCHOLOGIST);
    expect(psychologistTimeline.body).toContain('Иш боюнча жазуу: Байкоо');
    expect(psychologistTimeline.body).toContain('Купуя ден соолук жазуусу.');
  });

  it('cannot be corrected by a writer who may not read it, who gets the same 404 as for no note', async () => {
    const personId = await f.insertPerson('Эрлан');
    const noteId = await f.writeNote(personId, { sensitivity: 'security', text: 'Коопсуздук жазуусу.' }, PSYCHOLOGIST);
    const response = await f.post(
      `/people/${personId}/notes/${noteId}/correct`,
      { type: 'contact', sensitivity: 'security', occurredOn: '20.03.2026', text: 'Өзгөртүлдү', reason: 'Себеп', version: '1' },
      OFFICER,
      `/people/${personId}/notes`,
    );
    expect(response.statusCode).toBe(404);
    expect(await f.versions(noteId)).toHaveLength(1);
  });

  it('tells the writer who may not read sensitive notes that theirs was saved as sensitive', async () => {
    const personId = await f.insertPerson('Жылдыз');
    const response = await f.post(
      `/people/${personId}/notes`,
      { type: 'observation', sensitivity: 'security', text: 'Коркутуу байкалды.' },
      OFFICER,
    );
    expect(response.headers.location).toBe(`/people/${personId}/notes?done=sensitive`);
    const page = await f.get(String(response.headers.location), OFFICER);
    expect(page.body).toContain('купуя деп белгиленди');
    expect(page.body).not.toContain('Коркутуу байкалды.');
  });
});
