import { describe, expect, it } from 'vitest';
import { subjectAccessDueOn } from '../../people.subject-access.ts';
import { parseSubjectAccessQuery, subjectAccessFormOf } from './subject-access.form.ts';

const today = '2026-03-27';

describe('the subject access request', () => {
  it('is received today when no day is given', () => {
    expect(parseSubjectAccessQuery({ lang: 'ky' }, today, true)).toEqual({ ok: true, receivedOn: today, language: 'ky' });
  });

  it('takes the day received as staff type it', () => {
    expect(parseSubjectAccessQuery({ received: '20.03.2026', lang: 'ru' }, today, true)).toEqual({
      ok: true,
      receivedOn: '2026-03-20',
      language: 'ru',
    });
  });

  it('refuses a day that does not exist or is still to come', () => {
    expect(parseSubjectAccessQuery({ received: '31.02.2026' }, today, false)).toEqual({
      ok: false,
      problems: [{ field: 'received', message: 'subjectAccess.error.received' }],
    });
    expect(parseSubjectAccessQuery({ received: '28.03.2026' }, today, false)).toEqual({
      ok: false,
      problems: [{ field: 'received', message: 'subjectAccess.error.receivedFuture' }],
    });
  });

  it('needs Kyrgyz or Russian for the PDF but no language for the JSON', () => {
    for (const lang of [undefined, '', 'en'])
      expect(parseSubjectAccessQuery({ lang }, today, true)).toEqual({
        ok: false,
        problems: [{ field: 'lang', message: 'subjectAccess.error.language' }],
      });
    expect(parseSubjectAccessQuery({}, today, false)).toEqual({ ok: true, receivedOn: today, language: null });
  });

  it('is due seven calendar days after it was received, across months and years', () => {
    expect(subjectAccessDueOn('2026-03-20')).toBe('2026-03-27');
    expect(subjectAccessDueOn('2026-12-28')).toBe('2027-01-04');
    expect(subjectAccessDueOn('2028-02-25')).toBe('2028-03-03');
  });

  it('first offers today and the user’s own language when it is Kyrgyz or Russian', () => {
    expect(subjectAccessFormOf({}, today, 'ru')).toEqual({ received: '27.03.2026', lang: 'ru' });
    expect(subjectAccessFormOf({}, today, 'en')).toEqual({ received: '27.03.2026', lang: 'ky' });
    expect(subjectAccessFormOf({ received: ' 1.1.2026 ', lang: 'ky' }, today, 'ru')).toEqual({ received: '1.1.2026', lang: 'ky' });
  });
});
