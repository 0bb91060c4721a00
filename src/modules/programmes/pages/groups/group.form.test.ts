import { describe, expect, it } from 'vitest';
import type { ProgrammeRow } from '../../programmes.catalogue.ts';
import { emptyGroupForm, type GroupForm, parseSessions, validateGroupForm } from './group.form.ts';

const t = ((key: string, params?: Record<string, unknown>) => (params ? `${key} ${JSON.stringify(params)}` : key)) as never;
const programme = { defaultCapacity: 10, deliveryLanguages: ['ky', 'ru'] } as unknown as ProgrammeRow;
const valid: GroupForm = {
  ...emptyGroupForm(),
  facilitatorId: 'f1',
  room: 'Класс 2',
  roomPlaces: '12',
  language: 'ky',
  sessions: '02.12.2026 10:00-11:30\n09.12.2026 10:00–11:30',
};
const check = (changes: Partial<GroupForm>) =>
  validateGroupForm({ ...valid, ...changes }, { t, programme, facilitatorIds: ['f1'], sessionsRequired: true });
const fields = (changes: Partial<GroupForm>) => check(changes).errors.map((error) => error.field);

describe('the schedule typed one session a line', () => {
  it('reads dates and time spans, with a hyphen or a dash', () => {
    expect(parseSessions(valid.sessions)).toEqual({
      sessions: [
        { heldOn: '2026-12-02', startsAt: '10:00', endsAt: '11:30' },
        { heldOn: '2026-12-09', startsAt: '10:00', endsAt: '11:30' },
      ],
      badLine: null,
    });
  });

  it('names the first line that is not a real date, ends before it starts, or is out of order', () => {
    expect(parseSessions('31.02.2026 10:00-11:00').badLine).toBe(1);
    expect(parseSessions('02.12.2026 10:00-11:00\n03.12.2026 12:00-11:00').badLine).toBe(2);
    expect(parseSessions('09.12.2026 10:00-11:00\n02.12.2026 10:00-11:00').badLine).toBe(2);
    expect(parseSessions('02.12.2026 10:00-11:00\n02.12.2026 10:00-11:00').badLine).toBe(2);
  });
});

describe('the group form', () => {
  it('takes the catalogue’s places when the capacity is left empty, or the room’s when fewer', () => {
    expect(check({}).group?.capacity).toBe(10);
    expect(check({ roomPlaces: '6' }).group?.capacity).toBe(6);
  });

  it('refuses more places than the room allows', () => {
    expect(fields({ capacity: '13' })).toEqual(['capacity']);
    expect(check({ capacity: '12' }).group?.capacity).toBe(12);
  });

  it('refuses a language the programme is not delivered in', () => {
    expect(fields({ language: 'uz' })).toEqual(['language']);
  });

  it('refuses a facilitator who was not offered', () => {
    expect(fields({ facilitatorId: 'someone-else' })).toEqual(['facilitatorId']);
  });

  it('needs at least one session for a new group', () => {
    expect(fields({ sessions: '  ' })).toEqual(['sessions']);
  });
});
