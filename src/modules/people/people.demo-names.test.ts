import { describe, expect, it } from 'vitest';
import { femaleFamilyName, toLatin } from './people.demo-names.ts';

describe('demo names', () => {
  it('spell Kyrgyz letters in Latin as documents do', () => {
    expect(toLatin('Үсөнов')).toBe('Üsönov');
    expect(toLatin('Чыңгыз')).toBe('Chynggyz');
    expect(toLatin('Жээнбеков')).toBe('Zheenbekov');
  });

  it('give family names their female form', () => {
    expect(femaleFamilyName('Жусупов')).toBe('Жусупова');
    expect(femaleFamilyName('Ким')).toBe('Ким');
  });
});
