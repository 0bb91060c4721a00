import { describe, expect, it } from 'vitest';
import { alertFormValues, validateAlertForm, validateRemoval } from './alert-form.ts';

// The messages' keys stand in for their text: the rules, not the wording, are under test here.
const t = (key: string) => key;
const form = (fields: Record<string, string>) => alertFormValues({ type: 'health', reason: 'Себеп', ...fields });

describe('the add-alert form', () => {
  it('starts an alert today when no start date is given', () => {
    expect(validateAlertForm(form({ validFrom: '' }), t, '2026-03-27').input?.validFrom).toBe('2026-03-27');
  });

  it('reads dates typed as dd.mm.yyyy', () => {
    const { input } = validateAlertForm(form({ validFrom: '01.02.2026', validTo: '28.02.2026' }), t, '2026-03-27');
    expect(input).toMatchObject({ validFrom: '2026-02-01', validTo: '2026-02-28' });
  });

  it('refuses a date that does not exist', () => {
    const { input, errors } = validateAlertForm(form({ validFrom: '31.02.2026' }), t, '2026-03-27');
    expect(input).toBeUndefined();
    expect(errors.map((error) => error.field)).toEqual(['validFrom']);
  });

  it('refuses an unknown alert type', () => {
    expect(validateAlertForm(form({ type: 'dangerous' }), t, '2026-03-27').errors.map((error) => error.field)).toEqual(['type']);
  });

  it('accepts the other person’s PIN with spaces, and refuses one that is not 14 digits', () => {
    const good = validateAlertForm(form({ type: 'must_not_locate_with', relatedPin: '2120 4199 000123' }), t, '2026-03-27');
    expect(good.input?.relatedPin).toBe('21204199000123');
    const bad = validateAlertForm(form({ type: 'must_not_locate_with', relatedPin: '12345' }), t, '2026-03-27');
    expect(bad.errors).toEqual([{ field: 'relatedPin', message: 'validation.invalid' }]);
  });

  it('ignores the other person for alert types that have none', () => {
    const { input } = validateAlertForm(form({ relatedPin: '21204199000123' }), t, '2026-03-27');
    expect(input).toMatchObject({ relatedPin: null, relatedPersonId: null });
  });
});

describe('the removal form', () => {
  it('needs a reason that is not only spaces', () => {
    expect(validateRemoval({ removalReason: '   ' }, t).errors).toHaveLength(1);
    expect(validateRemoval({ removalReason: 'Комиссиянын чечими' }, t)).toEqual({ reason: 'Комиссиянын чечими', errors: [] });
  });
});
