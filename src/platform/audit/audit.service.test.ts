import { describe, expect, it } from 'vitest';
import { cliActor, fieldChanges } from './audit.service.ts';

describe('field-level change history', () => {
  it('lists only the fields whose values changed, with before and after', () => {
    expect(fieldChanges({ capacity: 1200, active: true, name: 'A' }, { capacity: 1250, active: true })).toEqual([
      { field: 'capacity', from: 1200, to: 1250 },
    ]);
  });

  it('does not report an object as changed because its keys come in another order', () => {
    const stored = { name: { en: 'Colony 27', ky: '№27 колония', ru: 'Колония №27' } };
    expect(fieldChanges(stored, { name: { ky: '№27 колония', ru: 'Колония №27', en: 'Colony 27' } })).toEqual([]);
    expect(fieldChanges(stored, { name: { ky: '№27 колония', ru: 'Колония №27', en: 'Colony No. 27' } })).toHaveLength(1);
  });

  it('treats a missing value and null alike, and records a value newly set', () => {
    expect(fieldChanges<Record<string, unknown>>({}, { capacity: null })).toEqual([]);
    expect(fieldChanges<Record<string, unknown>>({ capacity: null }, { capacity: 5 })).toEqual([{ field: 'capacity', from: null, to: 5 }]);
  });

  it('names the console as the actor of the kadam command', () => {
    expect(cliActor('user create')).toMatchObject({ userId: null, username: 'cli:user create', sourceAddress: 'console' });
  });
});
