import { describe, expect, it } from 'vitest';
import { parseUserDate, userDateOf } from './people.dates.ts';

describe('dates as staff type them', () => {
  it('reads dd.mm.yyyy as written on documents', () => {
    expect(parseUserDate('05.03.1990')).toBe('1990-03-05');
    expect(parseUserDate(' 5.3.1990 ')).toBe('1990-03-05');
  });

  it('reads yyyy-mm-dd as browsers send it', () => {
    expect(parseUserDate('1990-03-05')).toBe('1990-03-05');
  });

  it('refuses a day that does not exist instead of rolling it over', () => {
    expect(parseUserDate('31.02.1990')).toBeNull();
    expect(parseUserDate('29.02.2023')).toBeNull();
    expect(parseUserDate('29.02.2024')).toBe('2024-02-29');
  });

  it('refuses text that is not a date', () => {
    expect(parseUserDate('')).toBeNull();
    expect(parseUserDate('1990')).toBeNull();
    expect(parseUserDate('05-03-1990')).toBeNull();
    expect(parseUserDate('01.01.1200')).toBeNull();
  });

  it('writes a stored date back as dd.mm.yyyy', () => {
    expect(userDateOf('1990-03-05')).toBe('05.03.1990');
    expect(userDateOf(null)).toBe('');
  });
});
