import { describe, expect, it } from 'vitest';
import { ANCESTOR_NAMES, surnameFrom } from './people.demo-surnames.ts';

describe('demo surnames formed from ancestors’ names', () => {
  it('follow the Russian endings Kyrgyz family names take', () => {
    expect(surnameFrom('Токтогул')).toBe('Токтогулов');
    expect(surnameFrom('Турдубай')).toBe('Турдубаев');
    expect(surnameFrom('Шамшы')).toBe('Шамшиев');
    expect(surnameFrom('Имаш')).toBe('Имашев');
    expect(surnameFrom('Абдылда')).toBe('Абдылдаев');
  });

  it('come from a list long enough to give a register realistic variety, each name once', () => {
    expect(ANCESTOR_NAMES.length).toBeGreaterThanOrEqual(150);
    expect(new Set(ANCESTOR_NAMES).size).toBe(ANCESTOR_NAMES.length);
  });
});
