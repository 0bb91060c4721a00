import { describe, expect, it } from 'vitest';
import { ageOn, fullName, todayInBishkek } from './people.models.ts';

describe('people models', () => {
  it('counts full years, turning a year older on the birthday itself', () => {
    expect(ageOn('1990-05-20', '2026-05-19')).toBe(35);
    expect(ageOn('1990-05-20', '2026-05-20')).toBe(36);
    expect(ageOn('2000-02-29', '2026-02-28')).toBe(25);
  });

  it('takes today in Bishkek, six hours ahead of UTC', () => {
    expect(todayInBishkek(new Date('2026-11-25T18:30:00Z'))).toBe('2026-11-26');
    expect(todayInBishkek(new Date('2026-11-25T17:59:59Z'))).toBe('2026-11-25');
  });

  it('writes the name family name first, leaving out a missing patronymic', () => {
    expect(fullName({ familyName: 'Үсөнов', givenName: 'Бакыт', patronymic: null })).toBe('Үсөнов Бакыт');
  });
});
