import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../../platform/i18n/translator.ts';
import { messages } from '../../../../messages.ts';
import { emptyReportForm, reportFormOf, validateReport } from './report.form.ts';

const { t } = createI18n(messages, 'en');
const now = new Date('2026-11-26T08:00:00Z'); // 14:00 in Bishkek
const person = '11111111-1111-4111-8111-111111111111';
const base = { ...emptyReportForm(now, person), indicators: ['recruitment_attempts'] };

describe('the concern report form', () => {
  it('starts with today and the current time in Bishkek, so reporting at once needs no date typed', () => {
    expect(emptyReportForm(now)).toMatchObject({ date: '26.11.2026', time: '14:00', personId: '' });
  });

  it('accepts a person, one ticked indicator and the date and time already filled in', () => {
    const { input, errors } = validateReport(base, t, now);
    expect(errors).toEqual([]);
    expect(input).toMatchObject({ personId: person, indicators: ['recruitment_attempts'], place: null, description: '' });
    expect(input!.observedAt.toISOString()).toBe('2026-11-26T08:00:00.000Z');
  });

  it('needs the person, and something seen: an indicator or the reporter’s own words', () => {
    const { errors } = validateReport({ ...base, personId: '', indicators: [] }, t, now);
    expect(errors.map((error) => error.field)).toEqual(['personQuery', 'indicators']);
    expect(validateReport({ ...base, indicators: [], description: 'Угрожал соседу по камере' }, t, now).errors).toEqual([]);
  });

  it('refuses a time in the future, a day that does not exist and an indicator not on the list', () => {
    expect(validateReport({ ...base, time: '15:30' }, t, now).errors.map((error) => error.message)).toEqual([
      'The date and time cannot be in the future.',
    ]);
    expect(validateReport({ ...base, date: '31.02.2026' }, t, now).errors[0]!.field).toBe('date');
    expect(validateReport({ ...base, time: '25:00' }, t, now).errors[0]!.field).toBe('time');
    expect(validateReport({ ...base, indicators: ['prays_often'] }, t, now).errors[0]!.field).toBe('indicators');
  });

  it('reads what the buttons ask for and every ticked box', () => {
    const { form, action } = reportFormOf({ action: 'find_involved', indicators: ['group_forming', 'group_contact'], involved: person });
    expect(action).toBe('find_involved');
    expect(form.indicators).toEqual(['group_forming', 'group_contact']);
    expect(form.involved).toEqual([person]);
    expect(reportFormOf({}).action).toBe('report');
  });
});
