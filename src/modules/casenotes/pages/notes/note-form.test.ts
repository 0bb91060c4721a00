import { describe, expect, it } from 'vitest';
import { MAX_NOTE, noteFormValues, validateCorrection, validateNote } from './note-form.ts';

// The messages' keys stand in for their text: the rules, not the wording, are under test here.
const t = (key: string) => key;
const TODAY = '2026-03-27';
const form = (fields: Record<string, string>) =>
  noteFormValues({ type: 'contact', sensitivity: 'ordinary', occurredOn: '26.03.2026', text: 'Апасы келди.', ...fields });
const fieldsOf = (errors: { field: string }[]) => errors.map((error) => error.field);

describe('the case note form', () => {
  it('reads the day typed as dd.mm.yyyy and trims the text', () => {
    expect(validateNote(form({ text: '  Апасы келди.  ' }), t, TODAY).input).toEqual({
      type: 'contact',
      sensitivity: 'ordinary',
      occurredOn: '2026-03-26',
      text: 'Апасы келди.',
    });
  });

  it('dates a note today when no day is given', () => {
    expect(validateNote(form({ occurredOn: '' }), t, TODAY).input?.occurredOn).toBe(TODAY);
  });

  it('refuses a day in the future: a note records what happened', () => {
    const { input, errors } = validateNote(form({ occurredOn: '28.03.2026' }), t, TODAY);
    expect(input).toBeUndefined();
    expect(errors).toEqual([{ field: 'occurredOn', message: 'casenotes.error.future' }]);
  });

  it('refuses an unknown type or marking, an empty note and one that is too long', () => {
    expect(fieldsOf(validateNote(form({ type: 'rumour' }), t, TODAY).errors)).toEqual(['type']);
    expect(fieldsOf(validateNote(form({ sensitivity: 'secret' }), t, TODAY).errors)).toEqual(['sensitivity']);
    expect(fieldsOf(validateNote(form({ text: '   ' }), t, TODAY).errors)).toEqual(['text']);
    expect(fieldsOf(validateNote(form({ text: 'ы'.repeat(MAX_NOTE + 1) }), t, TODAY).errors)).toEqual(['text']);
  });

  it('accepts the three sensitive markings', () => {
    for (const sensitivity of ['health', 'psychological', 'security'])
      expect(validateNote(form({ sensitivity }), t, TODAY).input?.sensitivity).toBe(sensitivity);
  });
});

describe('the correction form', () => {
  it('needs a reason', () => {
    const { input, errors } = validateCorrection(form({ version: '1', reason: ' ' }), t, TODAY);
    expect(input).toBeUndefined();
    expect(fieldsOf(errors)).toEqual(['reason']);
  });

  it('carries the version it corrects, so a stale correction can be refused', () => {
    expect(validateCorrection(form({ version: '3', reason: 'Күнү ката' }), t, TODAY).input).toMatchObject({
      version: 3,
      reason: 'Күнү ката',
    });
    expect(validateCorrection(form({ version: '', reason: 'Күнү ката' }), t, TODAY).input).toBeUndefined();
  });
});
