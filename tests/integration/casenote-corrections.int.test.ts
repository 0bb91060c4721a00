import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messages } from '../../src/messages.ts';
import { createI18n } from '../../src/platform/i18n/translator.ts';
import { type CaseNotesFixture, OFFICER, PSYCHOLOGIST, startCaseNotes } from './casenotes.fixture.ts';

let f: CaseNotesFixture;
beforeAll(async () => {
  f = await startCaseNotes();
});
afterAll(() => f.test.close());

describe('correcting a note', () => {
  it('adds a version with its reason and keeps the original, on the note page and in the database', async () => {
    const personId = await f.insertPerson('Кубат');
    const noteId = await f.writeNote(personId, { text: 'Агасы келди.' });
    const correct = {
      type: 'contact',
      sensitivity: 'ordinary',
      occurredOn: '19.03.2026',
      text: 'Иниси келди.',
      reason: 'Туугандыгы туура эмес жазылган',
      version: '1',
    };
    const response = await f.post(`/people/${personId}/notes/${noteId}/correct`, correct, OFFICER);
    expect(response.statusCode).toBe(303);
    expect((await f.versions(noteId)).map((row) => [row.version, row.text, row.reason])).toEqual([
      [1, 'Агасы келди.', null],
      [2, 'Иниси келди.', 'Туугандыгы туура эмес жазылган'],
    ]);
    const page = await f.get(`/people/${personId}/notes/${noteId}`, OFFICER);
    expect(page.body).toContain('Агасы келди.');
    expect(page.body).toContain('Иниси келди.');
    expect(page.body).toContain('Туугандыгы туура эмес жазылган');
    const list = await f.get(`/people/${personId}/notes`, OFFICER);
    expect(list.body).toContain('Иниси келди.');
    expect(list.body).not.toContain('Агасы келди.');
    expect(list.body).toContain('Оңдолгон');
    const [event] = await f.auditOf('casenote.correct', personId);
    expect(event).toMatchObject({ outcome: 'success', reason: 'Туугандыгы туура эмес жазылган', details: { noteId, correctedVersion: 1 } });
  });

  it('refuses a correction without a reason, and one made against a version already corrected (409)', async () => {
    const personId = await f.insertPerson('Мирлан');
    const noteId = await f.writeNote(personId, { text: 'Сабакка келген жок.' });
    const fields = { type: 'observation', sensitivity: 'ordinary', occurredOn: '20.03.2026', text: 'Сабакка кечигип келди.' };
    const noReason = await f.post(`/people/${personId}/notes/${noteId}/correct`, { ...fields, reason: '', version: '1' }, OFFICER);
    expect(noReason.statusCode).toBe(400);
    expect(noReason.body).toContain('Жазуу эмне үчүн оңдолуп жатканын жазыңыз');
    expect(noReason.body).toContain('Сабакка кечигип келди.');
    expect(
      (await f.post(`/people/${personId}/notes/${noteId}/correct`, { ...fields, reason: 'Биринчи', version: '1' }, OFFICER)).statusCode,
    ).toBe(303);
    const stale = await f.post(
      `/people/${personId}/notes/${noteId}/correct`,
      { ...fields, text: 'Башка', reason: 'Экинчи', version: '1' },
      PSYCHOLOGIST,
    );
    expect(stale.statusCode).toBe(409);
    expect(stale.body).toContain('Сиз ачкандан кийин бул жазууну башка бирөө оңдоду');
    expect((await f.versions(noteId)).map((row) => row.reason)).toEqual([null, 'Биринчи']);
  });

  it('keeps a sensitive note sensitive: lowering its marking is refused', async () => {
    const personId = await f.insertPerson('Нурбек');
    const noteId = await f.writeNote(personId, { sensitivity: 'psychological', text: 'Психологдун байкоосу.' }, PSYCHOLOGIST);
    const response = await f.post(
      `/people/${personId}/notes/${noteId}/correct`,
      {
        type: 'contact',
        sensitivity: 'ordinary',
        occurredOn: '20.03.2026',
        text: 'Психологдун байкоосу.',
        reason: 'Купуя эмес',
        version: '1',
      },
      PSYCHOLOGIST,
    );
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('купуя бойдон калат');
    expect(await f.versions(noteId)).toHaveLength(1);
  });

  it('hides a note from ordinary readers once a correction marks it sensitive', async () => {
    const personId = await f.insertPerson('Талант');
    const noteId = await f.writeNote(personId, { text: 'Дарыгерге барды.' });
    const fields = {
      type: 'contact',
      sensitivity: 'health',
      occurredOn: '20.03.2026',
      text: 'Дарыгерге барды.',
      reason: 'Ден соолук тууралуу',
      version: '1',
    };
    expect((await f.post(`/people/${personId}/notes/${noteId}/correct`, fields, OFFICER)).statusCode).toBe(303);
    expect((await f.get(`/people/${personId}/notes`, OFFICER)).body).not.toContain('Дарыгерге барды.');
    expect((await f.get(`/people/${personId}/notes`, PSYCHOLOGIST)).body).toContain('Дарыгерге барды.');
  });

  it('cannot change a version even by going around Kadam: the versions table refuses updates and deletes', async () => {
    const personId = await f.insertPerson('Улан');
    const noteId = await f.writeNote(personId, { text: 'Өзгөрбөйт.' });
    await expect(f.test.database.pool.query('UPDATE case_note_versions SET text = $1 WHERE note_id = $2', ['x', noteId])).rejects.toThrow(
      /append-only/,
    );
    await expect(f.test.database.pool.query('DELETE FROM case_note_versions WHERE note_id = $1', [noteId])).rejects.toThrow(/append-only/);
  });
});

describe('case notes on the timeline', () => {
  it('shows each note on its day and each correction with its reason, and nothing to a role without case notes', async () => {
    const personId = await f.insertPerson('Айбек');
    const noteId = await f.writeNote(personId, { type: 'decision', occurredOn: '02.03.2026', text: 'Топко кошуу чечими.' });
    const correct = {
      type: 'decision',
      sensitivity: 'ordinary',
      occurredOn: '02.03.2026',
      text: 'Топко кошуу чечими кабыл алынды.',
      reason: 'Толукталды',
      version: '1',
    };
    await f.post(`/people/${personId}/notes/${noteId}/correct`, correct, OFFICER);
    const timeline = await f.get(`/people/${personId}/timeline`, OFFICER);
    expect(timeline.body).toContain('Иш боюнча жазуу: Чечим');
    expect(timeline.body).toContain('Топко кошуу чечими кабыл алынды.');
    expect(timeline.body).toContain('Иш боюнча жазуу оңдолду: Чечим');
    expect(timeline.body).toContain('Толукталды');
    expect(timeline.body).toContain('02.03.2026');
    const facilitator = await f.get(`/people/${personId}/timeline`, 'notes.facilitator47');
    expect(facilitator.statusCode).toBe(200);
    expect(facilitator.body).not.toContain('data-kind="case_note');
  });
});

describe('subject access', () => {
  it('gives the person every version of every note, sensitive ones included, with labels in Kyrgyz and Russian', async () => {
    const personId = await f.insertPerson('Бекжан');
    const ordinary = await f.writeNote(personId, { text: 'Биринчи жазуу.' });
    await f.post(
      `/people/${personId}/notes/${ordinary}/correct`,
      {
        type: 'contact',
        sensitivity: 'ordinary',
        occurredOn: '20.03.2026',
        text: 'Биринчи жазуу, оңдолгон.',
        reason: 'Оңдоо',
        version: '1',
      },
      OFFICER,
    );
    await f.writeNote(personId, { sensitivity: 'health', text: 'Ден соолук жазуусу.' }, PSYCHOLOGIST);
    const response = await f.get(`/people/${personId}/subject-access.json`, 'notes.manager47');
    expect(response.statusCode).toBe(200);
    const rows = (JSON.parse(response.body) as { sections: Record<string, Record<string, unknown>[]> }).sections.caseNotes!;
    expect(rows.map((row) => [row.text, row.version, row.sensitivity])).toEqual([
      ['Биринчи жазуу.', 1, 'ordinary'],
      ['Биринчи жазуу, оңдолгон.', 2, 'ordinary'],
      ['Ден соолук жазуусу.', 1, 'health'],
    ]);
    for (const locale of ['ky', 'ru'] as const) {
      const { t } = createI18n(messages, locale);
      for (const field of Object.keys(rows[0]!))
        expect(t(`subjectAccess.field.${field}` as never), field).not.toBe(`subjectAccess.field.${field}`);
    }
  });
});
